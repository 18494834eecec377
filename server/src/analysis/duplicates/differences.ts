// What a near repeat changed, as short strings a person can read.
import { differingRuns, type Run } from './editDistance';
import type { Difference } from './types';

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Whether offset `at` falls between the two halves of a surrogate pair. */
function splitsPair(s: string, at: number): boolean {
  return at > 0 && at < s.length && isHigh(s.charCodeAt(at - 1)) && isLow(s.charCodeAt(at));
}

/**
 * Widens a run that cuts a surrogate pair (𠀀 and 𠀁 share their first half) to the whole
 * character. The characters just outside a run are matched ones, so both sides move together.
 */
function widen(first: string, later: string, r: Run): Run {
  const w = { ...r };
  while (splitsPair(first, w.aStart) || splitsPair(later, w.bStart)) {
    w.aStart--;
    w.bStart--;
  }
  while (splitsPair(first, w.aEnd) || splitsPair(later, w.bEnd)) {
    w.aEnd++;
    w.bEnd++;
  }
  return w;
}

/** Joins runs that touch or overlap once widened. */
function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && r.aStart <= last.aEnd && r.bStart <= last.bEnd) {
      last.aEnd = Math.max(last.aEnd, r.aEnd);
      last.bEnd = Math.max(last.bEnd, r.bEnd);
    } else out.push({ ...r });
  }
  return out;
}

/** The runs where `later` differs from `first`; k is at least their edit distance. */
export function describeDifferences(first: string, later: string, k: number): Difference[] {
  const runs = mergeRuns(differingRuns(first, later, k).map((r) => widen(first, later, r)));
  return runs.map((r) => ({ later: later.slice(r.bStart, r.bEnd), first: first.slice(r.aStart, r.aEnd) }));
}
