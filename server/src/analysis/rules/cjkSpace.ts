// `cjk-space`: spaces between Chinese characters (`不 断 提 升`) or between Chinese and digits.
import { splitsPair } from '../charCodes';
import { findCutNumbers, type CutNumber } from '../numbers';
import { nextMatch } from '../scan';
import { removableSpaceRuns } from '../spaces';
import type { Finding, Span } from '../types';
import type { Rule } from './rule';

/** What `isSpace` accepts. */
const SPACE = /[ \t\u3000\u00a0\f\v\ufeff]/g;

export const cjkSpace: Rule = {
  id: 'cjk-space',
  defaultSeverity: 'warning',
  fixAll: true,
  description: { en: 'Spaces inside Chinese text, or between Chinese and digits.', zh: '中文之间或中文与数字之间的空格。' },
  check({ text, blocks, settings }) {
    if (settings.cjkSpace === 'keep') return [];
    const out: Finding[] = [];
    let space = -1;
    for (const b of blocks) {
      // most blocks hold no space at all, not even beside a line break
      if (space < b.span.start) space = nextMatch(SPACE, text, b.span.start);
      if (space >= b.span.end) continue;
      const removable = removableSpaceRuns(text, b);
      if (removable.length === 0) continue;
      const runs = outsideNumbers(removable, findCutNumbers(text, b.span));
      for (const group of groupNear(runs)) {
        const span = { start: group[0].start, end: group[group.length - 1].end };
        // one character on each side, a surrogate pair taken whole
        const shown = text.slice(Math.max(b.span.start, span.start - (splitsPair(text, span.start - 1) ? 2 : 1)), Math.min(b.span.end, span.end + (splitsPair(text, span.end + 1) ? 2 : 1)));
        out.push({
          rule: 'cjk-space',
          span,
          message: {
            en: `Space${group.length > 1 ? 's' : ''} inside Chinese text (“${shown}”): remove.`,
            zh: `中文内多余的空格（“${shown}”），应删除。`,
          },
          edits: group.map((r) => ({ span: { start: r.start, end: r.end }, newText: '' })),
          safe: true,
        });
      }
    }
    return out;
  },
};

/** The runs no cut number holds (split-number reports those); both lists are in text order. */
function outsideNumbers(runs: Span[], cuts: CutNumber[]): Span[] {
  if (cuts.length === 0) return runs;
  const out: Span[] = [];
  let k = 0;
  for (const r of runs) {
    // the cuts do not overlap: only the last one starting at or before the run can hold it
    while (k + 1 < cuts.length && cuts[k + 1].span.start <= r.start) k++;
    const cut = cuts[k].span;
    if (!(cut.start <= r.start && r.end <= cut.end)) out.push(r);
  }
  return out;
}

/** Letter-spaced text (`不 断 提 升`) is one problem, not one per space. */
function groupNear(runs: Span[]): Span[][] {
  const groups: Span[][] = [];
  for (const r of runs) {
    const last = groups[groups.length - 1];
    if (last && r.start - last[last.length - 1].end <= 2) last.push(r);
    else groups.push([r]);
  }
  return groups;
}
