// Sentences of the whitespace-free texts and hashes of their sentence-aligned pieces, kept in flat
// lists for all texts at once (one small array per paragraph would be thousands of allocations on
// a long text). The scan in scan.ts finds them, driving the small state machine below.

/** Sentence marks, as character classes: a run of terminals and the closers after it end a sentence. */
export const TERMINAL = 1;
export const CLOSER = 2;
export const TERMINALS = '。！？；!?;…';
// closing quotes and brackets belong to the sentence they follow
export const CLOSERS = '”’）)」』】》';

/**
 * Where the scan stands: INSIDE a sentence, in the run of terminals that ends it (TERMINAL), or in
 * the closers after them (CLOSER).
 */
export const INSIDE = 0;

/** Whether a sentence ends just before a character of class `cls`, when the scan is `ending`. */
export function endsBefore(ending: number, cls: number): boolean {
  return ending !== INSIDE && cls !== CLOSER && !(cls === TERMINAL && ending === TERMINAL);
}

/** The state after a character of class `cls`, in a sentence that was `ending` (INSIDE when one just ended). */
export function endingAfter(ending: number, cls: number): number {
  if (cls === TERMINAL && ending === INSIDE) return TERMINAL;
  return cls === CLOSER && ending !== INSIDE ? CLOSER : ending;
}

/**
 * The sentences of the texts. Text i's sentences are numbered first(i) .. last(i) across all
 * texts; a run of terminals and the closers after it end a sentence, and a trailing fragment
 * without a terminal counts as one, so every scanned text has at least one.
 */
export class Sentences {
  /**
   * ends[s]: the offset in its text just past sentence s; prefix[s]: the 31-bit hash of its text
   * up to there (for the last sentence, the whole text's); sentence[s]: the 31-bit hash of
   * sentence s alone (prefix[s] for a first sentence). Text i has counts[i] sentences from firsts[i].
   */
  constructor(
    readonly ends: Int32Array,
    readonly prefix: Int32Array,
    readonly sentence: Int32Array,
    private readonly firsts: Int32Array,
    private readonly counts: Int32Array,
  ) {}

  first(item: number): number {
    return this.firsts[item];
  }

  last(item: number): number {
    return this.firsts[item] + this.counts[item] - 1;
  }

  /** The offset where sentence s of text `item` begins. */
  startOf(item: number, s: number): number {
    return s === this.firsts[item] ? 0 : this.ends[s - 1];
  }

  /** Whether a sentence of text `item` ends at `offset`. */
  endsAt(item: number, offset: number): boolean {
    for (let s = this.first(item); s <= this.last(item); s++) if (this.ends[s] === offset) return true;
    return false;
  }
}
