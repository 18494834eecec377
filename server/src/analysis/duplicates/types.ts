import type { BlockKind, Span } from '../types';

/** One block of the article as the duplicate finder sees it. */
export interface DuplicateInput {
  kind: BlockKind;
  span: Span;
  /** The block's text; it is compared with all whitespace removed. */
  text: string;
}

export type DuplicateRule = 'duplicate-paragraph' | 'near-duplicate-paragraph' | 'partial-duplicate' | 'duplicate-heading';

/** What differs between a near repeat and its first copy (whitespace-free text). */
export interface Difference {
  /** The later copy's characters here ('' when the later copy lost them). */
  later: string;
  /** The first copy's characters here ('' when the later copy added some). */
  first: string;
}

/** A block that repeats an earlier one. */
export interface Duplicate {
  rule: DuplicateRule;
  /** Index (into the input array) of the later copy, which the diagnostic sits on. */
  index: number;
  /** Index of the first copy. */
  first: number;
  /** 0..1 */
  similarity: number;
  /**
   * True when removing the later copy loses nothing: its whitespace-free text stands verbatim in
   * the first copy (exact repeats, and partial repeats that are a verbatim leading part of the first).
   */
  removable: boolean;
  /** For near repeats: the runs of the later copy that differ and the first copy's text there. */
  differences?: Difference[];
  /**
   * On a repeated heading whose following paragraphs repeat the paragraphs under the first copy:
   * the index of the last block of the repeated section.
   */
  sectionEnd?: number;
}

export interface DuplicateOptions {
  /** Least similarity (1 - edit distance / longer length) of a near repeat; default 0.8. */
  nearThreshold: number;
  /** False skips the search for near repeats (large documents step down to exact ones). */
  near?: boolean;
}

export const DEFAULT_DUPLICATE_OPTIONS: DuplicateOptions = { nearThreshold: 0.8 };
