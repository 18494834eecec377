// The 3-grams of the whitespace-free texts, hashed into one flat array that the stock-phrase
// count, the signatures and the similarity all read.

export class Grams {
  /** Text i's 3-gram hashes are hashes[from[i], to[i]) (none for a text under 3 characters). */
  constructor(
    readonly hashes: Int32Array,
    private readonly from: Int32Array,
    private readonly to: Int32Array,
  ) {}

  /** The start of text `item`'s 3-grams in `hashes`. */
  start(item: number): number {
    return this.from[item];
  }

  /** The end of text `item`'s 3-grams in `hashes`. */
  end(item: number): number {
    return this.to[item];
  }
}
