import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/analysis/analyse';
import { applyEdits, fixAllEdits, formatEdits } from '../../server/src/analysis/fixes';
import { withDefaults, type AnalysisSettings } from '../../server/src/analysis/settings';
import type { ArticleAnalysis, Span, TextEdit } from '../../server/src/analysis/types';
import { generateArticle } from '../bench/article';
import { largeHostileTexts, smallHostileTexts } from '../fixtures/hostile/texts';
import { noWs } from './helpers/samples';

const always = withDefaults({ plaintext: 'always' });
const DELETING = new Set(['doubled-text', 'duplicate-paragraph', 'partial-duplicate', 'duplicate-heading']);

/**
 * Applies non-overlapping edits in one pass, independently of the core's applyEdits (which the
 * last suite below times).
 */
function apply(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((x, y) => x.span.start - y.span.start);
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    out.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  out.push(text.slice(at));
  return out.join('');
}

/** The spans combined where they overlap or touch, as deletions. */
function deletionsOf(spans: Span[]): TextEdit[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out.map((span) => ({ span, newText: '' }));
}

/** Analyses the text, failing on a throw and on a rule that threw (the core would skip it quietly). */
function analyseStrictly(text: string, settings: Partial<AnalysisSettings>): ArticleAnalysis {
  const failed: string[] = [];
  const a = analyse(text, settings, { onRuleError: (rule, e) => failed.push(`${rule}: ${e instanceof Error ? e.message : String(e)}`) });
  assert.deepEqual(failed, [], 'a rule threw');
  return a;
}

function inside(what: string, s: Span, length: number): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: offsets are integers`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= length, `${what} [${s.start}, ${s.end}) lies inside the text of ${length}`);
}

/** Sorted, inside the text, and no two overlapping. */
function disjoint(what: string, edits: TextEdit[], length: number): void {
  const sorted = [...edits].sort((x, y) => x.span.start - y.span.start);
  sorted.forEach((e, i) => {
    inside(`${what} edit`, e.span, length);
    if (i > 0) assert.ok(e.span.start >= sorted[i - 1].span.end, `${what}: edits at ${sorted[i - 1].span.start} and ${e.span.start} overlap`);
  });
}

/** Every span the analysis holds lies inside the text; lines tile it. */
function checkSpans(a: ArticleAnalysis): void {
  const n = a.text.length;
  let at = 0;
  for (const l of a.lines) {
    assert.ok(l.start === at && l.start <= l.end && l.end <= l.next && l.next <= n, `line at ${l.start} tiles the text`);
    at = l.next;
  }
  assert.equal(at, n, 'the lines cover the whole text');
  a.blocks.forEach((b, i) => {
    inside(`block ${i}`, b.span, n);
    for (const j of b.joins) inside(`join of block ${i}`, j.span, n);
  });
  for (const art of a.articles) {
    inside('article', art.span, n);
    const walk = (s: (typeof art.sections)[number]) => {
      inside('section', s.span, n);
      s.children.forEach(walk);
    };
    art.sections.forEach(walk);
  }
  for (const e of a.entities) inside(`${e.kind} entity`, e.span, n);
  for (const f of a.findings) {
    inside(f.rule, f.span, n);
    disjoint(f.rule, f.edits ?? [], n);
    for (const o of f.options ?? []) disjoint(`${f.rule} option`, o.edits, n);
    for (const r of f.related ?? []) inside(`${f.rule} related`, r.span, n);
  }
}

/** Analysis, formatting and fix-all on one text, with every property the editor relies on. */
function survives(text: string, settings: AnalysisSettings = always): void {
  const a = analyseStrictly(text, settings);
  checkSpans(a);
  checkSpans(analyseStrictly(text, { plaintext: 'auto' }));

  const format = formatEdits(a, settings);
  disjoint('formatting', format, text.length);
  assert.equal(noWs(apply(text, format)), noWs(text), 'formatting keeps every non-whitespace character');

  const fixAll = fixAllEdits(a, settings);
  disjoint('fix-all', fixAll, text.length);
  // a repeated paragraph's removal may hold a doubled text's: the deletions are combined first
  const deleted = a.findings.filter((f) => f.safe && DELETING.has(f.rule) && settings.severity[f.rule] !== 'off')
    .flatMap((f) => (f.edits ?? []).filter((e) => e.newText === '').map((e) => e.span));
  assert.equal(noWs(apply(text, fixAll)), noWs(apply(text, deletionsOf(deleted))), 'fix-all deletes only what its findings name');
}

describe('hostile input: analysis, formatting and fix-all never throw and stay inside the text', () => {
  for (const { name, text } of smallHostileTexts()) {
    it(`survives ${name}`, () => survives(text));
  }

  it('survives a paragraph that ends in a lone high surrogate, with the other settings', () => {
    survives('医院成立于1950年。\n\n床位1200张\ud83d', withDefaults({ plaintext: 'always', cjkSpace: 'keep', blankLineBetweenBlocks: false }));
  });

  it('never puts a span boundary inside a surrogate pair', () => {
    const text = smallHostileTexts().find((t) => t.name === 'a surrogate pair at every column')!.text;
    const a = analyseStrictly(text, always);
    const cuts = (s: Span) => [s.start, s.end].some((o) => o > 0 && o < text.length && /[\ud800-\udbff]/.test(text[o - 1]) && /[\udc00-\udfff]/.test(text[o]));
    for (const f of a.findings) {
      assert.ok(!cuts(f.span), `${f.rule} at ${f.span.start} cuts a surrogate pair`);
      for (const e of f.edits ?? []) assert.ok(!cuts(e.span), `${f.rule} edit at ${e.span.start} cuts a surrogate pair`);
    }
    for (const e of [...formatEdits(a, always), ...fixAllEdits(a, always)]) assert.ok(!cuts(e.span), `edit at ${e.span.start} cuts a surrogate pair`);
  });
});

describe('large input: analysis, formatting and fix-all complete', () => {
  for (const { name, text } of largeHostileTexts()) {
    it(`survives ${name}`, () => survives(text));
  }
});

// Each of these once broke the core (found by this file): a stack overflow, a quadratic loop.
describe('input that once broke the core', () => {
  it('reports 150,000 half-width commas in one paragraph', () => {
    const a = analyseStrictly('医院,'.repeat(150_000), always);
    assert.equal(a.findings.filter((f) => f.rule === 'halfwidth-punctuation').length, 150_000);
  });

  it('formats a letter-spaced paragraph of 200,000 spaces', () => {
    const text = '医 '.repeat(200_000);
    const a = analyseStrictly(text, always);
    assert.equal(apply(text, formatEdits(a, always)), '医'.repeat(200_000) + '\n');
  });

  // speed is measured in the benchmarks (npm run bench); these check the result on big input
  it('applies thousands of formatting edits to a 250 KB article, as the edits say', () => {
    const text = generateArticle(250_000, 13);
    const edits = formatEdits(analyseStrictly(text, always), always);
    assert.ok(edits.length > 1000);
    assert.equal(applyEdits(text, edits), apply(text, edits));
  });

  it('checks 20,000 nested 《 》 and finds them balanced', () => {
    const text = '《'.repeat(20_000) + '医院' + '》'.repeat(20_000);
    const a = analyseStrictly(text, always);
    assert.equal(a.findings.filter((f) => f.rule === 'unbalanced-pair').length, 0);
  });
});
