// The 3-grams of the whitespace-free texts, hashed into one flat array that the stock-phrase
// count, the signatures and the similarity all read.

export class Grams {
  /**
   * hashes[p] is the hash of the 3-gram at p in the flat array of the texts (see `StrippedTexts`),
   * whose text i is [starts[i], starts[i] + lengths[i]).
   */
  constructor(
    readonly hashes: Int32Array,
    private readonly starts: Int32Array,
    private readonly lengths: Int32Array,
  ) {}

  /** The start of text `item`'s 3-grams in `hashes`. */
  start(item: number): number {
    return this.starts[item];
  }

  /** The end of text `item`'s 3-grams in `hashes` (none for a text under 3 characters). */
  end(item: number): number {
    return this.starts[item] + Math.max(0, this.lengths[item] - 2);
  }
}
