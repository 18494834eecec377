// What every feature needs: the connection, the open documents, their settings and analysis.
import type { CancellationToken, ClientCapabilities, Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisSettings } from './analysis/settings';
import type { ArticleAnalysis } from './analysis/types';
import type { Locale } from './convert';

/** An open article with its analysis and the settings it was made with. */
export interface Found {
  doc: TextDocument;
  analysis: ArticleAnalysis;
  settings: AnalysisSettings;
}

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  locale: Locale;
  /** What the editor said it can do, in its initialize request. */
  clientCapabilities: ClientCapabilities;
  settingsFor(uri: string): Promise<AnalysisSettings>;
  /**
   * The document's analysis, or undefined when it is not open or not an article. Given a request's
   * token, a change of the document meanwhile is the ContentModified error, and a cancelled token
   * the RequestCancelled one (see requests.ts).
   */
  analysisFor(uri: string, token?: CancellationToken): Promise<Found | undefined>;
  /**
   * The analysis of the current version made so far, quick or exact (see `analysisFor` for the
   * token). A quick one's blocks and articles are those the exact one will have, so features that
   * read only the structure take it; its entities may still differ near the edit, and a feature
   * that reads them hears of the exact one through `onExactAnalysis`.
   */
  latestAnalysisFor(uri: string, token?: CancellationToken): Promise<Found | undefined>;
  /**
   * As `analysisFor` and `latestAnalysisFor`, for a request about the whole document (it names no
   * position): a change meanwhile makes it start over on the newer version, a few times at most.
   */
  currentAnalysisFor(uri: string, token?: CancellationToken): Promise<Found | undefined>;
  currentStructureFor(uri: string, token?: CancellationToken): Promise<Found | undefined>;
  /** Registered by features that must hear when an exact analysis of a document is made. */
  onExactAnalysis(listener: (uri: string) => void): void;
  /** A quick provisional analysis after an edit, when one can be made (see `AnalysisCache.quick`). */
  quickAnalysisFor(uri: string): Promise<Found | undefined>;
  /** The occurrences the user chose to ignore in a document (see `ignoreKey`). */
  ignoredKeys(uri: string): ReadonlySet<string>;
  /** Registered by features that must hear when a document's analysis changes. */
  onAnalysisChanged(listener: (uri: string) => void): void;
}
