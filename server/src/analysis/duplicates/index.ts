// Finds blocks that repeat earlier ones: exact and rewrapped repeats, near repeats, partial
// repeats and repeated headings (with the section under them). Pure and linear in the text:
// exact repeats by hashing, partial ones by hashing sentence prefixes, near ones through MinHash
// and LSH, each candidate confirmed on the text itself.
import { FirstCopies } from './exact';
import { NearIndex } from './near';
import { PartialIndex } from './partial';
import { HEADING_KINDS, markRepeatedSections } from './sections';
import { scanTexts } from './scan';
import type { StrippedTexts } from './stripped';
import { finish } from '../steps';
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

/** Paragraphs compared between two steps of `duplicateSteps`: a few milliseconds' work. */
const PARAGRAPHS_PER_STEP = 8192;

export function findDuplicates(blocks: readonly DuplicateInput[], options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS): Duplicate[] {
  return finish(duplicateSteps(blocks, options));
}

/** The same in steps (see `analysisSteps`): reading the texts, indexing them, then comparing them a few thousand at a time. */
export function* duplicateSteps(blocks: readonly DuplicateInput[], options: DuplicateOptions = DEFAULT_DUPLICATE_OPTIONS): Generator<void, Duplicate[], void> {
  const { texts, sentences } = scanTexts(
    blocks.map((b) => b.text),
    (i) => blocks[i].kind === 'paragraph' || HEADING_KINDS.has(blocks[i].kind),
  );
  const byIndex = findExact(blocks, texts);
  yield;
  const firsts = [...blocks.keys()].filter((i) => blocks[i].kind === 'paragraph' && texts.length(i) >= MIN_PARAGRAPH && !byIndex[i]);
  const near = options.near === false ? undefined : new NearIndex(texts, firsts.filter((i) => texts.length(i) >= MIN_NEAR), options.nearThreshold);
  yield;

  const partial = new PartialIndex(texts, sentences, MIN_PARTIAL);
  for (let k = 0; k < firsts.length; k++) {
    if (k > 0 && k % PARAGRAPHS_PER_STEP === 0) yield;
    const i = firsts[k];
    const part = partial.find(i);
    if (part) byIndex[i] = { rule: 'partial-duplicate', index: i, ...part };
    else if (near && texts.length(i) >= MIN_NEAR) {
      const match = near.find(i);
      if (match) byIndex[i] = { rule: 'near-duplicate-paragraph', index: i, removable: false, ...match };
    }
    partial.add(i);
  }

  markRepeatedSections(
    blocks.map((b) => b.kind),
    byIndex,
  );
  return byIndex.filter((d): d is Duplicate => d !== undefined);
}

/** Headings and paragraphs equal, once whitespace is removed, to an earlier one of their kind. */
function findExact(blocks: readonly DuplicateInput[], texts: StrippedTexts): (Duplicate | undefined)[] {
  const byIndex: (Duplicate | undefined)[] = new Array(blocks.length);
  const headings = new FirstCopies(texts, blocks.length);
  const paragraphs = new FirstCopies(texts, blocks.length);
  blocks.forEach((block, i) => {
    const heading = HEADING_KINDS.has(block.kind);
    if (texts.length(i) < (heading ? MIN_HEADING : MIN_PARAGRAPH) || !(heading || block.kind === 'paragraph')) return;
    const first = (heading ? headings : paragraphs).firstCopyOf(i);
    if (first >= 0) byIndex[i] = { rule: heading ? 'duplicate-heading' : 'duplicate-paragraph', index: i, first, similarity: 1, removable: true };
  });
  return byIndex;
}
