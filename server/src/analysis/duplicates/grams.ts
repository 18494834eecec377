// The 3-grams of the paragraphs compared for near repeats, hashed once into one flat array that
// the stock-phrase count, the signatures and the similarity all read.
import { gramHash } from './hash';

export class Grams {
  /** Every 3-gram hash of every text, text after text. */
  readonly hashes: Int32Array;
  /** Per text: where its hashes begin (its 3-grams are hashes[from, from + length - 2)). */
  private readonly from: Int32Array;

  constructor(
    private readonly texts: readonly string[],
    items: readonly number[],
  ) {
    this.from = new Int32Array(texts.length);
    let total = 0;
    for (const i of items) {
      this.from[i] = total;
      total += Math.max(0, texts[i].length - 2);
    }
    this.hashes = new Int32Array(total);
    for (const i of items) this.hashText(i);
  }

  /** The range [from, to) of text `item`'s 3-grams in `hashes`. */
  range(item: number): [number, number] {
    const from = this.from[item];
    return [from, from + Math.max(0, this.texts[item].length - 2)];
  }

  private hashText(item: number): void {
    const text = this.texts[item];
    let at = this.from[item];
    let c0 = text.charCodeAt(0);
    let c1 = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c2 = text.charCodeAt(i);
      this.hashes[at++] = gramHash(c0, c1, c2);
      c0 = c1;
      c1 = c2;
    }
  }
}
