// Sentences of the whitespace-free paragraphs, and hashes of their sentence-aligned pieces, in one
// pass, kept in flat lists for all paragraphs at once (one small array per paragraph would be
// thousands of allocations on a long text).
import { fnv, FNV_OFFSET, mix32 } from './hash';
import type { StrippedTexts } from './stripped';

const TERMINAL = 1;
const CLOSER = 2;
/** Character classes by UTF-16 code unit: a table lookup per character keeps the scan cheap. */
const CLASS = new Uint8Array(0x10000);
for (const ch of '。！？；!?;…') CLASS[ch.charCodeAt(0)] = TERMINAL;
// closing quotes and brackets belong to the sentence they follow
for (const ch of '”’）)」』】》') CLASS[ch.charCodeAt(0)] = CLOSER;

/**
 * The sentences of some texts. Text i's sentences are numbered first(i) .. first(i) + count(i) - 1
 * across all texts; a run of terminals and the closers after it end a sentence, and a trailing
 * fragment without a terminal counts as one, so every text has at least one.
 */
export class Sentences {
  /** ends[s]: the offset in its text just past sentence s. */
  readonly ends: number[] = [];
  /** prefix[s]: the 31-bit hash of its text up to ends[s]. */
  readonly prefix: number[] = [];
  /** sentence[s]: the 31-bit hash of sentence s alone (prefix[s] for a first sentence). */
  readonly sentence: number[] = [];
  private readonly firsts: Int32Array;
  private readonly counts: Int32Array;

  /** Splits the texts `items`. */
  constructor(
    private readonly texts: StrippedTexts,
    items: readonly number[],
  ) {
    this.firsts = new Int32Array(texts.count);
    this.counts = new Int32Array(texts.count);
    for (const i of items) {
      this.firsts[i] = this.ends.length;
      this.split(i);
      this.counts[i] = this.ends.length - this.firsts[i];
    }
  }

  first(item: number): number {
    return this.firsts[item];
  }

  count(item: number): number {
    return this.counts[item];
  }

  /** The last sentence of text `item`: its prefix hash is the whole text's. */
  last(item: number): number {
    return this.firsts[item] + this.counts[item] - 1;
  }

  /** The offset where sentence s of text `item` begins. */
  startOf(item: number, s: number): number {
    return s === this.firsts[item] ? 0 : this.ends[s - 1];
  }

  /** Whether a sentence of text `item` ends at `offset`. */
  endsAt(item: number, offset: number): boolean {
    const from = this.firsts[item];
    for (let s = from; s < from + this.counts[item]; s++) if (this.ends[s] === offset) return true;
    return false;
  }

  private split(item: number): void {
    const codes = this.texts.codes;
    const start = this.texts.start(item);
    const length = this.texts.length(item);
    let whole = FNV_OFFSET;
    let piece = FNV_OFFSET;
    // 0 inside a sentence; TERMINAL in the run of terminals that ends it; CLOSER in the closers after them
    let ending = 0;
    for (let i = 0; i < length; i++) {
      const c = codes[start + i];
      const cls = CLASS[c];
      if (ending !== 0 && cls !== CLOSER && !(cls === TERMINAL && ending === TERMINAL)) {
        this.push(i, whole, piece);
        piece = FNV_OFFSET;
        ending = 0;
      }
      if (cls === TERMINAL && ending === 0) ending = TERMINAL;
      else if (cls === CLOSER && ending !== 0) ending = CLOSER;
      whole = fnv(whole, c);
      piece = fnv(piece, c);
    }
    this.push(length, whole, piece);
  }

  private push(end: number, whole: number, piece: number): void {
    this.ends.push(end);
    this.prefix.push(mix32(whole) & 0x7fffffff);
    this.sentence.push(mix32(piece) & 0x7fffffff);
  }
}
