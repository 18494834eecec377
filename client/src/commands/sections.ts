// Moving between sections: reads the document symbols, so it follows what Outline shows.
import * as vscode from 'vscode';

/** Every section heading of the active document, in order, flattened from the symbol tree. */
export async function sectionStarts(doc: vscode.TextDocument): Promise<vscode.Range[]> {
  const symbols = (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri)) ?? [];
  const out: vscode.Range[] = [];
  const walk = (xs: vscode.DocumentSymbol[]) => {
    for (const s of xs) {
      if (s.kind === vscode.SymbolKind.Class || s.kind === vscode.SymbolKind.Method) out.push(s.selectionRange);
      walk(s.children ?? []);
    }
  };
  walk(symbols);
  return out.sort((a, b) => a.start.compareTo(b.start));
}

export async function gotoSection(direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const here = editor.selection.active;
  const starts = await sectionStarts(editor.document);
  const target = direction > 0 ? starts.find((r) => r.start.line > here.line) : [...starts].reverse().find((r) => r.start.line < here.line);
  if (target) revealRange(target);
}

export function revealRange(range: vscode.Range): void {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
}
