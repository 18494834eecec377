// The analysis of each open document, memoised per version and settings: every feature reads it
// from here, so a keystroke costs one analysis however many features ask.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from './analysis/analyse';
import type { AnalysisSettings } from './analysis/settings';
import type { ArticleAnalysis } from './analysis/types';

interface Entry {
  version: number;
  settings: AnalysisSettings;
  analysis: ArticleAnalysis;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly onRuleError: (rule: string, error: unknown) => void) {}

  get(doc: TextDocument, settings: AnalysisSettings): ArticleAnalysis {
    const e = this.entries.get(doc.uri);
    if (e && e.version === doc.version && e.settings === settings) return e.analysis;
    const analysis = analyse(doc.getText(), settings, { onRuleError: this.onRuleError });
    this.entries.set(doc.uri, { version: doc.version, settings, analysis });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
