// Partial repeats found by hashing sentence-aligned pieces, so each paragraph costs O(its length):
// a paragraph that is the leading sentences of an earlier one, or that holds a whole earlier one.
import { HashIndex, hashRange, prefixHashes } from './hash';

export interface PartialMatch {
  first: number;
  similarity: number;
  removable: boolean;
}

/** How many paragraphs one hash keeps: more would only be repeats of repeats. */
const PER_KEY = 8;

export class PartialIndex {
  /** Every sentence-aligned proper prefix of each paragraph. */
  private readonly prefixes = new HashIndex(PER_KEY);
  /** The first sentence of each paragraph. */
  private readonly firstSentences = new HashIndex(PER_KEY);

  /** `texts` are the whitespace-free paragraphs; pieces shorter than `minChars` are never matched. */
  constructor(
    private readonly texts: readonly string[],
    private readonly minChars: number,
  ) {}

  /** Indexes paragraph `item`, whose sentence ends are `ends`. */
  add(item: number, ends: readonly number[]): void {
    const text = this.texts[item];
    const hashes = prefixHashes(text, ends);
    // the whole text is left out: a paragraph equal to it is an exact repeat
    for (let k = 0; k < ends.length - 1; k++) if (ends[k] >= this.minChars) this.prefixes.add(hashes[k], item);
    if (text.length >= this.minChars) this.firstSentences.add(hashes[0], item);
  }

  /** The first earlier paragraph whose leading sentences are exactly `text`. */
  leadingPartOf(text: string): PartialMatch | undefined {
    if (text.length < this.minChars) return undefined;
    for (const j of this.prefixes.get(hashRange(text, 0, text.length))) {
      const first = this.texts[j];
      if (first.length > text.length && first.startsWith(text)) {
        return { first: j, similarity: text.length / first.length, removable: true };
      }
    }
    return undefined;
  }

  /** The longest earlier paragraph that stands inside `text` as whole sentences. */
  containedIn(text: string, ends: readonly number[]): PartialMatch | undefined {
    let best: PartialMatch | undefined;
    let start = 0;
    for (const end of ends) {
      for (const j of this.firstSentences.get(hashRange(text, start, end))) {
        const first = this.texts[j];
        const fits = first.length < text.length && text.startsWith(first, start) && ends.includes(start + first.length);
        if (fits && (!best || first.length > this.texts[best.first].length)) {
          best = { first: j, similarity: first.length / text.length, removable: false };
        }
      }
      start = end;
    }
    return best;
  }
}
