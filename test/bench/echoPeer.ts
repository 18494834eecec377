// The floor under keystroke-to-diagnostics: a peer that does no analysis at all and publishes a
// set of diagnostics it was handed, over the same stdio JSON-RPC as the server. What it takes
// (serialise, pipe, parse) is what any server pays to publish that many problems.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection, PublishDiagnosticsNotification, StreamMessageReader, StreamMessageWriter,
  type Diagnostic, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

export const ECHO_PEER_FLAG = '--echo-peer';
const HOLD = 'bench/hold';
const PUBLISH = 'bench/publish';

/** Runs in the child process: keeps the diagnostics it is given, publishes them when asked. */
export function runEchoPeer(): void {
  const connection = createProtocolConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  let held: Diagnostic[] = [];
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
