// Findings -> edits: fix-all, and formatting that reflows the whole article. Both are built the
// same way, block by block, so their edits never overlap: inside a block only whitespace runs
// change (and, for fix-all, the spans its safe findings delete); between blocks the gap becomes
// one separator.
import { buildBlocks } from './blocks';
import { Lines } from './lines';
import { RULES } from './rules';
import type { AnalysisSettings } from './settings';
import { isRegExpSpaceCode } from './charCodes';
import { spaceRuns } from './spaces';
import type { ArticleAnalysis, Block, Span, TextEdit } from './types';

const SAFE_RULES = new Set(RULES.filter((r) => r.fixAll).map((r) => r.id));
/** Rules whose safe fixes delete what they name (the rest of fix-all is formatting). */
const DELETING_RULES = new Set(['doubled-text', 'duplicate-paragraph', 'partial-duplicate', 'duplicate-heading']);

/** The document's own line break, so edits keep CRLF files CRLF. */
export function lineBreakOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

/** How many times the whole text is formatted again, at most, until it reads the same. */
const MAX_ROUNDS = 4;

/** What formatting reads of a text: its blocks. */
type Layout = Pick<ArticleAnalysis, 'text' | 'blocks'>;

/** The blocks of a text, without the entities and problems a full analysis adds. */
function layoutOf(text: string): Layout {
  return { text, blocks: buildBlocks(text, Lines.of(text)) };
}

/**
 * Whitespace-only edits: one block per line, one blank line (or none) between blocks. The whole
 * text is formatted again while its new layout reads differently (a line break taken out can
 * make two blocks read as one), so formatting twice changes nothing; a range is formatted once.
 */
export function formatEdits(a: Layout, settings: AnalysisSettings, range?: Span): TextEdit[] {
  const first = layoutEdits(a, settings, range);
  if (range || first.length === 0) return first;
  let text = applyEdits(a.text, first);
  let changed = false;
  for (let round = 1; round < MAX_ROUNDS; round++) {
    const again = layoutEdits(layoutOf(text), settings);
    if (again.length === 0) break;
    text = applyEdits(text, again);
    changed = true;
  }
  return changed ? whitespaceEdits(a.text, text) : first;
}

/**
 * The edits that turn `from` into `to`, two texts with the same characters but for whitespace:
 * one edit for each run of whitespace that differs.
 */
function whitespaceEdits(from: string, to: string): TextEdit[] {
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  while (i <= from.length && j <= to.length) {
    const a = i;
    const b = j;
    while (i < from.length && isRegExpSpaceCode(from.charCodeAt(i))) i++;
    while (j < to.length && isRegExpSpaceCode(to.charCodeAt(j))) j++;
    if (from.slice(a, i) !== to.slice(b, j)) edits.push({ span: { start: a, end: i }, newText: to.slice(b, j) });
    if (i === from.length || j === to.length) break;
    if (from.charCodeAt(i) !== to.charCodeAt(j)) throw new Error(`formatting changed a character at ${i}`);
    i++;
    j++;
  }
  return edits;
}

/**
 * Every safe fix at once: the spans its safe findings delete (doubled text, repeated blocks)
 * are taken out, the rest is formatted, and the result is expressed as
 * edits of the original text. Formatting the text that is left, rather than the original,
 * makes a second fix-all find nothing to do.
 */
export function fixAllEdits(a: ArticleAnalysis, settings: AnalysisSettings): TextEdit[] {
  const spans: Span[] = [];
  for (const f of a.findings) {
    if (!f.safe || !DELETING_RULES.has(f.rule) || !SAFE_RULES.has(f.rule) || settings.severity[f.rule] === 'off') continue;
    for (const e of f.edits ?? []) if (e.newText === '') spans.push(e.span);
  }
  if (spans.length === 0) return formatEdits(a, settings);
  const cut = union(spans);
  const { text: rest, origin } = withoutSpans(a.text, cut);
  const formatted = formatEdits(layoutOf(rest), settings);
  const edits: TextEdit[] = formatted.map((e) => ({ span: { start: origin[e.span.start], end: origin[e.span.end] }, newText: e.newText }));
  // a deletion inside a mapped edit is already part of it; the edits are sorted, so one sweep
  let k = 0;
  const mapped = edits.length;
  for (const c of cut) {
    while (k < mapped && edits[k].span.end < c.end) k++;
    const covering = k < mapped && edits[k].span.start <= c.start && c.end <= edits[k].span.end && edits[k].span.start < edits[k].span.end;
    if (!covering) edits.push({ span: c, newText: '' });
  }
  return merge(edits);
}

/** Sorted spans with overlapping or touching ones combined. */
function union(spans: Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The text without the spans, and for each of its offsets (and its end) the original offset. */
function withoutSpans(text: string, cut: Span[]): { text: string; origin: Int32Array } {
  let removed = 0;
  for (const c of cut) removed += c.end - c.start;
  const origin = new Int32Array(text.length - removed + 1);
  const parts: string[] = [];
  let n = 0;
  let at = 0;
  for (const c of [...cut, { start: text.length, end: text.length }]) {
    for (let i = at; i < c.start; i++) origin[n++] = i;
    parts.push(text.slice(at, c.start));
    at = c.end;
  }
  origin[n] = text.length;
  return { text: parts.join(''), origin };
}

function layoutEdits(a: Layout, settings: AnalysisSettings, range?: Span): TextEdit[] {
  const { text, blocks } = a;
  const eol = lineBreakOf(text);
  const separator = settings.blankLineBetweenBlocks ? eol + eol : eol;
  const kept = blocks.map((_, i) => i);
  const edits: TextEdit[] = [];
  const inRange = (s: Span) => !range || (s.end >= range.start && s.start <= range.end);
  if (kept.length === 0) return text.trim() === '' && text !== '' && !range ? [{ span: { start: 0, end: text.length }, newText: '' }] : [];
  kept.forEach((bi, k) => {
    const b = blocks[bi];
    const gapStart = k === 0 ? 0 : blocks[kept[k - 1]].span.end;
    const gap = { start: gapStart, end: b.span.start };
    if (inRange(gap) || inRange(b.span)) {
      push(edits, text, gap, k === 0 ? '' : separator);
      if (inRange(b.span)) for (const e of blockEdits(text, b, settings)) edits.push(e);
    }
  });
  const last = blocks[kept[kept.length - 1]].span.end;
  if (!range || range.end >= last) push(edits, text, { start: last, end: text.length }, eol);
  return merge(edits);
}

function push(edits: TextEdit[], text: string, span: Span, newText: string): void {
  if (text.slice(span.start, span.end) !== newText) edits.push({ span, newText });
}

/** Inside one block: repaired joins and removed spaces. */
function blockEdits(text: string, b: Block, settings: AnalysisSettings): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const j of b.joins) push(edits, text, j.span, j.newText);
  for (const r of spaceRuns(text, b)) push(edits, text, { start: r.start, end: r.end }, !r.remove || settings.cjkSpace === 'keep' ? ' ' : '');
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
  const sorted = [...edits].sort((x, y) => x.span.start - y.span.start);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    parts.push(text.slice(at, e.span.start), e.newText);
    at = e.span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
