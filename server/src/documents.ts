// The analysis of each open document, memoised per version and settings: every feature reads it
// from here, so a keystroke costs one analysis however many features ask.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from './analysis/analyse';
import { reanalyse } from './analysis/incremental';
import type { AnalysisSettings } from './analysis/settings';
import type { ArticleAnalysis } from './analysis/types';

interface Entry {
  version: number;
  settings: AnalysisSettings;
  analysis: ArticleAnalysis;
  /** Made by the quick re-analysis of the blocks around an edit; a full one is still owed. */
  provisional: boolean;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly onRuleError: (rule: string, error: unknown) => void) {}

  /** The exact analysis of the document's current version. */
  get(doc: TextDocument, settings: AnalysisSettings): ArticleAnalysis {
    const e = this.entries.get(doc.uri);
    if (e && e.version === doc.version && e.settings === settings && !e.provisional) return e.analysis;
    const analysis = analyse(doc.getText(), settings, { onRuleError: this.onRuleError });
    this.entries.set(doc.uri, { version: doc.version, settings, analysis, provisional: false });
    return analysis;
  }

  /**
   * An analysis of the current version made quickly from the previous one when only a few blocks
   * changed (see `reanalyse`); undefined when that is not possible.
   */
  quick(doc: TextDocument, settings: AnalysisSettings): ArticleAnalysis | undefined {
    const e = this.entries.get(doc.uri);
    if (!e || e.settings !== settings) return undefined;
    if (e.version === doc.version) return e.analysis;
    let analysis: ArticleAnalysis | undefined;
    try {
      analysis = reanalyse(e.analysis, doc.getText(), settings);
    } catch (error) {
      // the quick path is an optimisation: on any failure the full analysis answers instead
      this.onRuleError('quick re-analysis', error);
      analysis = undefined;
    }
    if (analysis) this.entries.set(doc.uri, { version: doc.version, settings, analysis, provisional: true });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
