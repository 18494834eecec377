// Timing helpers and a plain-text table for the benchmarks.

export const median = (xs: number[]): number => percentile(xs, 50);

/** The p-th percentile (nearest rank) of the samples. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Warm-up goes on until this much time has passed, as well as for a third of the runs. */
const WARM_UP_MS = 300;

/**
 * Runs `fn` to warm it up, then `runs` times; milliseconds. Warm-up lasts a third as many runs
 * as measured (at least one) and at least WARM_UP_MS: the optimising compiler works in the
 * background, and a few runs of a 15 KB article (a millisecond each) end before it has compiled
 * what the server, warm after a few keystrokes, runs. The result of each run stays alive while
 * the next one runs, as the server keeps the last analysis of a document while it makes the next,
 * and the garbage of a run is collected when the engine chooses, so its cost falls on the runs as
 * it would in the server. (Forcing a collection before each run with nothing alive would also
 * throw away the optimised code built for the objects of the last run, and time code the server
 * seldom runs.)
 */
export function timeRuns(runs: number, fn: () => unknown): number[] {
  const last: unknown[] = [];
  const warmStart = performance.now();
  for (let w = Math.max(1, Math.floor(runs / 3)); w > 0 || performance.now() - warmStart < WARM_UP_MS; w--) last[0] = fn();
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const result = fn();
    out.push(performance.now() - start);
    last[0] = result;
  }
  return out;
}

export const ms = (x: number): string => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) : 'n/a');
export const mb = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} KB`);

/** Prints rows as a Markdown table with right-aligned columns after the first. */
export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
