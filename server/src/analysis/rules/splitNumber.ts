// `split-number`: a number, a date or a unit cut by a line break or by spaces.
import { findCutNumbers } from '../numbers';
import type { Finding } from '../types';
import type { Rule } from './rule';

export const splitNumber: Rule = {
  id: 'split-number',
  defaultSeverity: 'warning',
  fixAll: true,
  description: { en: 'A number, date or unit cut by spaces or a line break.', zh: '数字、日期或单位被空格或换行拆开。' },
  check({ text, blocks }) {
    const out: Finding[] = [];
    for (const b of blocks) {
      for (const cut of findCutNumbers(text, b.span)) {
        const shown = text.slice(cut.span.start, cut.span.end).replace(/\s+/g, '');
        out.push({
          rule: 'split-number',
          span: cut.span,
          message: { en: `“${shown}” is cut by whitespace: write it in one piece.`, zh: `“${shown}”被空白拆开，应连写。` },
          edits: cut.gaps.map((g) => ({ span: g, newText: '' })),
          safe: true,
        });
      }
    }
    return out;
  },
};
