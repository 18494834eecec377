// `doubled-text`: a title or heading written twice by bold-font extraction
// (`凤凰涅槃佑民康凤凰涅槃佑民康`, `让高质量发展成为让高质量发展成为““赶考赶考””…`).
import { isRegExpSpaceCode } from '../charCodes';
import { hasNoRunningPunct, inkLength } from '../patterns';
import { endsSentence } from '../text';
import type { Block, Finding, Span } from '../types';
import type { Rule } from './rule';

const SHORT_BLOCKS = new Set(['title', 'subtitle', 'heading', 'caption']);
/** Single characters that extraction doubles along with the words around them. */
const DOUBLED_SINGLES = new Set([...'“”‘’《》（）()'].map((ch) => ch.charCodeAt(0)));

export const doubledText: Rule = {
  id: 'doubled-text',
  defaultSeverity: 'warning',
  fixAll: true,
  description: { en: 'Text written twice by the extraction of a bold font.', zh: '粗体字提取时重复出现的文字。' },
  check({ text, blocks }) {
    const out: Finding[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.span.end - b.span.start > 120 || !(SHORT_BLOCKS.has(b.kind) || readsAsHeadingOnceFixed(b, blocks[i + 1]))) continue;
      const copies = doubledCopies(text, b);
      if (copies.length === 0) continue;
      const kept = keptText(text, b.span, copies);
      out.push({
        rule: 'doubled-text',
        span: b.span,
        message: { en: `Text written twice: it should read “${kept}”.`, zh: `文字重复，应为“${kept}”。` },
        edits: copies.map((c) => ({ span: c, newText: '' })),
        safe: true,
      });
    }
    return out;
  },
};

/**
 * A paragraph that may read as a heading, a caption or a title once the fixes join its lines,
 * take out its spaces or leave one blank line before the subtitle after it: a short one without
 * running punctuation, or one shaped like a title over a subtitle. It is checked now rather than
 * by a second fix-all.
 */
function readsAsHeadingOnceFixed(b: Block, next: Block | undefined): boolean {
  if (b.kind !== 'paragraph') return false;
  const ink = inkLength(b.text);
  return (ink <= 24 && hasNoRunningPunct(b.text)) || (next?.kind === 'subtitle' && ink <= 60 && !endsSentence(b.text));
}

/**
 * The second copies to delete, when most of the block is chunks written twice in a row. Works on
 * the characters without whitespace (a copy may cross a line break) and repeats until nothing
 * doubled is left, so a second fix-all finds nothing more.
 */
export function doubledCopies(text: string, block: Block): Span[] {
  let at: number[] = [];
  for (let i = block.span.start; i < block.span.end; i++) if (!isRegExpSpaceCode(text.charCodeAt(i))) at.push(i);
  const total = at.length;
  if (total < 6) return [];
  const deleted = new Set<number>();
  let longest = 0;
  for (let round = 0; round < 4; round++) {
    const chunks = secondCopies(at.map((i) => text.charCodeAt(i)));
    if (chunks.length === 0) break;
    for (const [from, to] of chunks) {
      longest = Math.max(longest, to - from);
      for (let k = from; k < to; k++) deleted.add(at[k]);
    }
    at = at.filter((i) => !deleted.has(i));
  }
  if (deleted.size * 2 < 0.6 * total || longest < 3 || at.length < 5) return [];
  return toSpans(text, [...deleted].sort((a, b) => a - b));
}

/** [from, to) index ranges of the second copies in the reading that leaves the fewest characters. */
function secondCopies(s: number[]): [number, number][] {
  const n = s.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const step = new Array<number>(n + 1).fill(0);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    best[i] = best[i + 1] + 1;
    step[i] = 0;
    for (let k = 1; i + 2 * k <= n; k++) {
      if (k === 1 && !DOUBLED_SINGLES.has(s[i])) continue;
      if (!repeatsAt(s, i, k)) continue;
      if (best[i + 2 * k] + k < best[i]) (best[i] = best[i + 2 * k] + k), (step[i] = k);
    }
  }
  const out: [number, number][] = [];
  for (let i = 0; i < n; ) {
    const k = step[i];
    if (k === 0) i++;
    else (out.push([i + k, i + 2 * k]), (i += 2 * k));
  }
  return out;
}

/** Whether the k characters from i are written again right after them. */
function repeatsAt(s: number[], i: number, k: number): boolean {
  for (let t = 0; t < k; t++) if (s[i + t] !== s[i + k + t]) return false;
  return true;
}

/** Deleted offsets -> spans; whitespace just before a deleted run goes with it. */
function toSpans(text: string, offsets: number[]): Span[] {
  const spans: Span[] = [];
  for (const o of offsets) {
    const last = spans[spans.length - 1];
    if (last && onlyWhitespace(text, last.end, o)) last.end = o + 1;
    else {
      let start = o;
      while (start > 0 && isLineSpace(text.charCodeAt(start - 1))) start--;
      spans.push({ start, end: o + 1 });
    }
  }
  return spans;
}

function onlyWhitespace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isRegExpSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** A space, a tab or an ideographic space. */
function isLineSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000;
}

function keptText(text: string, span: Span, copies: Span[]): string {
  let out = '';
  let at = span.start;
  for (const c of copies) (out += text.slice(at, c.start)), (at = c.end);
  return out + text.slice(at, span.end);
}
