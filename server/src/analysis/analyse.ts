// One pass shared by every feature: text in, every fact the editor shows out.
import { buildArticles } from './articles';
import { buildBlocks } from './blocks';
import { findEntities } from './entities';
import { runRules } from './rules';
import { withDefaults, type AnalysisSettings } from './settings';
import { looksLikeArticle, splitLines } from './text';
import type { ArticleAnalysis } from './types';

export interface AnalyseOptions {
  /** Told when a rule throws; the other rules still report. */
  onRuleError?: (rule: string, error: unknown) => void;
}

export function analyse(text: string, partial?: Partial<AnalysisSettings>, options: AnalyseOptions = {}): ArticleAnalysis {
  const settings = withDefaults(partial);
  const lines = splitLines(text);
  const isArticle = settings.plaintext === 'always' || (settings.plaintext === 'auto' && looksLikeArticle(text));
  const blocks = buildBlocks(text, lines);
  const articles = buildArticles(text, blocks);
  const entities = isArticle ? findEntities(text, { hospitals: settings.hospitals }) : [];
  const findings = runRules({ text, lines, blocks, entities, settings }, options.onRuleError);
  findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { text, isArticle, lines, blocks, articles, findings, entities };
}
