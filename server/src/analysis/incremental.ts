// A quick, provisional re-analysis after an edit: only the blocks around the edit are analysed
// again; everything before is kept and everything after is shifted. Repeats across the document
// are left out near the edit. The caller follows it with a full analysis once typing pauses, so
// the editor sees fresh problems at once and exact ones a moment later.
import { buildArticles } from './articles';
import { buildBlocks } from './blocks';
import { findEntities } from './entities';
import { RULES } from './rules';
import type { AnalysisSettings } from './settings';
import { Lines } from './lines';
import type { ArticleAnalysis, Block, Entity, Finding, RuleId, Span } from './types';

/** Rules whose findings depend on one block only, so they can run on the blocks near an edit. */
const LOCAL_RULES = new Set(['broken-wrap', 'split-paragraph', 'split-number', 'cjk-space', 'doubled-text', 'halfwidth-punctuation', 'stray-latin', 'unbalanced-pair']);

/** The edit between two texts: the differing middle, found from the common prefix and suffix. */
export function textChange(before: string, after: string): { start: number; end: number; delta: number } {
  const max = Math.min(before.length, after.length);
  const start = commonPrefix(before, after, max);
  const suffix = commonSuffix(before, after, max - start);
  return { start, end: before.length - suffix, delta: after.length - before.length };
}

/** Comparing a whole half natively is far faster than a character loop; halves narrow it down. */
const NARROW_TO = 64;

function commonPrefix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (hi - lo > NARROW_TO) {
    const mid = (lo + hi) >>> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid;
  }
  while (lo < hi && a.charCodeAt(lo) === b.charCodeAt(lo)) lo++;
  return lo;
}

function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (hi - lo > NARROW_TO) {
    const mid = (lo + hi) >>> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid;
  }
  while (lo < hi && a.charCodeAt(a.length - 1 - lo) === b.charCodeAt(b.length - 1 - lo)) lo++;
  return lo;
}

/**
 * The provisional analysis of `text` after an edit of `prev.text`, or undefined when the edit is
 * too large or the blocks around it read differently on their own (the caller then runs a full
 * analysis). The work is proportional to the edit, not to the document: the analysis returned is
 * made from `prev` in place, so `prev` must not be read again once an analysis is returned (it
 * is left untouched when undefined is returned).
 */
export function reanalyse(prev: ArticleAnalysis, text: string, settings: AnalysisSettings): ArticleAnalysis | undefined {
  const change = textChange(prev.text, text);
  if (prev.blocks.length < 8 || change.end - change.start > 2000 || Math.abs(change.delta) > 2000) return undefined;
  // a block at the edge of a small region may read differently without its neighbours (a
  // heading needs the paragraph after it): a wider region settles it
  let region: Region | 'retry' | undefined;
  for (const margin of MARGINS) {
    region = readRegion(prev, text, change, margin);
    if (region !== 'retry') break;
  }
  if (region === undefined || region === 'retry') return undefined;
  const { first, last, lineOfStart, lineOfEnd, from, to, local } = region;
  const { delta } = change;
  const regionText = text.slice(from, to + delta);

  // from here on `prev` is taken apart and rebuilt as the new analysis
  const lines = prev.lines.patched(text, lineOfStart, lineOfEnd, from, to, delta);
  const lineShift = lines.length - prev.lines.length;
  const blocks = prev.blocks;
  for (let i = last + 1; i < blocks.length; i++) moveBlock(blocks[i], delta, lineShift);
  blocks.splice(first, last - first + 1, ...local);
  const articles = buildArticles(text, blocks);
  const fresh: Finding[] = [];
  const ctx = { text, lines, blocks: local, entities: [], settings, reduced: true };
  for (const rule of RULES) {
    if (!LOCAL_RULES.has(rule.id) || settings.severity[rule.id] === 'off') continue;
    for (const f of rule.check(ctx)) fresh.push(f);
  }
  fresh.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const findings = spliceFindings(prev.findings, fresh, from, to, delta);
  const regionEntities = prev.entities.length ? findEntities(regionText, { hospitals: settings.hospitals }) : [];
  for (const e of regionEntities) e.span = moved(e.span, from);
  const entities = spliceEntities(prev.entities, regionEntities, from, to, delta);
  return { text, isArticle: prev.isArticle, lines, blocks, articles, findings, entities, reduced: prev.reduced };
}

