// "Ignore this occurrence" (remembered per file in the workspace state and told to the server)
// and "turn this rule off in this workspace" (a workspace setting).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IgnoredNotification } from '../../../server/src/protocol';

const STATE_KEY = 'articleProofreader.ignored';

type Stored = Record<string, string[]>;

export async function ignoreOccurrence(context: vscode.ExtensionContext, client: LanguageClient, uri: string, key: string): Promise<void> {
  const stored = context.workspaceState.get<Stored>(STATE_KEY, {});
  const keys = [...new Set([...(stored[uri] ?? []), key])];
  await context.workspaceState.update(STATE_KEY, { ...stored, [uri]: keys });
  await client.sendNotification(IgnoredNotification, { uri, keys });
}

/** Every document's ignored occurrences, by URI: what a server is told as it starts. */
export function ignoredOccurrences(context: vscode.ExtensionContext): Record<string, string[]> {
  return context.workspaceState.get<Stored>(STATE_KEY, {});
}

export async function disableRule(rule: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('articleProofreader');
  const severity = { ...(config.inspect<Record<string, string>>('severity')?.workspaceValue ?? {}), [rule]: 'off' };
  const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('severity', severity, target);
  void vscode.window.showInformationMessage(vscode.l10n.t('Rule {0} is off in this workspace.', rule));
}

export async function openProjectFile(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to keep a project settings file in it.'));
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, '.article-proofreader.json');
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    const starter = { severity: { 'halfwidth-punctuation': 'information' }, cjkSpace: 'remove', hospitals: [], ignoredWords: [] };
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(starter, null, 2) + '\n'));
  }
  await vscode.window.showTextDocument(uri);
}
