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

/** Hashes of the sentence-aligned pieces of a text. */
export interface SentenceHashes {
  /** prefix[k]: the hash of text[0, ends[k]). */
  prefix: number[];
  /** sentence[k]: the hash of the k-th sentence, text[ends[k - 1], ends[k]). */
  sentence: number[];
}

/**
 * The hashes of every sentence prefix and of every sentence of a text, in one pass: the hash is
 * incremental, so a prefix's hash is the state reached at its end, and a sentence's hash is a
 * second state restarted at each sentence start. Hashes are 31-bit, so keys stay small integers.
 */
export function sentenceHashes(text: string, ends: readonly number[]): SentenceHashes {
  const prefix: number[] = [];
  const sentence: number[] = [];
  let whole = FNV_OFFSET;
  let i = 0;
  for (const e of ends) {
    let piece = FNV_OFFSET;
    for (; i < e; i++) {
      const c = text.charCodeAt(i);
      whole = Math.imul(whole ^ c, FNV_PRIME);
      piece = Math.imul(piece ^ c, FNV_PRIME);
    }
    prefix.push(mix32(whole) & 0x7fffffff);
    sentence.push(mix32(piece) & 0x7fffffff);
  }
  return { prefix, sentence };
}
