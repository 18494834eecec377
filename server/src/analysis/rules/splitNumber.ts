// `split-number`: a number, a date or a unit cut by a line break or by spaces.
import { cutNumbersInBlocks, type CutNumber } from '../numbers';
import type { Finding } from '../types';
import type { Rule } from './rule';

export const splitNumber: Rule = {
  id: 'split-number',
  defaultSeverity: 'warning',
  fixAll: true,
  description: { en: 'A number, date or unit cut by spaces or a line break.', zh: '数字、日期或单位被空格或换行拆开。' },
  check({ text, blocks }) {
    const out: Finding[] = [];
    for (const cut of cutNumbersInBlocks(text, blocks)) {
      const shown = withoutGaps(text, cut);
      out.push({
        rule: 'split-number',
        span: cut.span,
        message: { en: `“${shown}” is cut by whitespace: write it in one piece.`, zh: `“${shown}”被空白拆开，应连写。` },
        edits: cut.gaps.map((g) => ({ span: g, newText: '' })),
        safe: true,
      });
    }
    return out;
  },
};

/** The expression as it should read: its text without the whitespace that cuts it. */
function withoutGaps(text: string, cut: CutNumber): string {
  let out = '';
  let at = cut.span.start;
  for (const g of cut.gaps) (out += text.slice(at, g.start)), (at = g.end);
  return out + text.slice(at, cut.span.end);
}
