// The status bar item: the active article's problem count by kind; a click runs fix-all.
import * as vscode from 'vscode';
import { Commands, DIAGNOSTIC_SOURCE } from '../../../server/src/protocol';

export class ProblemSummary implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('articleProofreader.problems', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    this.item.name = vscode.l10n.t('Article Proofreader problems');
    this.item.command = Commands.fixAll;
    this.disposables.push(
      this.item,
      vscode.languages.onDidChangeDiagnostics(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('articleProofreader.statusBar') && this.update()),
    );
    this.update();
  }

  /** Counts by rule id of our diagnostics on a document. */
  static counts(uri: vscode.Uri): Map<string, number> {
    const counts = new Map<string, number>();
    for (const d of vscode.languages.getDiagnostics(uri)) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    return counts;
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const enabled = vscode.workspace.getConfiguration('articleProofreader').get<boolean>('statusBar', true);
    const counts = doc ? ProblemSummary.counts(doc.uri) : new Map<string, number>();
    if (!doc || !enabled || (counts.size === 0 && !['article', 'plaintext'].includes(doc.languageId))) {
      this.item.hide();
      return;
    }
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    this.item.text = total ? `$(book) ${vscode.l10n.t('{0} problems', total)}` : `$(book) $(check)`;
    const lines = [...counts].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule}: ${n}`);
    this.item.tooltip = new vscode.MarkdownString(
      [vscode.l10n.t('Article Proofreader'), '', ...lines.map((l) => `- ${l}`), '', vscode.l10n.t('Click to fix all safe problems.')].join('\n'),
    );
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
