// activate(): start the language client and register the commands and views. Nothing else.
import * as vscode from 'vscode';
import { startClient } from './client';
import { registerCommands } from './commands';
import { RestartPolicy } from './restartPolicy';
import { ArticleOutline } from './views/outline';
import { ProblemSummary } from './views/statusBar';

/** What tests and other extensions can reach. */
export interface ArticleProofreaderApi {
  outline: ArticleOutline;
  status: ProblemSummary;
}

export async function activate(context: vscode.ExtensionContext): Promise<ArticleProofreaderApi> {
  const restarts = new RestartPolicy();
  const client = await startClient(context, restarts);
  const outline = new ArticleOutline(client);
  const status = new ProblemSummary();
  context.subscriptions.push(outline, status, ...registerCommands(context, client, outline, restarts));
  return { outline, status };
}

export function deactivate(): void {
  // the client is stopped by its disposable in context.subscriptions
}
