// What a near repeat changed, as short strings a person can read.
import { splitsPair } from '../charCodes';
import { differingRuns, type Run } from './editDistance';
import type { Difference } from './types';

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
