// Partial repeats found by hashing sentence-aligned pieces, so each paragraph costs O(its length):
// a paragraph that is the leading sentences of an earlier one, or that holds a whole earlier one.
import { IntMultiMap } from './multimap';
import type { Sentences } from './sentences';
import type { StrippedTexts } from './stripped';

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
   * `texts` are the whitespace-free paragraphs, split into `sentences`; pieces shorter than
   * `minChars` are never matched.
   */
  constructor(
    private readonly texts: StrippedTexts,
    private readonly sentences: Sentences,
    private readonly minChars: number,
  ) {
    this.prefixes = new IntMultiMap(sentences.ends.length, PER_KEY);
    // one first sentence per paragraph
    this.firstSentences = new IntMultiMap(texts.count, PER_KEY);
  }

  /** The earlier paragraph paragraph `item` is a leading part of, or else the longest it holds. */
  find(item: number): PartialMatch | undefined {
    return this.leadingPartOf(item) ?? this.containedIn(item);
  }

  add(item: number): void {
    const { ends, prefix } = this.sentences;
    const first = this.sentences.first(item);
    // the whole text is left out: a paragraph equal to it is an exact repeat
    for (let s = first; s < this.sentences.last(item); s++) {
      if (ends[s] >= this.minChars) this.prefixes.add(this.prefixes.slot(prefix[s]), item);
    }
    if (this.texts.length(item) >= this.minChars) this.firstSentences.add(this.firstSentences.slot(prefix[first]), item);
  }

  /** The first earlier paragraph whose leading sentences are exactly paragraph `item`. */
  private leadingPartOf(item: number): PartialMatch | undefined {
    const length = this.texts.length(item);
    if (length < this.minChars) return undefined;
    let best = -1;
    const slot = this.prefixes.lookup(this.sentences.prefix[this.sentences.last(item)]);
    for (let e = slot < 0 ? -1 : this.prefixes.latestEntry(slot); e >= 0; e = this.prefixes.previousEntry(e)) {
      const j = this.prefixes.itemOf(e);
      if ((best < 0 || j < best) && this.texts.length(j) > length && this.texts.matchAt(j, 0, item)) best = j;
    }
    return best < 0 ? undefined : { first: best, similarity: length / this.texts.length(best), removable: true };
  }

  /** The longest earlier paragraph that stands inside paragraph `item` as whole sentences. */
  private containedIn(item: number): PartialMatch | undefined {
    const length = this.texts.length(item);
    let best = -1;
    for (let s = this.sentences.first(item); s <= this.sentences.last(item); s++) {
      const start = this.sentences.startOf(item, s);
      const slot = this.firstSentences.lookup(this.sentences.sentence[s]);
      for (let e = slot < 0 ? -1 : this.firstSentences.latestEntry(slot); e >= 0; e = this.firstSentences.previousEntry(e)) {
        const j = this.firstSentences.itemOf(e);
        if ((best < 0 || this.texts.length(j) > this.texts.length(best)) && this.holdsAt(item, start, j)) best = j;
      }
    }
    return best < 0 ? undefined : { first: best, similarity: this.texts.length(best) / length, removable: false };
  }

  /** Whether the shorter text `part` stands in text `item` as whole sentences from `start`. */
  private holdsAt(item: number, start: number, part: number): boolean {
    const end = start + this.texts.length(part);
    return this.texts.length(part) < this.texts.length(item) && this.sentences.endsAt(item, end) && this.texts.matchAt(item, start, part);
  }
}
