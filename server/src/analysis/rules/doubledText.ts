// `doubled-text`: a title or heading written twice by bold-font extraction
// (`凤凰涅槃佑民康凤凰涅槃佑民康`, `让高质量发展成为让高质量发展成为““赶考赶考””…`).
import type { Block, Finding, Span } from '../types';
import type { Rule } from './rule';

const SHORT_BLOCKS = new Set(['title', 'subtitle', 'heading', 'caption']);
/** Single characters that extraction doubles along with the words around them. */
const DOUBLED_SINGLES = '“”‘’《》（）()';

export const doubledText: Rule = {
  id: 'doubled-text',
  defaultSeverity: 'warning',
  fixAll: true,
  description: { en: 'Text written twice by the extraction of a bold font.', zh: '粗体字提取时重复出现的文字。' },
  check({ text, blocks }) {
    const out: Finding[] = [];
    for (const b of blocks) {
      if (!SHORT_BLOCKS.has(b.kind) || b.span.end - b.span.start > 120) continue;
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
 * The second copies to delete, when most of the block is chunks written twice in a row. Finds
 * the reading with the fewest characters left (dynamic programming over positions).
 */
export function doubledCopies(text: string, block: Block): Span[] {
  const s = text.slice(block.span.start, block.span.end);
  if (/\s/.test(s) || s.length < 6) return [];
  const n = s.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const step = new Array<number>(n + 1).fill(0);
  best[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    best[i] = best[i + 1] + 1;
    step[i] = 0;
    for (let k = 1; i + 2 * k <= n; k++) {
      if (k === 1 && !DOUBLED_SINGLES.includes(s[i])) continue;
      if (s.slice(i, i + k) !== s.slice(i + k, i + 2 * k)) continue;
      if (best[i + 2 * k] + k < best[i]) (best[i] = best[i + 2 * k] + k), (step[i] = k);
    }
  }
  const copies: Span[] = [];
  let doubled = 0;
  for (let i = 0; i < n; ) {
    const k = step[i];
    if (k === 0) { i++; continue; }
    copies.push({ start: block.span.start + i + k, end: block.span.start + i + 2 * k });
    doubled += 2 * k;
    i += 2 * k;
  }
  const longest = Math.max(0, ...copies.map((c) => c.end - c.start));
  return doubled >= 0.6 * n && longest >= 3 ? copies : [];
}

function keptText(text: string, span: Span, copies: Span[]): string {
  let out = '';
  let at = span.start;
  for (const c of copies) (out += text.slice(at, c.start)), (at = c.end);
  return out + text.slice(at, span.end);
}
