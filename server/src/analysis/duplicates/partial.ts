// Partial repeats found by hashing sentence-aligned pieces, so each paragraph costs O(its length):
// a paragraph that is the leading sentences of an earlier one, or that holds a whole earlier one.
import { IntMultiMap } from './multimap';
import type { Sentences } from './sentences';

export interface PartialMatch {
  first: number;
  similarity: number;
  removable: boolean;
}

/** How many paragraphs one hash keeps: more would only be repeats of repeats. */
const PER_KEY = 8;

/** Use: `find` then `add` each paragraph, in order. */
export class PartialIndex {
  /** Every sentence-aligned proper prefix of each paragraph. */
  private readonly prefixes: IntMultiMap;
  /** The first sentence of each paragraph. */
  private readonly firstSentences: IntMultiMap;

  /**
   * `texts` are the whitespace-free paragraphs; pieces shorter than `minChars` are never matched;
   * `sentences` bounds the number of sentences of the paragraphs that will be added.
   */
  constructor(
    private readonly texts: readonly string[],
    private readonly minChars: number,
    sentences: number,
  ) {
    this.prefixes = new IntMultiMap(sentences, PER_KEY);
    this.firstSentences = new IntMultiMap(sentences, PER_KEY);
  }

  /** The earlier paragraph paragraph `item` is a leading part of, or else the longest it holds. */
  find(item: number, sentences: Sentences): PartialMatch | undefined {
    return this.leadingPartOf(item, sentences) ?? this.containedIn(item, sentences);
  }

  add(item: number, { ends, prefix }: Sentences): void {
    // the whole text is left out: a paragraph equal to it is an exact repeat
    for (let k = 0; k < ends.length - 1; k++) {
      if (ends[k] >= this.minChars) this.prefixes.add(this.prefixes.slot(prefix[k]), item);
    }
    if (this.texts[item].length >= this.minChars) this.firstSentences.add(this.firstSentences.slot(prefix[0]), item);
  }

  /** The first earlier paragraph whose leading sentences are exactly paragraph `item`. */
  private leadingPartOf(item: number, { prefix }: Sentences): PartialMatch | undefined {
    const text = this.texts[item];
    if (text.length < this.minChars) return undefined;
    let best: PartialMatch | undefined;
    for (const j of itemsOf(this.prefixes, prefix[prefix.length - 1])) {
      const first = this.texts[j];
      if ((!best || j < best.first) && first.length > text.length && first.startsWith(text)) {
        best = { first: j, similarity: text.length / first.length, removable: true };
      }
    }
    return best;
  }

  /** The longest earlier paragraph that stands inside paragraph `item` as whole sentences. */
  private containedIn(item: number, { ends, sentence }: Sentences): PartialMatch | undefined {
    const text = this.texts[item];
    let best: PartialMatch | undefined;
    ends.forEach((_, k) => {
      const start = k === 0 ? 0 : ends[k - 1];
      for (const j of itemsOf(this.firstSentences, sentence[k])) {
        const first = this.texts[j];
        const fits = first.length < text.length && text.startsWith(first, start) && ends.includes(start + first.length);
        if (fits && (!best || first.length > this.texts[best.first].length)) {
          best = { first: j, similarity: first.length / text.length, removable: false };
        }
      }
    });
    return best;
  }
}

/** The items stored under `key`. */
function itemsOf(map: IntMultiMap, key: number): number[] {
  const slot = map.lookup(key);
  const out: number[] = [];
  if (slot < 0) return out;
  for (let e = map.latestEntry(slot); e >= 0; e = map.previousEntry(e)) out.push(map.itemOf(e));
  return out;
}
