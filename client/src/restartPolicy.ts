// When a server that stopped unexpectedly is started again. Plain data, no VS Code: the client's
// error handler (client.ts) asks it, and unit tests can too.

/** At most this many unexpected stops in WINDOW_MS: the last of them is not followed by a restart. */
export const MOST_STOPS = 5;
export const WINDOW_MS = 3 * 60_000;

export class RestartPolicy {
  private readonly stops: number[] = [];

  constructor(private readonly most = MOST_STOPS, private readonly windowMs = WINDOW_MS) {}

  /**
   * Records an unexpected stop at `now` (milliseconds): whether to start the server again. A server
   * that keeps failing as it starts would otherwise be restarted forever.
   */
  restartAfterStop(now: number): boolean {
    this.stops.push(now);
    while (now - this.stops[0] > this.windowMs) this.stops.shift();
    return this.stops.length < this.most;
  }

  /** The user started the server by hand: earlier stops no longer count. */
  forget(): void {
    this.stops.length = 0;
  }
}
