// A quick, provisional re-analysis after an edit: only the blocks around the edit are analysed
// again; everything before is kept and everything after is shifted. Repeats across the document
// are left out near the edit. The caller follows it with a full analysis once typing pauses, so
// the editor sees fresh problems at once and exact ones a moment later.
import { buildArticles } from './articles';
import { buildBlocks } from './blocks';
import { findEntities } from './entities';
import { RULES } from './rules';
import type { AnalysisSettings } from './settings';
import { lineIndexAt, splitLines } from './text';
import type { ArticleAnalysis, Block, Entity, Finding, Line, Span } from './types';

/** Rules whose findings depend on one block only, so they can run on the blocks near an edit. */
const LOCAL_RULES = new Set(['broken-wrap', 'split-paragraph', 'split-number', 'cjk-space', 'doubled-text', 'halfwidth-punctuation', 'stray-latin', 'unbalanced-pair']);

/** The edit between two texts: the differing middle, found from the common prefix and suffix. */
export function textChange(before: string, after: string): { start: number; end: number; delta: number } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (suffix < max - start && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, end: before.length - suffix, delta: after.length - before.length };
}

/**
 * The provisional analysis of `text` after an edit of `prev.text`, or undefined when the edit is
 * too large or the blocks around it read differently on their own (the caller then runs a full
 * analysis).
 */
export function reanalyse(prev: ArticleAnalysis, text: string, settings: AnalysisSettings): ArticleAnalysis | undefined {
  const { start, end, delta } = textChange(prev.text, text);
  if (prev.blocks.length < 8 || end - start > 2000 || Math.abs(delta) > 2000) return undefined;
  const first = Math.max(0, firstBlockEndingAfter(prev.blocks, start) - 2);
  const last = Math.min(prev.blocks.length - 1, lastBlockStartingBefore(prev.blocks, end) + 2);
  if (first >= last) return undefined;
  const lineOfStart = lineIndexAt(prev.lines, prev.blocks[first].span.start);
  const lineOfEnd = lineIndexAt(prev.lines, prev.blocks[last].span.end);
  const from = prev.lines[lineOfStart].start;
  const to = prev.lines[lineOfEnd].end;
  if (start < from || end > to) return undefined;

  const regionText = text.slice(from, to + delta);
  const local = buildBlocks(regionText, splitLines(regionText), { underHeading: underHeading(prev.blocks, first) }).map((b) => shiftBlock(b, from, lineOfStart));
  if (!sameBlock(local[0], prev.blocks[first], 0) || !sameBlock(local[local.length - 1], prev.blocks[last], delta)) return undefined;

  const lines = patchLines(prev.lines, text, lineOfStart, lineOfEnd, from, to, delta);
  const lineShift = lines.length - prev.lines.length;
  const blocks = [
    ...prev.blocks.slice(0, first).map((b) => ({ ...b })),
    ...local,
    ...prev.blocks.slice(last + 1).map((b) => shiftBlock(b, delta, lineShift)),
  ];
  const articles = buildArticles(text, blocks);
  const ctx = { text, lines, blocks: local, entities: [], settings, reduced: true };
  const fresh: Finding[] = [];
  for (const rule of RULES) {
    if (!LOCAL_RULES.has(rule.id) || settings.severity[rule.id] === 'off') continue;
    for (const f of rule.check(ctx)) fresh.push(f);
  }
  const keep = (s: Span) => s.end <= from || s.start >= to;
  const findings = [
    ...prev.findings.filter((f) => keep(f.span) && (f.related ?? []).every((r) => keep(r.span))).map((f) => shiftFinding(f, to, delta)),
    ...fresh,
  ].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const regionEntities = prev.entities.length ? findEntities(regionText, { hospitals: settings.hospitals }).map((e) => shiftEntity(e, 0, from)) : [];
  const entities = [
    ...prev.entities.filter((e) => e.span.end <= from),
    ...regionEntities,
    ...prev.entities.filter((e) => e.span.start >= to).map((e) => shiftEntity(e, to, delta)),
  ];
  return { text, isArticle: prev.isArticle, lines, blocks, articles, findings, entities, reduced: prev.reduced };
}

/** Whether a level-1 heading of the same article comes before block i. */
function underHeading(blocks: Block[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (blocks[j].kind === 'title') return false;
    if (blocks[j].kind === 'heading') return true;
  }
  return false;
}

function firstBlockEndingAfter(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].span.end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lastBlockStartingBefore(blocks: Block[], offset: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid].span.start > offset) hi = mid - 1;
    else lo = mid;
  }
  return lo;
}

/** The old lines before the region, the region's lines anew, the old lines after it shifted. */
function patchLines(old: Line[], text: string, a: number, b: number, from: number, to: number, delta: number): Line[] {
  const middle = splitLines(text.slice(from, to + delta)).map((l) => ({ ...l, start: l.start + from, end: l.end + from, next: l.next + from }));
  const after = old.slice(b + 1).map((l) => ({ ...l, start: l.start + delta, end: l.end + delta, next: l.next + delta }));
  // the region's last line keeps the old line break after it
  const lastMiddle = middle[middle.length - 1];
  lastMiddle.next = old[b].next + delta;
  return [...old.slice(0, a), ...middle, ...after];
}

function shiftBlock(b: Block, by: number, lines: number): Block {
  return {
    ...b,
    span: { start: b.span.start + by, end: b.span.end + by },
    firstLine: b.firstLine + lines,
    lastLine: b.lastLine + lines,
    joins: b.joins.map((j) => ({ ...j, span: { start: j.span.start + by, end: j.span.end + by } })),
  };
}

function sameBlock(a: Block | undefined, b: Block, delta: number): boolean {
  return a !== undefined && a.kind === b.kind && a.level === b.level && a.text === b.text && a.span.start === b.span.start + delta;
}

function shiftSpan(s: Span, after: number, delta: number): Span {
  return s.start >= after ? { start: s.start + delta, end: s.end + delta } : s;
}

function shiftFinding(f: Finding, after: number, delta: number): Finding {
  if (f.span.start < after && (f.related ?? []).every((r) => r.span.start < after)) return f;
  return {
    ...f,
    span: shiftSpan(f.span, after, delta),
    edits: f.edits?.map((e) => ({ ...e, span: shiftSpan(e.span, after, delta) })),
    options: f.options?.map((o) => ({ ...o, edits: o.edits.map((e) => ({ ...e, span: shiftSpan(e.span, after, delta) })) })),
    related: f.related?.map((r) => ({ ...r, span: shiftSpan(r.span, after, delta) })),
  };
}

function shiftEntity(e: Entity, after: number, delta: number): Entity {
  return { ...e, span: shiftSpan(e.span, after, delta) };
}
