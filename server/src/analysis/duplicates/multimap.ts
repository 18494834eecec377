// A multimap from non-negative 31-bit hash keys to item indexes, over typed arrays: a Map of
// arrays costs a Map entry and an array per key, and a long text has one key per sentence.
// Open addressing; each slot holds its key and the head of its bucket side by side.

const EMPTY_KEY = -1;

export class IntMultiMap {
  /** Per slot: [key, latest entry of its bucket or -1]. */
  private readonly table: Int32Array;
  private readonly sizes: Uint8Array;
  /** Per entry: its item, and the entry added to the same bucket before it (or -1). */
  private readonly items: Int32Array;
  private readonly previous: Int32Array;
  private readonly mask: number;
  private entries = 0;

  /** `maxEntries` bounds the number of `add` calls; a bucket keeps at most `cap` (<= 255) items. */
  constructor(
    maxEntries: number,
    private readonly cap: number,
  ) {
    let size = 1024;
    while (size < maxEntries * 1.5) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(2 * size).fill(EMPTY_KEY);
    this.sizes = new Uint8Array(size);
    this.items = new Int32Array(maxEntries);
    this.previous = new Int32Array(maxEntries);
  }

  /** The slot of `key`, claimed if new. */
  slot(key: number): number {
    let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.table[2 * s] !== key && this.table[2 * s] !== EMPTY_KEY) s = (s + 1) & this.mask;
    this.table[2 * s] = key;
    return s;
  }

  /** The slot of `key`, or -1 when it was never claimed. */
  lookup(key: number): number {
    let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.table[2 * s] !== key) {
      if (this.table[2 * s] === EMPTY_KEY) return -1;
      s = (s + 1) & this.mask;
    }
    return s;
  }

  add(slot: number, item: number): void {
    if (this.sizes[slot] >= this.cap) return;
    this.sizes[slot]++;
    const e = this.entries++;
    this.items[e] = item;
    this.previous[e] = this.table[2 * slot + 1];
    this.table[2 * slot + 1] = e;
  }

  /** The latest entry of a slot's bucket (-1 when empty); then `previousEntry` until -1. */
  latestEntry(slot: number): number {
    return this.table[2 * slot + 1];
  }

  previousEntry(entry: number): number {
    return this.previous[entry];
  }

  itemOf(entry: number): number {
    return this.items[entry];
  }
}