/** How many blocks before and after the edited ones are read again, tried in turn. */
const MARGINS = [2, 4, 8, 16];
/** How many blocks a region may grow by to take in whole runs of lines. */
const MAX_RUN_BLOCKS = 64;

/** The blocks around an edit, read anew from the edited text. */
interface Region {
  /** The old blocks first..last are replaced by `local`. */
  first: number;
  last: number;
  /** The old lines the region covers, and its old offsets. */
  lineOfStart: number;
  lineOfEnd: number;
  from: number;
  to: number;
  local: Block[];
}

/**
 * The edited blocks with `margin` blocks on each side, read anew; 'retry' when the blocks at the
 * region's edges read differently than before (a wider margin may settle it); undefined when the
 * edit does not fit in a region.
 */
function readRegion(prev: ArticleAnalysis, text: string, change: { start: number; end: number; delta: number }, margin: number): Region | 'retry' | undefined {
  const { start, end, delta } = change;
  const blocks = prev.blocks;
  let first = Math.max(0, firstBlockEndingAfter(blocks, start) - margin);
  let last = Math.min(blocks.length - 1, lastBlockStartingBefore(blocks, end) + margin);
  // a run of lines is read as a whole (whether it was ever wrapped, say): whole runs only
  const most = last - first + MAX_RUN_BLOCKS;
  while (first > 0 && last - first <= most && blocks[first - 1].lastLine + 1 >= blocks[first].firstLine) first--;
  while (last < blocks.length - 1 && last - first <= most && blocks[last].lastLine + 1 >= blocks[last + 1].firstLine) last++;
  if (first >= last || last - first > most) return undefined;
  // what a heading or a caption is depends on the blocks around it, outside the region: its
  // edges must be paragraphs, or the ends of the text
  if ((first > 0 && blocks[first].kind !== 'paragraph') || (last < blocks.length - 1 && blocks[last].kind !== 'paragraph')) return 'retry';
  const lineOfStart = prev.lines.indexAt(prev.blocks[first].span.start);
  const lineOfEnd = prev.lines.indexAt(prev.blocks[last].span.end);
  const from = prev.lines.start(lineOfStart);
  const to = prev.lines.end(lineOfEnd);
  if (start < from || end > to) return undefined;
  const regionText = text.slice(from, to + delta);
  const local = buildBlocks(regionText, Lines.of(regionText), { underHeading: underHeading(prev.blocks, first) });
  for (const b of local) moveBlock(b, from, lineOfStart);
  if (!readsAlikeAwayFromEdit(prev.blocks, local, first, last, start, end, delta)) return 'retry';
  return { first, last, lineOfStart, lineOfEnd, from, to, local };
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

// Spans are replaced, never changed in place: one span object may be shared by several holders
// (a block and the finding about it), and each holder must move it once.
const moved = (s: Span, by: number): Span => ({ start: s.start + by, end: s.end + by });
const movedIfAfter = (s: Span, after: number, by: number): Span => (s.start >= after ? moved(s, by) : s);

function moveBlock(b: Block, by: number, lines: number): void {
  b.span = moved(b.span, by);
  b.firstLine += lines;
  b.lastLine += lines;
  for (const j of b.joins) j.span = moved(j.span, by);
}

/**
 * Whether the region read alone agrees with the whole document away from the edit: the blocks
 * that read differently must be next to the change. Those are the blocks the edit falls in and
 * the nearest one on each side (typing a line between two paragraphs can join it to either), and
 * old blocks that a block read anew takes in whole (a line typed above a heading can join the
 * heading and the paragraph under it).
 */
function readsAlikeAwayFromEdit(old: Block[], local: Block[], first: number, last: number, start: number, end: number, delta: number): boolean {
  const count = last - first + 1;
  let same = 0;
  while (same < local.length && same < count && sameBlock(local[same], old[first + same], 0)) same++;
  let sameAfter = 0;
  while (sameAfter < local.length - same && sameAfter < count - same && sameBlock(local[local.length - 1 - sameAfter], old[last - sameAfter], delta)) sameAfter++;
  if (same === 0 || sameAfter === 0) return false;
  const changed = local.slice(same, local.length - sameAfter);
  // the read-anew blocks, between the nearest block before the edit and the nearest after it
  for (let i = same; i < local.length - sameAfter; i++) if (!nearEdit(local, i, start, end + delta)) return false;
  // a heading, title or caption that comes or goes changes how blocks far from the edit read
  if (structure(changed) !== structure(old.slice(first + same, last - sameAfter + 1))) return false;
  const within = changed.length ? { start: changed[0].span.start, end: changed[changed.length - 1].span.end } : { start, end: start };
  for (let i = first + same; i <= last - sameAfter; i++) {
    const b = old[i];
    const moved = b.span.start >= end ? b.span.start + delta : b.span.start;
    const taken = moved >= within.start && (b.span.end >= end ? b.span.end + delta : b.span.end) <= within.end;
    if (!taken && !nearEdit(old, i, start, end)) return false;
  }
  return true;
}

/** The kinds of the blocks other than paragraphs, in order. */
function structure(blocks: Block[]): string {
  return blocks.filter((b) => b.kind !== 'paragraph').map((b) => `${b.kind}${b.level}`).join();
}

/** Whether a block overlaps the edited range, or is the nearest block before or after it. */
function nearEdit(blocks: Block[], i: number, start: number, end: number): boolean {
  const b = blocks[i];
  if (b.span.start <= end && b.span.end >= start) return true;
  const next = blocks[i + 1];
  const previous = blocks[i - 1];
  return (b.span.end < start && (!next || next.span.end >= start)) || (b.span.start > end && (!previous || previous.span.start <= end));
}

function sameBlock(a: Block | undefined, b: Block, delta: number): boolean {
  return a !== undefined && a.kind === b.kind && a.level === b.level && a.text === b.text && a.span.start === b.span.start + delta;
}

/**
 * The old findings outside the region (the ones after it moved), with the fresh ones of the
 * region between them. A finding that points into the region (a repeat of a changed paragraph)
 * is dropped until the full analysis.
 */
function spliceFindings(old: Finding[], fresh: Finding[], from: number, to: number, delta: number): Finding[] {
  const outside = (s: Span) => s.end <= from || s.start >= to;
  const before: Finding[] = [];
  const after: Finding[] = [];
  for (const f of old) {
    if (!outside(f.span) || (f.related !== undefined && !f.related.every((r) => outside(r.span)))) continue;
    moveFinding(f, to, delta);
    (f.span.start < from ? before : after).push(f);
  }
  const out = before;
  for (const f of fresh) out.push(f);
  for (const f of after) out.push(f);
  return out;
}

/** Rules whose edits are their block's joins themselves: the joins move with the block. */
const EDITS_ARE_JOINS = new Set<RuleId>(RULES.filter((r) => r.editsAreJoins).map((r) => r.id));

function moveFinding(f: Finding, after: number, delta: number): void {
  f.span = movedIfAfter(f.span, after, delta);
  if (f.edits && !EDITS_ARE_JOINS.has(f.rule)) for (const e of f.edits) e.span = movedIfAfter(e.span, after, delta);
  if (f.options) for (const o of f.options) for (const e of o.edits) e.span = movedIfAfter(e.span, after, delta);
  if (f.related) for (const r of f.related) r.span = movedIfAfter(r.span, after, delta);
}

function spliceEntities(old: Entity[], fresh: Entity[], from: number, to: number, delta: number): Entity[] {
  const out: Entity[] = [];
  const after: Entity[] = [];
  for (const e of old) {
    if (e.span.end <= from) out.push(e);
    else if (e.span.start >= to) {
      e.span = moved(e.span, delta);
      after.push(e);
    }
  }
  for (const e of fresh) out.push(e);
  for (const e of after) out.push(e);
  return out;
}
