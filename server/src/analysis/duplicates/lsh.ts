// The LSH buckets, built band by band: one open-addressing table of buckets serves every band,
// each slot tagged with the band that claimed it, so a slot left by an earlier band counts as free
// and the table is never cleared. Plain functions over typed arrays, like the scan (see scan.ts).

/**
 * For text t and band b, previous[t * bands + b] is the latest text before t whose key in band b
 * equals t's, or -1. A bucket stops growing at `cap` texts: one that large is keyed on common
 * words, and the texts after those still look through the first `cap`, not the rest.
 * keys[t * bands + b] is t's key in band b (a 31-bit hash), or -1 when t has no signature.
 */
export function linkBuckets(keys: Int32Array, bands: number, cap: number): Int32Array {
  const texts = keys.length / bands;
  const previous = new Int32Array(keys.length).fill(-1);
  let size = 16;
  while (size < 2 * texts) size *= 2;
  const slots = new Int32Array(size * STRIDE);
  for (let b = 0; b < bands; b++) {
    for (let t = 0; t < texts; t++) {
      const key = keys[t * bands + b];
      if (key >= 0) previous[t * bands + b] = join(slots, size - 1, cap, b + 1, key, t);
    }
  }
  return previous;
}

/**
 * A bucket per slot: the band that claimed it plus one (0: never claimed), its key, its latest
 * member among the first `cap`, its size.
 */
const STRIDE = 4;

/**
 * Puts text t, later than every text before it, into the bucket of `key` in band `tag` - 1;
 * returns the member it links to (the latest of the bucket's first `cap`), or -1 for a new bucket.
 */
function join(slots: Int32Array, mask: number, cap: number, tag: number, key: number, t: number): number {
  // keys are hashes already: their low bits pick the slot
  let slot = key & mask;
  while (slots[slot * STRIDE] === tag && slots[slot * STRIDE + 1] !== key) slot = (slot + 1) & mask;
  const at = slot * STRIDE;
  if (slots[at] !== tag) {
    slots[at] = tag;
    slots[at + 1] = key;
    slots[at + 2] = t;
    slots[at + 3] = 1;
    return -1;
  }
  const latest = slots[at + 2];
  if (slots[at + 3] < cap) {
    slots[at + 2] = t;
    slots[at + 3]++;
  }
  return latest;
}
