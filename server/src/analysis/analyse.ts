// One pass shared by every feature: text in, every fact the editor shows out.
import { buildArticles } from './articles';
import { blockSteps } from './blocks';
import { entitySteps } from './entities';
import { ruleSteps } from './rules';
import { withDefaults, type AnalysisSettings } from './settings';
import { Lines } from './lines';
import { finish } from './steps';
import { looksLikeArticle } from './text';
import type { ArticleAnalysis, Finding } from './types';

export interface AnalyseOptions {
  /** Told when a rule throws; the other rules still report. */
  onRuleError?: (rule: string, error: unknown) => void;
}

export function analyse(text: string, partial?: Partial<AnalysisSettings>, options: AnalyseOptions = {}): ArticleAnalysis {
  return finish(analysisSteps(text, partial, options));
}

/**
 * The same analysis in steps of a few milliseconds each on a long document: the server pauses
 * between them, so the editor's messages are served meanwhile and the work on a version that a
 * newer one has replaced can stop.
 */
export function* analysisSteps(text: string, partial?: Partial<AnalysisSettings>, options: AnalyseOptions = {}): Generator<void, ArticleAnalysis, void> {
  const settings = withDefaults(partial);
  const lines = Lines.of(text);
  const isArticle = settings.plaintext === 'always' || (settings.plaintext === 'auto' && looksLikeArticle(text));
  yield;
  const blocks = yield* blockSteps(text, lines);
  const articles = buildArticles(text, blocks);
  yield;
  const reduced = text.length > settings.largeDocument;
  const entities = isArticle && !reduced ? yield* entitySteps(text, { hospitals: settings.hospitals }) : [];
  yield;
  const findings = yield* ruleSteps({ text, lines, blocks, entities, settings, reduced }, options.onRuleError);
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { text, isArticle, lines, blocks, articles, findings: withoutIgnoredWords(text, findings, settings.ignoredWords), entities, reduced };
}

/** Drops findings that sit on a word the newsroom told us to leave alone. */
function withoutIgnoredWords(text: string, findings: Finding[], words: string[]): Finding[] {
  if (words.length === 0) return findings;
  const ignored = new Set(words.map((w) => w.replace(/\s+/g, '')));
  // a span shorter than every ignored word cannot hold one, whitespace removed or not
  let shortest = Infinity;
  for (const w of ignored) shortest = Math.min(shortest, w.length);
  return findings.filter((f) => {
    const length = f.span.end - f.span.start;
    return length > 60 || length < shortest || !ignored.has(text.slice(f.span.start, f.span.end).replace(/\s+/g, ''));
  });
}

