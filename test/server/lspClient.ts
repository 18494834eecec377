// A real LSP client for the tests: spawns the built server (out/server/server.js --stdio) and
// talks JSON-RPC to it over its stdio, as an editor does.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  createProtocolConnection, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
  StreamMessageReader, StreamMessageWriter, type Diagnostic, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const serverPath = path.resolve(__dirname, '..', '..', 'server', 'server.js');

export class TestClient {
  readonly connection: ProtocolConnection;
  private readonly proc: ChildProcess;
  private readonly waiters = new Map<string, ((d: Diagnostic[]) => void)[]>();
  private readonly listeners: ((p: PublishDiagnosticsParams) => void)[] = [];
  capabilities: InitializeResult['capabilities'] = {};
  configuration: Record<string, unknown> | null = null;
  /** How many times the server asked for the semantic tokens to be fetched again. */
  tokenRefreshes = 0;
  private refreshWaiters: (() => void)[] = [];

  constructor() {
    this.proc = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      for (const listener of this.listeners) listener(p);
      const ws = this.waiters.get(p.uri) ?? [];
      this.waiters.delete(p.uri);
      for (const w of ws) w(p.diagnostics);
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.configuration));
    this.connection.onRequest('workspace/semanticTokens/refresh', () => {
      this.tokenRefreshes++;
      for (const w of this.refreshWaiters.splice(0)) w();
      return null;
    });
    this.connection.listen();
  }

  /**
   * `window`: the client's window capabilities (none by default, as for a plain editor); `trace`:
   * the server trace asked for, as the client's trace.server setting sends it; `workspace`: more
   * workspace capabilities (configuration is always there).
   */
  async initialize(locale = 'en', window: object = {}, trace: 'off' | 'messages' | 'verbose' = 'off', workspace: object = {}, initializationOptions?: object): Promise<void> {
    const r = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale,
      trace,
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, ...workspace },
        textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { relatedInformation: true } },
        window,
      },
    });
    this.capabilities = r.capabilities;
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /**
   * Calls `listener` with every publishDiagnostics as well (a second handler of the notification
   * would replace the client's own, and its waiters with it).
   */
  onPublish(listener: (p: PublishDiagnosticsParams) => void): void {
    this.listeners.push(listener);
  }

  /** Resolves when the server next asks for the semantic tokens to be fetched again. */
  nextTokenRefresh(): Promise<void> {
    return new Promise((resolve) => this.refreshWaiters.push(resolve));
  }

  /** Resolves with the next diagnostics published for the uri. */
  nextDiagnostics(uri: string): Promise<Diagnostic[]> {
    return new Promise((resolve) => this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), resolve]));
  }

  async open(uri: string, text: string, languageId = 'plaintext', version = 1): Promise<Diagnostic[]> {
    const d = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return d;
  }

  async dispose(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    this.connection.dispose();
    this.proc.kill();
  }
}

/** Applies LSP text edits to a text (the positions are UTF-16 based, as LSP says). */
export function applyLspEdits(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const at = (p: { line: number; character: number }) => starts[p.line] + p.character;
  const sorted = [...edits].sort((a, b) => at(b.range.start) - at(a.range.start));
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    const s = at(e.range.start);
    const t = at(e.range.end);
    if (t > limit) throw new Error('overlapping edits');
    out = out.slice(0, s) + e.newText + out.slice(t);
    limit = s;
  }
  return out;
}
