// activate(): start the language client and register the commands and views. Nothing else.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { startClient } from './client';
import { ArticleOutline } from './views/outline';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const client = await startClient(context);
  const outline = new ArticleOutline(client);
  context.subscriptions.push(outline, ...registerCommands(client, outline));
}

export function deactivate(): void {
  // the client is stopped by its disposable in context.subscriptions
}
