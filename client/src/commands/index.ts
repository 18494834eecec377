// The command table: ids `articleProofreader.<verb>`, each a small function.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, LANGUAGE_ID } from '../../../server/src/protocol';
import type { RestartPolicy } from '../restartPolicy';
import type { ArticleOutline } from '../views/outline';
import { exportEntities } from './exportEntities';
import { fixAll } from './fixAll';
import { disableRule, ignoreOccurrence, openProjectFile } from './ignore';
import { gotoSection, revealRange } from './sections';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, outline: ArticleOutline, restarts: RestartPolicy): vscode.Disposable[] {
  const table: Record<string, (...args: never[]) => unknown> = {
    [Commands.nextSection]: () => gotoSection(1),
    [Commands.previousSection]: () => gotoSection(-1),
    [Commands.revealSection]: (range: vscode.Range) => revealRange(range),
    [Commands.refreshOutline]: () => outline.refresh(),
    [Commands.fixAll]: () => fixAll(),
    [Commands.exportEntities]: (target?: vscode.Uri) => exportEntities(client, target),
    [Commands.ignoreOccurrence]: (uri: string, key: string) => ignoreOccurrence(context, client, uri, key),
    [Commands.disableRule]: (rule: string) => disableRule(rule),
    [Commands.openProjectFile]: () => openProjectFile(),
    [Commands.restartServer]: () => {
      restarts.forget();
      return client.restart();
    },
    [Commands.treatAsArticle]: async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
    },
  };
  return Object.entries(table).map(([id, fn]) => vscode.commands.registerCommand(id, fn));
}
