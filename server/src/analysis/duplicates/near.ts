// Near repeats: MinHash signatures banded for LSH propose candidates (texts that share a whole
// band of 2 bins), and a bounded edit distance confirms them. No pair is compared unless a band
// brings it together, so the work stays linear in the text.
import { describeDifferences } from './differences';
import { editDistanceUpTo } from './editDistance';
import { hashGrams, type Grams } from './grams';
import { mix32 } from './hash';
import { linkBuckets } from './lsh';
import { agreement, BINS, writeSignature } from './minhash';
import { findStock, informativeLength, slotCounts } from './stock';
import type { StrippedTexts } from './stripped';
import type { Difference } from './types';

/**
 * Rows per band: a pair whose non-stock 3-grams have Jaccard J shares some band with probability
 * 1 - (1 - J^2)^16: 0.97 at J = 0.45 (one character changed among 10 such 3-grams), 0.006 at J = 0.02.
 */
const ROWS = 2;
const BANDS = BINS / ROWS;
/**
 * A bucket holding this many texts is keyed on common words, not on a text; it stops growing,
 * and the other bands still bring true repeats together.
 */
const BUCKET_CAP = 24;
/** Candidates agreeing on fewer bins are too far apart to be worth an edit distance. */
const MIN_AGREEMENT = Math.round(BINS * 0.2);

/** Writes text `item`'s key in each band, a 31-bit hash of its bins there, to keys[item * BANDS...]. */
function writeBandKeys(signatures: Int32Array, item: number, keys: Int32Array): void {
  const offset = item * BINS;
  for (let band = 0; band < BANDS; band++) {
    let h = 0;
    for (let r = 0; r < ROWS; r++) h = mix32(h ^ signatures[offset + band * ROWS + r]);
    keys[item * BANDS + band] = h & 0x7fffffff;
  }
}

export interface NearMatch {
  first: number;
  similarity: number;
  differences: Difference[];
}

/** Finds, for each of the texts given to the constructor, the earliest of them it nearly repeats. */
export class NearIndex {
  private readonly grams: Grams;
  private readonly signatures: Int32Array;
  /** Per text and band: the latest earlier text in the same LSH bucket, or -1 (see `linkBuckets`). */
  private readonly previous: Int32Array;
  /** The stock 3-grams, one bit per hash slot (see `findStock`). */
  private readonly stock: Int32Array;
  /** Characters outside stock phrases, per text, once asked (-1 before): only confirmed pairs need it. */
  private readonly informative: Int32Array;
  /** For each text, the last text that took it as a candidate, so a pair is confirmed once. */
  private readonly lastAsked: Int32Array;

  /**
   * Signs the texts `items` of `texts` (whitespace-free paragraphs), all before any is compared, so
   * that stock phrases are known from the start. `threshold` is the least similarity of a near repeat.
   */
  constructor(
    private readonly texts: StrippedTexts,
    items: readonly number[],
    private readonly threshold: number,
  ) {
    this.signatures = new Int32Array(texts.count * BINS);
    this.informative = new Int32Array(texts.count).fill(-1);
    this.lastAsked = new Int32Array(texts.count).fill(-1);
    const counts = slotCounts();
    this.grams = hashGrams(texts, items, counts);
    this.stock = findStock(counts, items.length);
    const keys = new Int32Array(texts.count * BANDS).fill(-1);
    for (const i of items) {
      // a text made only of stock phrases has no signature, and no near repeat but an exact one
      if (writeSignature(this.grams.hashes, this.grams.start(i), this.grams.end(i), this.stock, this.signatures, i * BINS)) writeBandKeys(this.signatures, i, keys);
    }
    this.previous = linkBuckets(keys, BANDS, BUCKET_CAP);
  }

  /** The earliest text before `item` that it nearly repeats. */
  find(item: number): NearMatch | undefined {
    let best = -1;
    let bestDistance = 0;
    for (let band = 0; band < BANDS; band++) {
      for (let j = this.previous[item * BANDS + band]; j >= 0; j = this.previous[j * BANDS + band]) {
        if (this.lastAsked[j] === item || (best >= 0 && j > best)) continue;
        this.lastAsked[j] = item;
        const d = this.distance(j, item);
        if (d >= 0) {
          best = j;
          bestDistance = d;
        }
      }
    }
    if (best < 0) return undefined;
    const first = this.texts.text(best);
    const later = this.texts.text(item);
    const similarity = 1 - bestDistance / Math.max(first.length, later.length);
    return { first: best, similarity, differences: describeDifferences(first, later, bestDistance) };
  }

  /**
   * The edit distance of texts a and b when their similarity (1 - edits / longer length) reaches
   * the threshold, measured both on the whole texts and on their characters outside stock
   * phrases; otherwise -1.
   */
  private distance(a: number, b: number): number {
    const m = this.texts.length(a);
    const n = this.texts.length(b);
    const k = Math.floor((1 - this.threshold) * Math.max(m, n) + 1e-9);
    if (Math.abs(m - n) > k) return -1;
    if (agreement(this.signatures, a * BINS, b * BINS) < MIN_AGREEMENT) return -1;
    const d = editDistanceUpTo(this.texts.text(a), this.texts.text(b), k);
    if (d > k) return -1;
    const informative = Math.max(this.informativeLength(a), this.informativeLength(b));
    return d > (1 - this.threshold) * informative + 1e-9 ? -1 : d;
  }

  private informativeLength(item: number): number {
    if (this.informative[item] < 0) {
      const { hashes } = this.grams;
      this.informative[item] = informativeLength(this.stock, hashes, this.grams.start(item), this.grams.end(item), this.texts.length(item));
    }
    return this.informative[item];
  }
}
