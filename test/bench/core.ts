// The analysis core in this process: analyse, formatEdits and fixAllEdits on each input, side by
// side with AutoCorrect's Node binding formatting the same text; and where analyse spends its
// time on one input, stage by stage and rule by rule.
import { analyse, analysisSteps } from '../../server/src/analysis/analyse';
import { buildArticles } from '../../server/src/analysis/articles';
import { buildBlocks } from '../../server/src/analysis/blocks';
import { findEntities } from '../../server/src/analysis/entities';
import { fixAllEdits, formatEdits } from '../../server/src/analysis/fixes';
import { RULES } from '../../server/src/analysis/rules';
import { withDefaults, type AnalysisSettings } from '../../server/src/analysis/settings';
import type { ArticleAnalysis } from '../../server/src/analysis/types';
import { Lines } from '../../server/src/analysis/lines';
import { looksLikeArticle } from '../../server/src/analysis/text';
import { utf8Bytes } from './article';
import { mb, median, ms, printTable, timeRuns } from './stats';

export interface Input {
  name: string;
  text: string;
  runs: number;
}

/** AutoCorrect's `format`, or undefined when autocorrect-node is not installed. */
function loadAutoCorrect(): ((text: string) => string) | undefined {
  try {
    // kept out of the bundle (it is a native module); a devDependency for the benchmark only
    return (require('autocorrect-node') as { format: (text: string) => string }).format;
  } catch {
    return undefined;
  }
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Bytes of JS heap one value made by `make` keeps alive, or NaN without --expose-gc. A small value
 * is made many times over and the total shared out, or the collector's own noise would swamp it.
 */
function retainedHeap(make: () => unknown, copies: number): number {
  if (!gc) return NaN;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = Array.from({ length: copies }, make);
  gc();
  const after = process.memoryUsage().heapUsed;
  // reading `kept` after the second collection keeps the values alive through it
  return kept.length === copies ? (after - before) / copies : NaN;
}

export interface CoreResult {
  name: string;
  bytes: number;
  analyseMs: number;
  mbPerS: number;
}

export function benchCore(inputs: Input[]): CoreResult[] {
  const settings = withDefaults({ plaintext: 'always' });
  const autocorrect = loadAutoCorrect();
  const rows: string[][] = [];
  const results: CoreResult[] = [];
  for (const input of inputs) {
    const bytes = utf8Bytes(input.text);
    const a = analyse(input.text, settings);
    const analyseMs = median(timeRuns(input.runs, () => analyse(input.text, settings)));
    const formatMs = median(timeRuns(input.runs, () => formatEdits(a, settings)));
    const fixAllMs = median(timeRuns(input.runs, () => fixAllEdits(a, settings)));
    const longest: number[] = [];
    timeRuns(input.runs, () => stepByStep(input.text, settings, longest));
    // the warm-up runs recorded theirs first
    const stepMs = median(longest.slice(-input.runs));
    const theirsMs = autocorrect ? median(timeRuns(input.runs, () => autocorrect(input.text))) : NaN;
    // after the timed runs, so compiled code and lazily built tables are not counted
    const heap = retainedHeap(() => analyse(input.text, settings), Math.max(1, Math.round(2e6 / bytes)));
    const ratio = autocorrect ? ((analyseMs + formatMs) / theirsMs).toFixed(2) : 'n/a';
    const mbPerS = bytes / 1e6 / (analyseMs / 1000);
    results.push({ name: input.name, bytes, analyseMs, mbPerS });
    rows.push([
      input.name, mb(bytes), String(input.runs), ms(analyseMs), mbPerS.toFixed(1), ms(stepMs), ms(formatMs), ms(fixAllMs),
      String(a.findings.length), a.reduced ? 'yes' : 'no', Number.isNaN(heap) ? 'n/a' : `${(heap / bytes).toFixed(1)}x`, ms(theirsMs), ratio,
    ]);
  }
  printTable(
    ['input', 'size', 'runs', 'analyse ms', 'MB/s', 'longest step ms', 'formatEdits ms', 'fixAllEdits ms', 'findings', 'reduced', 'heap / size', 'AutoCorrect ms', 'ours/theirs'],
    rows,
  );
  console.log(
    '\nMB/s counts UTF-8 bytes. ours/theirs = (analyse + formatEdits) / AutoCorrect format(text), both on the same text;'
    + `\nAutoCorrect (autocorrect-node) only spaces and punctuates, it does not parse structure or find repeats.${autocorrect ? '' : ' Not installed: n/a.'}`
    + '\n"longest step": the longest part of analyse that the server runs without serving a message in between (above 100,000 characters).'
    + '\n"reduced": past settings.largeDocument (characters) the core skips entities and near repeats.'
    + '\n"heap / size": JS heap one ArticleAnalysis keeps alive beyond the text itself, over the UTF-8 size (needs --expose-gc).',
  );
  return results;
}

/** Runs the analysis step by step, as the server does, and records its longest step's time. */
function stepByStep(text: string, settings: AnalysisSettings, longest: number[]): ArticleAnalysis {
  const steps = analysisSteps(text, settings);
  let max = 0;
  for (;;) {
    const start = performance.now();
    const step = steps.next();
    max = Math.max(max, performance.now() - start);
    if (step.done) {
      longest.push(max);
      return step.value;
    }
  }
}

/** Median milliseconds of each stage of analyse, and of each rule, on one text. */
export function benchStages(input: Input): void {
  const settings = withDefaults({ plaintext: 'always' });
  const { text } = input;
  const lines = Lines.of(text);
  const blocks = buildBlocks(text, lines);
  const reduced = text.length > settings.largeDocument;
  const entities = reduced ? [] : findEntities(text, { hospitals: settings.hospitals });
  const ctx = { text, lines, blocks, entities, settings, reduced };
  const stages: [string, () => unknown][] = [
    ['Lines.of (line table)', () => Lines.of(text)],
    ['looksLikeArticle', () => looksLikeArticle(text)],
    ['buildBlocks', () => buildBlocks(text, lines)],
    ['buildArticles', () => buildArticles(text, blocks)],
    ['findEntities', () => (reduced ? [] : findEntities(text, { hospitals: settings.hospitals }))],
    // the four duplicate rules share one run, cached per context object: give each run its own
    ...RULES.map((r): [string, () => unknown] => [`rule ${r.id}`, () => r.check({ ...ctx })]),
  ];
  const rows = stages.map(([name, fn]) => {
    const t = median(timeRuns(input.runs, fn));
    return [name, ms(t)];
  });
  printTable(['stage', 'median ms'], rows);
  console.log('(the duplicate-* rules share one finder run; each row above runs it again, so count it once)');
}
