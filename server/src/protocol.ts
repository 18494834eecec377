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
  fixAll: 'articleProofreader.fixAll',
  exportEntities: 'articleProofreader.exportEntities',
  ignoreOccurrence: 'articleProofreader.ignoreOccurrence',
  disableRule: 'articleProofreader.disableRule',
  openProjectFile: 'articleProofreader.openProjectFile',
  restartServer: 'articleProofreader.restartServer',
} as const;

/** The settings as VS Code stores them under `articleProofreader.*` (the project file's shape). */
export type { ProjectSettings as ClientSettings } from './analysis/projectFile';

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

/** Notification: the occurrences the user chose to ignore in one document (keys from `ignoreKey`). */
export const IgnoredNotification = 'articleProofreader/ignored';
export interface IgnoredParams {
  uri: string;
  keys: string[];
}

/**
 * What the client tells the server as it starts (the `initializationOptions` of `initialize`):
 * the ignored occurrences of every document, by URI, so that a server started again after a
 * crash knows them before it publishes anything.
 */
export interface InitializationOptions {
  ignored?: Record<string, string[]>;
}

/** Identifies an occurrence by its rule and its text, so it survives edits elsewhere in the file. */
export function ignoreKey(rule: string, text: string): string {
  return `${rule}:${text.replace(/\s+/g, '')}`;
}
