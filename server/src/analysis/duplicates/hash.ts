// Small non-cryptographic hashes. Every lookup keyed by one of them is confirmed by comparing the
// strings, so a collision costs a comparison, never a wrong answer.

/**
 * FNV-1a over UTF-16 code units: incremental, so a prefix's hash is the state at its end. The
 * offset basis 0x811c9dc5 is written as the signed 32-bit integer of the same bits: every use
 * reads it as 32 bits anyway, and a number past 2^31 would make the optimiser keep the states
 * as doubles, converting them on every character.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** The FNV-1a state after one more code unit. */
export function fnv(state: number, c: number): number {
  return Math.imul(state ^ c, 0x01000193);
}

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

/** A final 31-bit hash (non-negative, so -1 can mean none) from an FNV-1a state. */
export function hash31(state: number): number {
  return mix32(state) & 0x7fffffff;
}
