// The language client: starts the bundled server over IPC for article and plain-text documents,
// and starts it again when it stops unexpectedly.
import * as vscode from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { LANGUAGE_ID, SETTINGS_SECTION, type InitializationOptions } from '../../server/src/protocol';
import { ignoredOccurrences } from './commands/ignore';
import { MOST_STOPS, RestartPolicy, WINDOW_MS } from './restartPolicy';

export async function startClient(context: vscode.ExtensionContext, restarts: RestartPolicy): Promise<LanguageClient> {
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
    // read at every start, a restart after a crash too: the new server must know them before it reports
    initializationOptions: (): InitializationOptions => ({ ignored: ignoredOccurrences(context) }),
    errorHandler: restartingHandler(restarts),
  };
  const client = new LanguageClient('articleProofreader', 'Article Proofreader', serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
  return client;
}

function restartingHandler(restarts: RestartPolicy): ErrorHandler {
  return {
    // a message that cannot be written: go on unless it keeps happening (as the library's own handler)
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      if (restarts.restartAfterStop(Date.now())) {
        return { action: CloseAction.Restart, message: vscode.l10n.t('The proofreading server stopped unexpectedly and was started again.') };
      }
      const minutes = WINDOW_MS / 60_000;
      const message = vscode.l10n.t('The proofreading server stopped {0} times in {1} minutes and was not started again: see why in Output, Article Proofreader, then run "Article Proofreader: Restart Server".', MOST_STOPS, minutes);
      return { action: CloseAction.DoNotRestart, message };
    },
  };
}
