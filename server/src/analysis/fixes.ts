// Findings -> edits: fix-all, and formatting that reflows the whole article. Both are built the
// same way, block by block, so their edits never overlap: inside a block only whitespace runs
// change (and, for fix-all, the spans its safe findings delete); between blocks the gap becomes
// one separator.
import { RULES } from './rules';
import type { AnalysisSettings } from './settings';
import { spaceRuns } from './spaces';
import type { ArticleAnalysis, Block, Span, TextEdit } from './types';

const SAFE_RULES = new Set(RULES.filter((r) => r.fixAll).map((r) => r.id));

/** The document's own line break, so edits keep CRLF files CRLF. */
export function lineBreakOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/** Whitespace-only edits: one block per line, one blank line (or none) between blocks. */
export function formatEdits(a: ArticleAnalysis, settings: AnalysisSettings, range?: Span): TextEdit[] {
  return layoutEdits(a, settings, new Set(), [], range);
}

/**
 * Every safe fix at once: the layout of `formatEdits`, plus deletions of doubled text and
 * repeated blocks named by safe findings. Repeated blocks arrive as `removedBlocks`.
 */
export function fixAllEdits(a: ArticleAnalysis, settings: AnalysisSettings, removedBlocks: Set<number> = new Set()): TextEdit[] {
  const deletions: Span[] = [];
  for (const f of a.findings) {
    if (f.rule !== 'doubled-text' || !SAFE_RULES.has(f.rule) || settings.severity[f.rule] === 'off') continue;
    for (const e of f.edits ?? []) if (e.newText === '') deletions.push(e.span);
  }
  return layoutEdits(a, settings, removedBlocks, deletions);
}

function layoutEdits(a: ArticleAnalysis, settings: AnalysisSettings, removed: Set<number>, deletions: Span[], range?: Span): TextEdit[] {
  const { text, blocks } = a;
  const eol = lineBreakOf(text);
  const separator = settings.blankLineBetweenBlocks ? eol + eol : eol;
  const kept = blocks.map((_, i) => i).filter((i) => !removed.has(i));
  const edits: TextEdit[] = [];
  const inRange = (s: Span) => !range || (s.end >= range.start && s.start <= range.end);
  if (kept.length === 0) return text.trim() === '' && text !== '' && !range ? [{ span: { start: 0, end: text.length }, newText: '' }] : [];
  kept.forEach((bi, k) => {
    const b = blocks[bi];
    const gapStart = k === 0 ? 0 : blocks[kept[k - 1]].span.end;
    const gap = { start: gapStart, end: b.span.start };
    if (inRange(gap) || inRange(b.span)) {
      push(edits, text, gap, k === 0 ? '' : separator);
      if (inRange(b.span)) edits.push(...blockEdits(text, b, settings, deletions));
    }
  });
  const last = blocks[kept[kept.length - 1]].span.end;
  if (!range || range.end >= last) push(edits, text, { start: last, end: text.length }, eol);
  return merge(edits);
}

function push(edits: TextEdit[], text: string, span: Span, newText: string): void {
  if (text.slice(span.start, span.end) !== newText) edits.push({ span, newText });
}

/** Inside one block: repaired joins, removed spaces, deleted doubled text. */
function blockEdits(text: string, b: Block, settings: AnalysisSettings, deletions: Span[]): TextEdit[] {
  const own = deletions.filter((d) => d.start >= b.span.start && d.end <= b.span.end);
  const outside = (s: Span) => !own.some((d) => d.start <= s.start && s.end <= d.end);
  const edits: TextEdit[] = [];
  for (const j of b.joins) if (outside(j.span)) push(edits, text, j.span, j.replacement);
  for (const r of spaceRuns(text, b)) {
    if (!outside(r)) continue;
    const keep = !r.remove || settings.cjkSpace === 'keep';
    push(edits, text, r, keep ? ' ' : '');
  }
  for (const d of own) edits.push({ span: d, newText: '' });
  return edits;
}

/** Sorted, with touching edits merged, so no two edits overlap or touch. */
function merge(edits: TextEdit[]): TextEdit[] {
  edits.sort((x, y) => x.span.start - y.span.start || x.span.end - y.span.end);
  const out: TextEdit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (last && e.span.start <= last.span.end) {
      if (e.span.start < last.span.end) throw new Error(`overlapping edits at ${e.span.start}`);
      last.span = { start: last.span.start, end: e.span.end };
      last.newText += e.newText;
    } else out.push({ span: { ...e.span }, newText: e.newText });
  }
  return out;
}

/** Applies non-overlapping edits to text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((x, y) => y.span.start - x.span.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
