// The floor under the server's figures: a peer that does no analysis at all. It keeps a document
// as the server does (a TextDocument) and publishes a set of diagnostics it was handed, over the
// same stdio JSON-RPC. Its time (serialise, pipe, parse) and its memory are what any server pays
// to hold that document and publish that many problems.
import { spawn, type ChildProcess } from 'node:child_process';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createProtocolConnection, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter,
  type Diagnostic, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { processMemory } from './lsp';

export const ECHO_PEER_FLAG = '--echo-peer';
const HOLD = 'bench/hold';
const OPEN = 'bench/open';
const PUBLISH = 'bench/publish';

/** Runs in the child process: keeps the diagnostics it is given, publishes them when asked. */
export function runEchoPeer(): void {
  const connection = createProtocolConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  let held: Diagnostic[] = [];
  const kept: TextDocument[] = [];
  connection.onNotification(OPEN, (p: { text: string }) => {
    const doc = TextDocument.create('file:///bench/echo.txt', 'plaintext', 1, p.text);
    doc.positionAt(0); // builds its line index, as the server's first request does
    kept.splice(0, kept.length, doc);
  });
  connection.onNotification(HOLD, (p: { diagnostics: Diagnostic[] }) => {
    held = p.diagnostics;
  });
  connection.onNotification(PUBLISH, (p: { uri: string; version: number }) => {
    void connection.sendNotification(PublishDiagnosticsNotification.type, { uri: p.uri, version: p.version, diagnostics: held });
  });
  connection.onClose(() => process.exit(0));
  connection.listen();
}

export class EchoPeer {
  private readonly proc: ChildProcess;
  private readonly connection: ProtocolConnection;
  private waiting: ((at: number) => void) | undefined;

  /** `script` is the bench's own bundle, which becomes the peer when given ECHO_PEER_FLAG. */
  constructor(script: string) {
    this.proc = spawn(process.execPath, [script, ECHO_PEER_FLAG], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, () => this.waiting?.(performance.now()));
    this.connection.listen();
  }

  get pid(): number {
    return this.proc.pid!;
  }

  memory(): { peak: number; now: number } {
    return processMemory(this.pid);
  }

  /** Hands the peer a document to keep, as a didOpen hands it to the server. */
  async open(text: string): Promise<void> {
    await this.connection.sendNotification(OPEN, { text });
  }

  async hold(diagnostics: Diagnostic[]): Promise<void> {
    await this.connection.sendNotification(HOLD, { diagnostics });
  }

  /** Milliseconds from asking for a publish to having read and parsed it. */
  async publish(version: number): Promise<number> {
    const arrived = new Promise<number>((resolve) => (this.waiting = resolve));
    const sent = performance.now();
    await this.connection.sendNotification(PUBLISH, { uri: 'file:///bench/echo.txt', version });
    return (await arrived) - sent;
  }

  dispose(): void {
    this.connection.dispose();
    this.proc.kill();
  }
}
