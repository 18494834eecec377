// The LSH buckets, built at once: in each band, the texts are sorted by key (a stable radix sort,
// so equal keys keep text order) and each text is linked to the text before it in its bucket.
// Sorting small arrays band by band stays in cache, where a hash table of every key would not.

/**
 * For text t and band b, previous[t * bands + b] is the latest text before t whose key in band b
 * equals t's, or -1. A bucket stops growing at `cap` texts: one that large is keyed on common
 * words, and the texts after those still look through the first `cap`, not the rest.
 * keys[t * bands + b] is t's key in band b (31-bit), or -1 when t has no signature.
 */
export function linkBuckets(keys: Int32Array, bands: number, cap: number): Int32Array {
  const texts = keys.length / bands;
  const previous = new Int32Array(keys.length).fill(-1);
  const sorted = { keys: new Int32Array(texts), items: new Int32Array(texts) };
  const scratch = { keys: new Int32Array(texts), items: new Int32Array(texts) };
  for (let b = 0; b < bands; b++) {
    let n = 0;
    for (let t = 0; t < texts; t++) {
      const key = keys[t * bands + b];
      if (key < 0) continue;
      sorted.keys[n] = key;
      sorted.items[n++] = t;
    }
    radixSort(sorted, scratch, n);
    linkRuns(sorted, n, previous, bands, b, cap);
  }
  return previous;
}

interface Pairs {
  keys: Int32Array;
  items: Int32Array;
}

/** Sorts pairs[0, n) by key, stably, in four passes of 8 bits; the result ends in `pairs`. */
function radixSort(pairs: Pairs, scratch: Pairs, n: number): void {
  const count = new Int32Array(256);
  let src = pairs;
  let dst = scratch;
  for (let shift = 0; shift < 32; shift += 8) {
    count.fill(0);
    for (let k = 0; k < n; k++) count[(src.keys[k] >>> shift) & 255]++;
    for (let d = 0, sum = 0; d < 256; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const at = count[(src.keys[k] >>> shift) & 255]++;
      dst.keys[at] = src.keys[k];
      dst.items[at] = src.items[k];
    }
    [src, dst] = [dst, src];
  }
}

/** Links each text of a run of equal keys to the latest of the first `cap` texts before it. */
function linkRuns(sorted: Pairs, n: number, previous: Int32Array, bands: number, band: number, cap: number): void {
  let start = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && sorted.keys[k] === sorted.keys[start]) continue;
    for (let r = 1; r < k - start; r++) previous[sorted.items[start + r] * bands + band] = sorted.items[start + Math.min(r, cap) - 1];
    start = k;
  }
}
