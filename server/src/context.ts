// What every feature needs: the connection, the open documents, their settings and analysis.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisSettings } from './analysis/settings';
import type { ArticleAnalysis } from './analysis/types';
import type { Locale } from './convert';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  locale: Locale;
  settingsFor(uri: string): Promise<AnalysisSettings>;
  /** The document's analysis, or undefined when it is not open or not an article. */
  analysisFor(uri: string): Promise<{ doc: TextDocument; analysis: ArticleAnalysis; settings: AnalysisSettings } | undefined>;
  /**
   * The analysis of the current version made so far, quick or exact, for features that read only
   * the structure: a quick one's blocks and articles are those the exact one will have.
   */
  structureFor(uri: string): Promise<{ doc: TextDocument; analysis: ArticleAnalysis; settings: AnalysisSettings } | undefined>;
  /** A quick provisional analysis after an edit, when one can be made (see `AnalysisCache.quick`). */
  quickAnalysisFor(uri: string): Promise<{ doc: TextDocument; analysis: ArticleAnalysis; settings: AnalysisSettings } | undefined>;
  /** The occurrences the user chose to ignore in a document (see `ignoreKey`). */
  ignoredKeys(uri: string): ReadonlySet<string>;
  /** Registered by features that must hear when a document's analysis changes. */
  onAnalysisChanged(listener: (uri: string) => void): void;
}
