// Near repeats: MinHash signatures banded into an LSH index propose candidates (texts that share
// a whole band of 4 bins), and a bounded edit distance confirms them. No pair is compared unless
// a band brings it together, so the work stays linear in the text.
import { describeDifferences } from './differences';
import { boundedEditDistance } from './editDistance';
import { Grams } from './grams';
import { mix32 } from './hash';
import { IntMultiMap } from './multimap';
import { agreement, BINS, writeSignature } from './minhash';
import { StockGrams } from './stock';
import type { Difference } from './types';

/** Rows per band: a pair with 3-gram Jaccard J shares some band with probability 1 - (1 - J^4)^32. */
const ROWS = 2;
const BANDS = BINS / ROWS;
/**
 * A bucket holding this many texts is keyed on common words, not on a text; it stops growing,
 * and the other bands still bring true repeats together.
 */
const BUCKET_CAP = 24;
/** Candidates agreeing on fewer bins are too far apart to be worth an edit distance. */
const MIN_AGREEMENT = Math.round(BINS * 0.2);

export interface NearMatch {
  first: number;
  similarity: number;
  differences: Difference[];
}

/** Use: `find` then `add` each of the texts given to the constructor, in order. */
export class NearIndex {
  private readonly signatures: Uint32Array;
  /** Per text and band: the slot of its band key in `buckets`, or -1 when the text is not indexed. */
  private readonly slots: Int32Array;
  private readonly buckets: IntMultiMap;
  private readonly grams: Grams;
  private readonly stock: StockGrams;
  /** Characters outside stock phrases, per text, once asked (-1 before): only confirmed pairs need it. */
  private readonly informative: Int32Array;
  /** For each text, the last text that took it as a candidate, so a pair is confirmed once. */
  private readonly lastAsked: Int32Array;

  /**
   * Signs the texts `items` of `texts` (whitespace-free paragraphs), all before any is compared,
   * so that stock phrases are known from the start. `threshold` is the least similarity of a near repeat.
   */
  constructor(
    private readonly texts: readonly string[],
    items: readonly number[],
    private readonly threshold: number,
  ) {
    this.signatures = new Uint32Array(texts.length * BINS);
    this.slots = new Int32Array(texts.length * BANDS).fill(-1);
    this.buckets = new IntMultiMap(items.length * BANDS, BUCKET_CAP);
    this.informative = new Int32Array(texts.length).fill(-1);
    this.lastAsked = new Int32Array(texts.length).fill(-1);
    this.grams = new Grams(texts, items);
    this.stock = new StockGrams(this.grams.hashes, items.length);
    for (const i of items) {
      const [from, to] = this.grams.range(i);
      // a text made only of stock phrases has no signature, and no near repeat but an exact one
      if (writeSignature(this.grams.hashes, from, to, this.stock, this.signatures, i * BINS)) this.claimSlots(i);
    }
  }

  private claimSlots(item: number): void {
    const offset = item * BINS;
    for (let band = 0; band < BANDS; band++) {
      let h = Math.imul(band + 1, 0x9e3779b1);
      for (let r = 0; r < ROWS; r++) h = mix32(h ^ this.signatures[offset + band * ROWS + r]);
      this.slots[item * BANDS + band] = this.buckets.slot(h & 0x7fffffff);
    }
  }

  /** Makes text `item` a candidate for the texts after it. */
  add(item: number): void {
    for (let band = 0; band < BANDS; band++) {
      const slot = this.slots[item * BANDS + band];
      if (slot >= 0) this.buckets.add(slot, item);
    }
  }

  /** The earliest added text that text `item` nearly repeats. */
  find(item: number): NearMatch | undefined {
    let best = -1;
    let bestSimilarity = 0;
    for (let band = 0; band < BANDS; band++) {
      const slot = this.slots[item * BANDS + band];
      if (slot < 0) return undefined;
      for (let e = this.buckets.latestEntry(slot); e >= 0; e = this.buckets.previousEntry(e)) {
        const j = this.buckets.itemOf(e);
        if (this.lastAsked[j] === item || (best >= 0 && j > best)) continue;
        this.lastAsked[j] = item;
        const similarity = this.confirm(j, item);
        if (similarity !== undefined) {
          best = j;
          bestSimilarity = similarity;
        }
      }
    }
    if (best < 0) return undefined;
    const differences = describeDifferences(this.texts[best], this.texts[item], this.bound(best, item));
    return { first: best, similarity: bestSimilarity, differences };
  }

  /** The most edits a near repeat of the pair may have. */
  private bound(a: number, b: number): number {
    const longer = Math.max(this.texts[a].length, this.texts[b].length);
    return Math.floor((1 - this.threshold) * longer + 1e-9);
  }

  /**
   * The similarity (1 - edits / longer length) of texts a and b when it reaches the threshold,
   * measured both on the whole texts and on their characters outside stock phrases.
   */
  private confirm(a: number, b: number): number | undefined {
    const first = this.texts[a];
    const later = this.texts[b];
    const k = this.bound(a, b);
    if (Math.abs(first.length - later.length) > k) return undefined;
    if (agreement(this.signatures, a * BINS, b * BINS) < MIN_AGREEMENT) return undefined;
    const d = boundedEditDistance(first, later, k);
    if (d > k) return undefined;
    const informative = Math.max(this.informativeLength(a), this.informativeLength(b));
    if (d > (1 - this.threshold) * informative + 1e-9) return undefined;
    return 1 - d / Math.max(first.length, later.length);
  }

  private informativeLength(item: number): number {
    if (this.informative[item] < 0) {
      const [from, to] = this.grams.range(item);
      this.informative[item] = this.stock.informativeLength(this.grams.hashes, from, to, this.texts[item].length);
    }
    return this.informative[item];
  }
}
