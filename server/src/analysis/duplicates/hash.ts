// Small non-cryptographic hashes. Every lookup keyed by one of them is confirmed by comparing the
// strings, so a collision costs a comparison, never a wrong answer.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The murmur3 finaliser: spreads the bits of a 32-bit state. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of the 3-gram c0 c1 c2 (UTF-16 code units). */
export function gramHash(c0: number, c1: number, c2: number): number {
  return mix32(Math.imul(c0, 0x9e3779b1) ^ Math.imul(c1, 0x85ebca77) ^ Math.imul(c2, 0x27d4eb2f));
}

/** A 31-bit hash of text[start, end) (31 bits keep Map keys small integers). */
export function hashRange(text: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return mix32(h) & 0x7fffffff;
}

/**
 * The hashes of text[0, e) for every e in `ends` (ascending), in one pass: the hash is
 * incremental, so a prefix's hash is the state reached at its end.
 */
export function prefixHashes(text: string, ends: readonly number[]): number[] {
  const out: number[] = [];
  let h = FNV_OFFSET;
  let i = 0;
  for (const e of ends) {
    for (; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
    out.push(mix32(h) & 0x7fffffff);
  }
  return out;
}

/** A multimap from hash keys to item indexes, keeping at most `cap` items per key. */
export class HashIndex {
  private readonly map = new Map<number, number[]>();
  constructor(private readonly cap: number) {}

  add(key: number, item: number): void {
    const list = this.map.get(key);
    if (!list) this.map.set(key, [item]);
    else if (list.length < this.cap) list.push(item);
  }

  get(key: number): readonly number[] {
    return this.map.get(key) ?? [];
  }
}
