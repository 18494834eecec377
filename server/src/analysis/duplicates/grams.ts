// The 3-grams of the paragraphs compared for near repeats, hashed once into one flat array that
// the stock-phrase count, the signatures and the similarity all read.
import { gramHash } from './hash';
import type { StrippedTexts } from './stripped';

export class Grams {
  /** Every 3-gram hash of every text, text after text. */
  readonly hashes: Int32Array;
  /** Per text: where its hashes begin (its 3-grams are hashes[from, from + length - 2)). */
  private readonly from: Int32Array;

  constructor(
    private readonly texts: StrippedTexts,
    items: readonly number[],
  ) {
    this.from = new Int32Array(texts.count);
    let total = 0;
    for (const i of items) {
      this.from[i] = total;
      total += Math.max(0, texts.length(i) - 2);
    }
    this.hashes = new Int32Array(total);
    for (const i of items) this.hashText(i);
  }

  /** The start of text `item`'s 3-grams in `hashes`. */
  start(item: number): number {
    return this.from[item];
  }

  /** The end of text `item`'s 3-grams in `hashes`. */
  end(item: number): number {
    return this.from[item] + Math.max(0, this.texts.length(item) - 2);
  }

  private hashText(item: number): void {
    const codes = this.texts.codes;
    const hashes = this.hashes;
    const from = this.texts.start(item);
    const to = from + this.texts.length(item);
    let at = this.from[item];
    for (let k = from + 2; k < to; k++) hashes[at++] = gramHash(codes[k - 2], codes[k - 1], codes[k]);
  }
}
