// The LSH buckets: for each band key, the texts whose signatures share it. An open-addressing
// table over typed arrays, because a Map of arrays costs a Map entry and an array per key, and
// a long text has hundreds of thousands of keys.

const EMPTY_KEY = -1;

export class BandTable {
  private readonly keys: Int32Array;
  /** Per slot: the latest entry of its bucket, or -1. */
  private readonly heads: Int32Array;
  private readonly sizes: Uint8Array;
  /** Per entry: its text, and the entry added to the same bucket before it (or -1). */
  private readonly items: Int32Array;
  private readonly previous: Int32Array;
  private readonly mask: number;
  private entries = 0;

  /** `maxEntries` bounds the number of `add` calls; a bucket keeps at most `cap` texts. */
  constructor(
    maxEntries: number,
    private readonly cap: number,
  ) {
    let size = 1024;
    while (size < maxEntries * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size).fill(EMPTY_KEY);
    this.heads = new Int32Array(size).fill(-1);
    this.sizes = new Uint8Array(size);
    this.items = new Int32Array(maxEntries);
    this.previous = new Int32Array(maxEntries);
  }

  /** The slot of `key` (a non-negative 31-bit hash), claimed if new. */
  slot(key: number): number {
    let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.keys[s] !== key && this.keys[s] !== EMPTY_KEY) s = (s + 1) & this.mask;
    this.keys[s] = key;
    return s;
  }

  add(slot: number, item: number): void {
    if (this.sizes[slot] >= this.cap) return;
    this.sizes[slot]++;
    const e = this.entries++;
    this.items[e] = item;
    this.previous[e] = this.heads[slot];
    this.heads[slot] = e;
  }

  /** The latest entry of a slot's bucket, then `previousEntry` until -1. */
  latestEntry(slot: number): number {
    return this.heads[slot];
  }

  previousEntry(entry: number): number {
    return this.previous[entry];
  }

  itemOf(entry: number): number {
    return this.items[entry];
  }
}
