// Export every hospital, date and figure of the active article to CSV or JSON for fact-checking.
import * as vscode from 'vscode';
import { LSPErrorCodes, ResponseError, type LanguageClient } from 'vscode-languageclient/node';
import { EntitiesRequest, type EntityRow } from '../../../server/src/protocol';

export function toCsv(rows: EntityRow[]): string {
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  return ['kind,text,value,line,column', ...rows.map((r) => [r.kind, r.text, r.value, r.line, r.column].map(cell).join(','))].join('\n') + '\n';
}

export async function exportEntities(client: LanguageClient, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) return undefined;
  const rows = await client.sendRequest<EntityRow[]>(EntitiesRequest, { uri: doc.uri.toString() }).catch(toldWhy);
  if (!rows) return undefined;
  if (rows.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No names, dates or figures found in this file.'));
    return undefined;
  }
  const uri = target ?? (await vscode.window.showSaveDialog({
    defaultUri: doc.uri.with({ path: doc.uri.path.replace(/(\.[^./]*)?$/, '.entities.csv') }),
    filters: { CSV: ['csv'], JSON: ['json'] },
    title: vscode.l10n.t('Export names, dates and figures'),
  }));
  if (!uri) return undefined;
  const body = uri.path.endsWith('.json') ? JSON.stringify(rows, null, 2) + '\n' : toCsv(rows);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(body));
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0} names, dates and figures.', rows.length));
  return uri;
}

/** Tells the user why the server could not list the entities (a message of our own, not the protocol's). */
function toldWhy(error: unknown): undefined {
  if (error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled) return undefined;
  const message = error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified
    ? vscode.l10n.t('The file kept changing while its names, dates and figures were being collected. Export again once you stop typing.')
    : vscode.l10n.t('Could not export names, dates and figures: {0}', error instanceof Error ? error.message : String(error));
  void vscode.window.showErrorMessage(message);
  return undefined;
}
