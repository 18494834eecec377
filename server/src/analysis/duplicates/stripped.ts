// The compared blocks with whitespace removed, as one flat array of UTF-16 code units: hashing,
// splitting and comparing ranges of it allocates nothing per block, where stripped strings would
// cost a string per block and their hashing in a Map. Strings are made only for the few blocks
// whose repeats need describing.
import { fnv, FNV_OFFSET, mix32 } from './hash';
import { stripWhitespace } from './normalise';

/** 1 for the code units `stripWhitespace` removes (JavaScript's \s), read once from the regex itself. */
const WHITESPACE = new Uint8Array(0x10000);
for (const m of everyCodeUnit().matchAll(/\s/g)) WHITESPACE[m.index] = 1;

function everyCodeUnit(): string {
  const chunks: string[] = [];
  for (let c = 0; c < 0x10000; c += 0x1000) chunks.push(String.fromCharCode(...Array.from({ length: 0x1000 }, (_, k) => c + k)));
  return chunks.join('');
}

export class StrippedTexts {
  /** Every compared text without whitespace, text after text. */
  readonly codes: Uint16Array;
  /** Per text: where it begins in `codes`, and its length. */
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  /** Per text: a 31-bit hash of its whole content. */
  private readonly hashes: Int32Array;
  private readonly strings: (string | undefined)[];

  /** `compared(i)` says whether text i takes part; the others count as empty. */
  constructor(
    private readonly raw: readonly string[],
    compared: (i: number) => boolean,
  ) {
    const n = raw.length;
    this.starts = new Int32Array(n);
    this.lengths = new Int32Array(n);
    this.hashes = new Int32Array(n);
    this.strings = new Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) if (compared(i)) total += raw[i].length;
    this.codes = new Uint16Array(total);
    let at = 0;
    for (let i = 0; i < n; i++) {
      this.starts[i] = at;
      if (compared(i)) at = this.strip(i, at);
      this.lengths[i] = at - this.starts[i];
    }
  }

  /** Copies text i's non-whitespace code units to `codes` from `at`, hashing them; returns the end. */
  private strip(i: number, at: number): number {
    const text = this.raw[i];
    const codes = this.codes;
    let hash = FNV_OFFSET;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (WHITESPACE[c]) continue;
      codes[at++] = c;
      hash = fnv(hash, c);
    }
    this.hashes[i] = mix32(hash) & 0x7fffffff;
    return at;
  }

  get count(): number {
    return this.lengths.length;
  }

  start(i: number): number {
    return this.starts[i];
  }

  length(i: number): number {
    return this.lengths[i];
  }

  hash(i: number): number {
    return this.hashes[i];
  }

  /** Whether texts a and b are equal. */
  equal(a: number, b: number): boolean {
    return this.lengths[a] === this.lengths[b] && this.matchAt(a, 0, b);
  }

  /** Whether text `part` stands in text `whole` at offset `at`. */
  matchAt(whole: number, at: number, part: number): boolean {
    const n = this.lengths[part];
    if (at < 0 || at + n > this.lengths[whole]) return false;
    const codes = this.codes;
    const w = this.starts[whole] + at;
    const p = this.starts[part];
    for (let k = 0; k < n; k++) if (codes[w + k] !== codes[p + k]) return false;
    return true;
  }

  /** Text i as a string. */
  text(i: number): string {
    return (this.strings[i] ??= stripWhitespace(this.raw[i]));
  }
}
