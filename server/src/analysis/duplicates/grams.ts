// The 3-grams of the whitespace-free texts that the near-repeat search compares, hashed into one
// flat array that the signatures and the similarity read. Hashing them is also when they are
// counted for the stock phrases, so the texts are read once for both.
import { gramHash } from './hash';
import { countSlot } from './stock';
import type { StrippedTexts } from './stripped';

export class Grams {
  /**
   * hashes[p] is the hash of the 3-gram at p in `texts.codes`, for the 3-grams inside the hashed
   * texts; no other entry is ever read.
   */
  constructor(
    readonly hashes: Int32Array,
    private readonly texts: StrippedTexts,
  ) {}

  /** The start of text `item`'s 3-grams in `hashes`. */
  start(item: number): number {
    return this.texts.start(item);
  }

  /** The end of text `item`'s 3-grams in `hashes` (none for a text under 3 characters). */
  end(item: number): number {
    return this.texts.start(item) + Math.max(0, this.texts.length(item) - 2);
  }
}

/** Hashes the 3-grams of the texts `items`, counting each in `counts` (see `countSlot`). */
export function hashGrams(texts: StrippedTexts, items: readonly number[], counts: Uint8Array): Grams {
  const hashes = new Int32Array(texts.codes.length);
  for (const i of items) hashText(texts.codes, texts.start(i), texts.start(i) + texts.length(i), hashes, counts);
  return new Grams(hashes, texts);
}

function hashText(codes: Uint16Array, from: number, to: number, hashes: Int32Array, counts: Uint8Array): void {
  if (to - from < 3) return;
  let c0 = codes[from];
  let c1 = codes[from + 1];
  for (let p = from + 2; p < to; p++) {
    const c2 = codes[p];
    const h = gramHash(c0, c1, c2);
    hashes[p - 2] = h;
    countSlot(counts, h);
    c0 = c1;
    c1 = c2;
  }
}
