// The Article Outline view in the Explorer: the active article's articles and sections, click to
// go there, following the cursor; refreshed after edits with a debounce so it does not flicker.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, DIAGNOSTIC_SOURCE, IsArticleRequest } from '../../../server/src/protocol';

const REFRESH_MS = 300;

export class ArticleOutline implements vscode.TreeDataProvider<vscode.DocumentSymbol>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.DocumentSymbol | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<vscode.DocumentSymbol>;
  private readonly disposables: vscode.Disposable[] = [];
  private roots: vscode.DocumentSymbol[] = [];
  private readonly parents = new Map<vscode.DocumentSymbol, vscode.DocumentSymbol>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient) {
    this.view = vscode.window.createTreeView('articleProofreader.outline', { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.follow(e.textEditor)),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const doc = vscode.window.activeTextEditor?.document;
        if (doc && e.uris.some((u) => u.toString() === doc.uri.toString())) this.schedule();
      }),
    );
    void this.refresh();
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  /** Reloads the sections of the active editor's document. */
  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    let isArticle = false;
    if (doc) isArticle = await this.client.sendRequest<boolean>(IsArticleRequest, { uri: doc.uri.toString() }).catch(() => false);
    await vscode.commands.executeCommand('setContext', 'articleProofreader.isArticle', isArticle);
    this.roots = doc && isArticle
      ? (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? []
      : [];
    this.parents.clear();
    const index = (xs: vscode.DocumentSymbol[], parent?: vscode.DocumentSymbol) => {
      for (const s of xs) {
        if (parent) this.parents.set(s, parent);
        index(s.children ?? [], s);
      }
    };
    index(this.roots);
    this.view.message = doc && !isArticle ? vscode.l10n.t('This file is not read as a Chinese article.') : undefined;
    this.changed.fire(undefined);
  }

  /** The sections currently shown (for tests and commands). */
  get sections(): readonly vscode.DocumentSymbol[] {
    return this.roots;
  }

  private follow(editor: vscode.TextEditor): void {
    if (!this.view.visible || editor.document !== vscode.window.activeTextEditor?.document) return;
    const at = editor.selection.active;
    let best: vscode.DocumentSymbol | undefined;
    const walk = (xs: vscode.DocumentSymbol[]) => {
      for (const s of xs) {
        if (s.range.contains(at)) {
          best = s;
          walk(s.children ?? []);
        }
      }
    };
    walk(this.roots);
    if (best) void this.view.reveal(best, { select: true, focus: false }).then(undefined, () => undefined);
  }

  getTreeItem(s: vscode.DocumentSymbol): vscode.TreeItem {
    const item = new vscode.TreeItem(
      s.name,
      s.children?.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    const problems = this.problemsIn(s.range);
    item.description = problems ? vscode.l10n.t('{0} problems', problems) : '';
    item.tooltip = `${s.name}\n${vscode.l10n.t('line {0}', s.range.start.line + 1)}`;
    item.iconPath = new vscode.ThemeIcon(s.kind === vscode.SymbolKind.Module ? 'book' : s.kind === vscode.SymbolKind.Array ? 'file-media' : 'symbol-key');
    item.command = { command: Commands.revealSection, title: '', arguments: [s.selectionRange] };
    return item;
  }

  /** Our diagnostics of the active document inside a range. */
  problemsIn(range: vscode.Range): number {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc) return 0;
    return vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE && range.contains(d.range.start)).length;
  }

  getChildren(s?: vscode.DocumentSymbol): vscode.DocumentSymbol[] {
    return s ? s.children ?? [] : this.roots;
  }

  getParent(s: vscode.DocumentSymbol): vscode.DocumentSymbol | undefined {
    return this.parents.get(s);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
