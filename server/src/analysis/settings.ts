// The settings the analysis reads, typed once and shared by the server, the CLI and the client.
import type { RuleId } from './types';

export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';

export interface AnalysisSettings {
  /** How plain-text files are treated: by their content, always as articles, or never. */
  plaintext: 'auto' | 'always' | 'never';
  /** Severity per rule id; a rule missing here uses its default. */
  severity: Partial<Record<RuleId, Severity>>;
  /** Spaces between Chinese characters, or between Chinese and digits: flag and remove, or keep. */
  cjkSpace: 'remove' | 'keep';
  /** Formatting: one blank line between blocks (newspaper copy) or none. */
  blankLineBetweenBlocks: boolean;
  /** Similarity (0..1) from which two paragraphs count as near repeats. */
  nearDuplicateThreshold: number;
  /** Extra hospital names the user's newsroom checks (full names). */
  hospitals: string[];
  /** Words never reported (an English brand name, a house spelling). */
  ignoredWords: string[];
  /** At most this many problems are published per document (the first ones in the text). */
  maxProblems: number;
  /** Past this many characters, the costly checks (near repeats, entities) step down. */
  largeDocument: number;
  /** Interface language for messages. */
  locale: 'en' | 'zh';
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  plaintext: 'auto',
  severity: {},
  cjkSpace: 'remove',
  blankLineBetweenBlocks: true,
  nearDuplicateThreshold: 0.8,
  hospitals: [],
  ignoredWords: [],
  largeDocument: 1_000_000,
  maxProblems: 5000,
  locale: 'en',
};

/** Fills what a partial settings object leaves out with the defaults. */
export function withDefaults(partial: Partial<AnalysisSettings> | null | undefined): AnalysisSettings {
  return { ...DEFAULT_SETTINGS, ...(partial ?? {}), severity: { ...(partial?.severity ?? {}) } };
}
