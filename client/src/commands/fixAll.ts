// Fix all safe problems of the active article, asking first when it would make many edits.
import * as vscode from 'vscode';

const KIND = vscode.CodeActionKind.SourceFixAll.append('articleProofreader');

export async function fixAll(): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return 0;
  const doc = editor.document;
  const whole = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, whole, KIND.value)) ?? [];
  const action = actions.find((a) => a.kind && KIND.contains(a.kind) && a.edit);
  const edits = action?.edit?.get(doc.uri) ?? [];
  if (!action?.edit || edits.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to fix in this article.'));
    return 0;
  }
  const threshold = vscode.workspace.getConfiguration('articleProofreader', doc.uri).get<number>('fixAllPreviewThreshold', 5);
  if (edits.length > threshold) {
    const apply = vscode.l10n.t('Apply');
    const answer = await vscode.window.showInformationMessage(
      vscode.l10n.t('Fix all safe problems: {0} edits to this article. No wording changes.', edits.length),
      { modal: true },
      apply,
    );
    if (answer !== apply) return 0;
  }
  await vscode.workspace.applyEdit(action.edit);
  return edits.length;
}
