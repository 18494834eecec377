// Stock phrases: 3-grams that recur across many paragraphs (西峡县人民医院, 党委坚持以人民为中心).
// Two short paragraphs that share a long opening and differ in everything else are mostly alike
// character by character, yet distinct. Leaving stock 3-grams out of the signatures, and judging
// similarity on the characters outside them, tells such paragraphs from true near repeats (and
// keeps the LSH buckets from filling up with paragraphs that only share a phrase).
import type { Grams } from './grams';

const TABLE_BITS = 20;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
/** A 3-gram is stock when it occurs this often... */
const STOCK_MIN = 5;
/** ...and in at least this share of the paragraphs, so a long text has a fitting bar. */
const STOCK_SHARE = 0.02;
/** Counts saturate here (one byte per slot keeps the table in cache). */
const COUNT_MAX = 255;

/**
 * One flag per 3-gram in `grams.hashes`: 1 when it is stock. Counts are kept by hash slot, so a
 * rare 3-gram may share a slot with a common one and pass for stock: it then only weighs less.
 */
export function stockFlags(grams: Grams, texts: number): Uint8Array {
  const counts = new Uint8Array(1 << TABLE_BITS);
  const { hashes } = grams;
  for (let g = 0; g < hashes.length; g++) {
    const slot = hashes[g] & TABLE_MASK;
    if (counts[slot] < COUNT_MAX) counts[slot]++;
  }
  const bar = Math.min(COUNT_MAX, Math.max(STOCK_MIN, Math.ceil(texts * STOCK_SHARE)));
  const flags = new Uint8Array(hashes.length);
  for (let g = 0; g < hashes.length; g++) flags[g] = counts[hashes[g] & TABLE_MASK] >= bar ? 1 : 0;
  return flags;
}

/** How many characters of a text no stock 3-gram covers; its 3-grams' flags are flags[from, to). */
export function informativeLength(flags: Uint8Array, from: number, to: number, length: number): number {
  let n = 0;
  for (let i = 0; i < length; i++) {
    // character i is covered by the 3-grams starting at i - 2, i - 1 and i
    const g = from + i;
    const covered = (i >= 2 && flags[g - 2] === 1) || (i >= 1 && g - 1 < to && flags[g - 1] === 1) || (g < to && flags[g] === 1);
    if (!covered) n++;
  }
  return n;
}
