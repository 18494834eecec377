// Exact repeats: a hash set of first copies over the whitespace-free texts, keyed by content hash
// and confirmed code unit by code unit, so no string is built or hashed for a text that is new.
import type { StrippedTexts } from './stripped';

const EMPTY = -1;

/** The first copies seen so far, by content. */
export class FirstCopies {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `capacity` bounds the number of texts that will be offered. */
  constructor(
    private readonly texts: StrippedTexts,
    capacity: number,
  ) {
    let size = 16;
    while (size < 2 * capacity) size *= 2;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.mask = size - 1;
  }

  /** The earlier text equal to text `item`, or -1 when it is the first copy (then it is kept). */
  firstCopyOf(item: number): number {
    const { texts, slots } = this;
    const hash = texts.hash(item);
    let s = hash & this.mask;
    for (; slots[s] !== EMPTY; s = (s + 1) & this.mask) {
      const j = slots[s];
      if (texts.hash(j) === hash && texts.equal(j, item)) return j;
    }
    slots[s] = item;
    return EMPTY;
  }
}
