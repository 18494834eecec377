// The compared blocks with whitespace removed, as one flat array of UTF-16 code units: comparing
// ranges of it allocates nothing per block, where stripped strings would cost a string per block
// and their hashing in a Map. Strings are made only for the few blocks whose repeats need describing.
import { stripWhitespace } from './normalise';

export class StrippedTexts {
  private readonly strings: (string | undefined)[];

  /**
   * Text i is codes[starts[i], starts[i] + lengths[i]), `raw[i]` without whitespace; hashes[i] is a
   * 31-bit hash of it.
   */
  constructor(
    readonly codes: Uint16Array,
    private readonly starts: Int32Array,
    private readonly lengths: Int32Array,
    private readonly hashes: Int32Array,
    private readonly raw: readonly string[],
  ) {
    this.strings = new Array(raw.length);
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
