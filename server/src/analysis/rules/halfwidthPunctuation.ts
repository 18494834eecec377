// `halfwidth-punctuation`: `, ; : ( ) ? !` inside Chinese text, where newspaper style uses the
// full-width forms. Numbers (`1,000`, `14.2`), times (`10:30`), URLs and English are left alone.
import { isCjk, isHan } from '../text';
import type { Finding, TextEdit } from '../types';
import type { Rule } from './rule';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };

export const halfwidthPunctuation: Rule = {
  id: 'halfwidth-punctuation',
  defaultSeverity: 'information',
  fixAll: false,
  description: { en: 'Half-width punctuation inside Chinese text.', zh: '中文中使用了半角标点。' },
  check({ text, blocks }) {
    const out: Finding[] = [];
    for (const b of blocks) {
      const slice = text.slice(b.span.start, b.span.end);
      const re = /[,;:?!()]/g;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const at = b.span.start + m.index;
        if (!inChinese(text, at)) continue;
        const edit: TextEdit = { span: { start: at, end: at + 1 }, newText: FULL[m[0]] };
        out.push({
          rule: 'halfwidth-punctuation',
          span: edit.span,
          message: { en: `Half-width “${m[0]}” in Chinese text: use “${FULL[m[0]]}”.`, zh: `中文中的半角“${m[0]}”应为全角“${FULL[m[0]]}”。` },
          edits: [edit],
          safe: false,
        });
      }
    }
    return out;
  },
};

/** Chinese on one side, and not between two digits or inside a URL. */
function inChinese(text: string, at: number): boolean {
  const before = text[at - 1] ?? '';
  const after = text[at + 1] ?? '';
  if (/\d/.test(before) && /\d/.test(after)) return false;
  const word = /\S*$/.exec(text.slice(Math.max(0, at - 40), at))?.[0] ?? '';
  if (/https?:|www\.|@/.test(word)) return false;
  const ch = text[at];
  if (ch === '(') return isCjk(before) || isHan(after) || before === '';
  if (ch === ')') return isHan(before) || isCjk(after) || /[\d年]/.test(before) && isCjk(after);
  return isCjk(before) || isCjk(after);
}
