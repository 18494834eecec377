// Finds blocks that repeat earlier ones: exact and rewrapped repeats, near repeats, partial
// repeats and repeated headings (with the section under them). Pure and linear in the text:
// exact repeats by hashing, partial ones by hashing sentence prefixes, near ones through MinHash
// and LSH, each candidate confirmed on the text itself.
import { NearIndex } from './near';
import { stripWhitespace } from './normalise';
import { PartialIndex } from './partial';
import { HEADING_KINDS, markRepeatedSections } from './sections';
import { splitSentences } from './sentences';
import { DEFAULT_DUPLICATE_OPTIONS, type Duplicate, type DuplicateInput, type DuplicateOptions } from './types';

export type { Difference, Duplicate, DuplicateInput, DuplicateOptions, DuplicateRule } from './types';
export { DEFAULT_DUPLICATE_OPTIONS } from './types';

/** Shorter paragraphs (whitespace-free) are never compared: 好。 or 详见下图。 repeat by nature. */
const MIN_PARAGRAPH = 8;
/** Shorter headings are never compared (结语, 前言). */
const MIN_HEADING = 4;
/** The least length of the repeated part of a partial repeat: a short sentence recurs innocently. */
const MIN_PARTIAL = 12;
/** Shorter paragraphs are not compared for near repeats: one changed character in 10 is another phrase. */
const MIN_NEAR = 16;

export function findDuplicates(blocks: readonly DuplicateInput[], options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS): Duplicate[] {
  const texts = blocks.map((b) => (b.kind === 'paragraph' || HEADING_KINDS.has(b.kind) ? stripWhitespace(b.text) : ''));
  const byIndex = findExact(blocks, texts);
  const firsts = [...blocks.keys()].filter((i) => blocks[i].kind === 'paragraph' && texts[i].length >= MIN_PARAGRAPH && !byIndex[i]);
  const near = new NearIndex(
    texts,
    options.near === false ? [] : firsts.filter((i) => texts[i].length >= MIN_NEAR),
    options.nearThreshold,
  );

  const sentences = firsts.map((i) => splitSentences(texts[i]));
  const partial = new PartialIndex(texts, MIN_PARTIAL, sentences.reduce((n, s) => n + s.ends.length, 0));
  firsts.forEach((i, k) => {
    const text = texts[i];
    const part = partial.find(i, sentences[k]);
    if (part) byIndex[i] = { rule: 'partial-duplicate', index: i, ...part };
    else if (text.length >= MIN_NEAR && options.near !== false) {
      const match = near.find(i);
      if (match) byIndex[i] = { rule: 'near-duplicate-paragraph', index: i, removable: false, ...match };
    }
    partial.add(i, sentences[k]);
  });

  markRepeatedSections(
    blocks.map((b) => b.kind),
    byIndex,
  );
  return byIndex.filter((d): d is Duplicate => d !== undefined);
}

/** Headings and paragraphs equal, once whitespace is removed, to an earlier one of their kind. */
function findExact(blocks: readonly DuplicateInput[], texts: readonly string[]): (Duplicate | undefined)[] {
  const byIndex: (Duplicate | undefined)[] = new Array(blocks.length);
  const headings = new Map<string, number>();
  const paragraphs = new Map<string, number>();
  blocks.forEach((block, i) => {
    const heading = HEADING_KINDS.has(block.kind);
    if (texts[i].length < (heading ? MIN_HEADING : MIN_PARAGRAPH) || !(heading || block.kind === 'paragraph')) return;
    const seen = heading ? headings : paragraphs;
    const first = seen.get(texts[i]);
    if (first === undefined) seen.set(texts[i], i);
    else byIndex[i] = { rule: heading ? 'duplicate-heading' : 'duplicate-paragraph', index: i, first, similarity: 1, removable: true };
  });
  return byIndex;
}
