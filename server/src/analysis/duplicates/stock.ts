// Stock phrases: 3-grams that recur across many paragraphs (西峡县人民医院, 党委坚持以人民为中心).
// Two short paragraphs that share a long opening and differ in everything else are mostly alike
// character by character, yet distinct. Leaving stock 3-grams out of the signatures, and judging
// similarity on the characters outside them, tells such paragraphs from true near repeats (and
// keeps the LSH buckets from filling up with paragraphs that only share a phrase).

/** 64K one-byte slots stay in cache; a text has far fewer common 3-grams than slots. */
const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** A 3-gram is stock when it occurs this often... */
const STOCK_MIN = 5;
/** ...and in at least this share of the paragraphs, so a long text has a fitting bar. */
const STOCK_SHARE = 0.02;
/** Counts saturate here (one byte per slot keeps the table small). */
const COUNT_MAX = 255;

/** A table of counts by slot for `countSlot`, all zero. */
export function slotCounts(): Uint8Array {
  return new Uint8Array(1 << TABLE_BITS);
}

/** Counts one occurrence of the 3-gram of this hash. */
export function countSlot(counts: Uint8Array, hash: number): void {
  const slot = hash & TABLE_MASK;
  const c = counts[slot];
  counts[slot] = c + ((c - COUNT_MAX) >>> 31); // +1 below COUNT_MAX, without a branch
}

/**
 * The stock 3-grams among those of `paragraphs` paragraphs, counted in `counts` (see `countSlot`),
 * as one bit per hash slot (8 KB stay in the first-level cache). Occurrences are counted by slot:
 * a rare 3-gram may share a slot with a common one and pass for stock, and then only weighs less.
 */
export function findStock(counts: Uint8Array, paragraphs: number): Int32Array {
  const bar = Math.min(COUNT_MAX, Math.max(STOCK_MIN, Math.ceil(paragraphs * STOCK_SHARE)));
  const stock = new Int32Array((1 << TABLE_BITS) >>> 5);
  for (let slot = 0; slot < counts.length; slot++) if (counts[slot] >= bar) stock[slot >>> 5] |= 1 << (slot & 31);
  return stock;
}

/** 1 when the 3-gram of this hash is stock in `stock` (from `findStock`), else 0. */
export function stockBit(stock: Int32Array, hash: number): number {
  const slot = hash & TABLE_MASK;
  return (stock[slot >>> 5] >>> (slot & 31)) & 1;
}

/** How many characters of a text no stock 3-gram covers; its 3-gram hashes are hashes[from, to). */
export function informativeLength(stock: Int32Array, hashes: Int32Array, from: number, to: number, length: number): number {
  let lastStock = -3; // the last stock 3-gram seen, as an offset in the text
  let n = 0;
  for (let i = 0; i < length; i++) {
    // character i is covered by the 3-grams starting at i - 2, i - 1 and i
    if (from + i < to && stockBit(stock, hashes[from + i]) === 1) lastStock = i;
    if (lastStock < i - 2) n++;
  }
  return n;
}
