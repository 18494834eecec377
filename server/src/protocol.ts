// What the client and the server share: command ids, the settings section, and custom requests.
// Imported by both sides, so it holds no runtime dependency on either.

export const SETTINGS_SECTION = 'articleProofreader';
export const DIAGNOSTIC_SOURCE = 'article-proofreader';
export const LANGUAGE_ID = 'article';

/** Commands contributed by the client (ids `articleProofreader.<verb>`). */
export const Commands = {
  nextSection: 'articleProofreader.nextSection',
  previousSection: 'articleProofreader.previousSection',
  treatAsArticle: 'articleProofreader.treatAsArticle',
  revealSection: 'articleProofreader.revealSection',
  refreshOutline: 'articleProofreader.refreshOutline',
} as const;

/** The settings as VS Code stores them under `articleProofreader.*`. */
export interface ClientSettings {
  plaintext?: 'auto' | 'always' | 'never';
  severity?: Record<string, string>;
  cjkSpace?: 'remove' | 'keep';
  blankLineBetweenBlocks?: boolean;
  nearDuplicateThreshold?: number;
  hospitals?: string[];
}

/** Custom request: is this document treated as an article? (drives the client's context key) */
export const IsArticleRequest = 'articleProofreader/isArticle';
export interface IsArticleParams {
  uri: string;
}

/** Custom request: every entity of a document, for export. */
export const EntitiesRequest = 'articleProofreader/entities';
export interface EntitiesParams {
  uri: string;
}
export interface EntityRow {
  kind: 'hospital' | 'date' | 'metric';
  text: string;
  value: string;
  line: number;
  column: number;
}
