// The LSH buckets, built band by band: one open-addressing table of buckets serves every band,
// each slot tagged with the band that claimed it, so a slot left by an earlier band counts as free
// and the table is never cleared.

/**
 * For text t and band b, previous[t * bands + b] is the latest text before t whose key in band b
 * equals t's, or -1. A bucket stops growing at `cap` texts: one that large is keyed on common
 * words, and the texts after those still look through the first `cap`, not the rest.
 * keys[t * bands + b] is t's key in band b (a 31-bit hash), or -1 when t has no signature.
 */
export function linkBuckets(keys: Int32Array, bands: number, cap: number): Int32Array {
  const texts = keys.length / bands;
  const previous = new Int32Array(keys.length).fill(-1);
  const buckets = new Buckets(texts, cap);
  for (let b = 0; b < bands; b++) {
    for (let t = 0; t < texts; t++) {
      const key = keys[t * bands + b];
      if (key >= 0) previous[t * bands + b] = buckets.join(b, key, t);
    }
  }
  return previous;
}

/** Slot layout: the band that claimed it plus one (0: never claimed), key, latest member, size. */
const STRIDE = 4;

class Buckets {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** Room for the buckets of `texts` texts in one band. */
  constructor(
    texts: number,
    private readonly cap: number,
  ) {
    let size = 16;
    while (size < 2 * texts) size *= 2;
    this.slots = new Int32Array(size * STRIDE);
    this.mask = size - 1;
  }

  /**
   * Puts text t, later than every text before it, into the bucket of `key` in `band`; returns
   * the member it links to (the latest of the bucket's first `cap`), or -1 for a new bucket.
   */
  join(band: number, key: number, t: number): number {
    const slots = this.slots;
    const tag = band + 1;
    // keys are hashes already: their low bits pick the slot
    let slot = key & this.mask;
    while (slots[slot * STRIDE] === tag && slots[slot * STRIDE + 1] !== key) slot = (slot + 1) & this.mask;
    const at = slot * STRIDE;
    if (slots[at] !== tag) {
      slots[at] = tag;
      slots[at + 1] = key;
      slots[at + 2] = t;
      slots[at + 3] = 1;
      return -1;
    }
    const latest = slots[at + 2];
    if (slots[at + 3] < this.cap) {
      slots[at + 2] = t;
      slots[at + 3]++;
    }
    return latest;
  }
}
