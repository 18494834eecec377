// The language client: starts the bundled server over IPC for article and plain-text documents.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { LANGUAGE_ID, SETTINGS_SECTION } from '../../server/src/protocol';

export async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('out/server/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'vscode-remote' },
    ],
    synchronize: {
      configurationSection: SETTINGS_SECTION,
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.article-proofreader.json'),
    },
    initializationOptions: {},
  };
  const client = new LanguageClient('articleProofreader', 'Article Proofreader', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
  return client;
}
