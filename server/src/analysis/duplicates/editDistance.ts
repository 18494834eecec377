// Edit (Levenshtein) distance, bounded: only the diagonal band |i - j| <= k of the table is
// computed, so confirming a candidate costs O(k x length) and stops as soon as k is exceeded.

/** The lengths of the common prefix and the common suffix (not overlapping it) of a and b. */
function commonEnds(a: string, b: string): [number, number] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a.charCodeAt(pre) === b.charCodeAt(pre)) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a.charCodeAt(a.length - 1 - suf) === b.charCodeAt(b.length - 1 - suf)) suf++;
  return [pre, suf];
}

/** The edit distance of a and b when it is at most k, otherwise k + 1. */
export function boundedEditDistance(a: string, b: string, k: number): number {
  const [pre, suf] = commonEnds(a, b);
  const m = a.length - pre - suf;
  const n = b.length - pre - suf;
  if (Math.abs(m - n) > k) return k + 1;
  if (m === 0 || n === 0) return Math.max(m, n);
  const big = k + 1;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j <= k ? j : big;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(n, i + k);
    cur[lo - 1] = lo === 1 && i <= k ? i : big;
    let rowMin = cur[lo - 1];
    const ca = a.charCodeAt(pre + i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ca === b.charCodeAt(pre + j - 1) ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      cur[j] = v > big ? big : v;
      if (v < rowMin) rowMin = v;
    }
    // the next row reads one cell past this row's band
    if (hi < n) cur[hi + 1] = big;
    if (rowMin > k) return big;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[n], big);
}

/**
 * The edit distance of a and b when it is at most k, otherwise k + 1, trying bounds 1, 2, 4...
 * so that close texts cost O(distance x length) however large k is.
 */
export function editDistanceUpTo(a: string, b: string, k: number): number {
  for (let bound = Math.min(1, k); ; bound = Math.min(2 * bound, k)) {
    const d = boundedEditDistance(a, b, bound);
    if (d <= bound || bound === k) return d > k ? k + 1 : d;
  }
}

/** A differing run: first[aStart, aEnd) became later[bStart, bEnd). */
export interface Run {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * The runs where `later` differs from `first`, from one minimal alignment found in the band
 * |i - j| <= k: k must be at least their edit distance, and the table takes O(k x length).
 */
export function differingRuns(first: string, later: string, k: number): Run[] {
  const [pre, suf] = commonEnds(first, later);
  const m = first.length - pre - suf;
  const n = later.length - pre - suf;
  if (m === 0 && n === 0) return [];
  const width = 2 * k + 1;
  const big = 1 << 30;
  const table = new Int32Array((m + 1) * width).fill(big);
  const at = (i: number, j: number) => (Math.abs(i - j) > k || j < 0 || j > n ? big : table[i * width + j - i + k]);
  for (let i = 0; i <= m; i++) {
    for (let j = Math.max(0, i - k); j <= Math.min(n, i + k); j++) {
      let v: number;
      if (i === 0) v = j;
      else if (j === 0) v = i;
      else {
        const same = first.charCodeAt(pre + i - 1) === later.charCodeAt(pre + j - 1);
        v = Math.min(at(i - 1, j - 1) + (same ? 0 : 1), at(i - 1, j) + 1, at(i, j - 1) + 1);
      }
      table[i * width + j - i + k] = v;
    }
  }
  return traceRuns(first, later, pre, m, n, at);
}

/** Walks the table back from its corner and gathers consecutive edits into runs. */
function traceRuns(first: string, later: string, pre: number, m: number, n: number, at: (i: number, j: number) => number): Run[] {
  const runs: Run[] = [];
  let open: Run | undefined;
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const d = at(i, j);
    const same = i > 0 && j > 0 && first.charCodeAt(pre + i - 1) === later.charCodeAt(pre + j - 1);
    if (same && at(i - 1, j - 1) === d) {
      open = undefined;
      i--;
      j--;
      continue;
    }
    if (!open) {
      open = { aStart: pre + i, aEnd: pre + i, bStart: pre + j, bEnd: pre + j };
      runs.unshift(open);
    }
    if (i > 0 && j > 0 && at(i - 1, j - 1) + 1 === d) {
      i--;
      j--;
    } else if (i > 0 && at(i - 1, j) + 1 === d) i--;
    else j--;
    open.aStart = pre + i;
    open.bStart = pre + j;
  }
  return runs;
}
