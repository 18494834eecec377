// A small LSP client for the benchmarks, a copy of test/server/lspClient.ts that also exposes
// what a benchmark needs: the server's pid (for its peak memory), the version each set of
// diagnostics was published for, and the time it arrived.
import { spawn, type ChildProcess } from 'node:child_process';
import type { PublishTiming } from '../../server/src/features/diagnostics';
import fs from 'node:fs';
import path from 'node:path';
import {
  createProtocolConnection, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
  StreamMessageReader, StreamMessageWriter, type Diagnostic, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/** out/server/server.js, seen from out/test/bench/. */
export const serverPath = path.resolve(__dirname, '..', '..', 'server', 'server.js');

export interface Published {
  version: number | undefined;
  diagnostics: Diagnostic[];
  /** performance.now() when the notification was read. */
  at: number;
}

interface Waiter {
  version: number;
  resolve: (p: Published) => void;
}

export class BenchClient {
  readonly connection: ProtocolConnection;
  private readonly proc: ChildProcess;
  private readonly waiters = new Map<string, Waiter[]>();
  /** What each round of diagnostics cost the server, from its verbose trace, in the order sent. */
  readonly timings: PublishTiming[] = [];

  /** `settings`: what the client answers when the server asks for its configuration section. */
  constructor(settings: object | null = null) {
    // BENCH_NODE_ARGS passes options to the server's node, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof'
    const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
    this.proc = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const published: Published = { version: p.version, diagnostics: p.diagnostics, at: performance.now() };
      const ws = this.waiters.get(p.uri) ?? [];
      const ready = ws.filter((w) => (p.version ?? Infinity) >= w.version);
      this.waiters.set(p.uri, ws.filter((w) => !ready.includes(w)));
      for (const w of ready) w.resolve(published);
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    // the server tells about a large document with a message; answer as a user who dismisses it
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
    this.connection.onNotification('window/showMessage', () => undefined);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('$/logTrace', (p: { verbose?: string }) => {
      if (p.verbose) this.timings.push(JSON.parse(p.verbose) as PublishTiming);
    });
    this.connection.listen();
  }

  get pid(): number {
    return this.proc.pid!;
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      // for the server's own figures (see `timings`): a trace notification after each publish
      trace: 'verbose',
      capabilities: {
        // as VS Code: the server may ask for the semantic tokens again
        workspace: { configuration: true, semanticTokens: { refreshSupport: true } },
        textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /**
   * Resolves with the last diagnostics published for the uri once `quietMs` pass without another:
   * a server may publish a quick, provisional set first and the exact one later.
   */
  async settled(uri: string, version: number, quietMs: number): Promise<Published> {
    let last = await this.diagnosticsFor(uri, version);
    for (;;) {
      const next = await Promise.race([
        this.diagnosticsFor(uri, version),
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), quietMs)),
      ]);
      if (!next) return last;
      last = next;
    }
  }

  /** Resolves with the first diagnostics published for the uri at `version` or later. */
  diagnosticsFor(uri: string, version: number): Promise<Published> {
    return new Promise((resolve) => this.waiters.set(uri, [...(this.waiters.get(uri) ?? []), { version, resolve }]));
  }

  async open(uri: string, text: string, version = 1): Promise<Published> {
    const d = this.diagnosticsFor(uri, version);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
    return d;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The server's memory: peak resident set (VmHWM) and current (VmRSS), in bytes. */
  memory(): { peak: number; now: number } {
    return processMemory(this.pid);
  }

  async dispose(): Promise<void> {
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    // let the server exit by itself (so a --cpu-prof profile gets written), then make sure
    const exited = new Promise<void>((resolve) => this.proc.once('exit', () => resolve()));
    await this.connection.sendNotification('exit').catch(() => undefined);
    const timer = setTimeout(() => this.proc.kill(), 5000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** A process's memory from /proc: peak resident set (VmHWM) and current (VmRSS), in bytes. */
export function processMemory(pid: number): { peak: number; now: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { peak: kb('VmHWM'), now: kb('VmRSS') };
}
