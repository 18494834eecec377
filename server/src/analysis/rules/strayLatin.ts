// `stray-latin`: a lone English word inside Chinese text (`发展 and 人民`). The fix changes
// wording, so it is offered but never applied by fix-all.
import { isCjk } from '../text';
import type { Finding, FixOption } from '../types';
import type { Rule } from './rule';

const TRANSLATIONS: Record<string, string> = { and: '和', or: '或', with: '与', the: '', of: '的', in: '在', to: '到' };

export const strayLatin: Rule = {
  id: 'stray-latin',
  defaultSeverity: 'warning',
  fixAll: false,
  description: { en: 'A lone English word inside Chinese text.', zh: '中文中夹杂的英文单词。' },
  check({ text, blocks }) {
    const out: Finding[] = [];
    for (const b of blocks) {
      const slice = text.slice(b.span.start, b.span.end);
      const re = /([^\sA-Za-z])(\s*)([a-z]{2,12})(\s*)(?=[^\sA-Za-z])/g;
      for (let m = re.exec(slice); m; m = re.exec(slice)) {
        const next = slice[m.index + m[0].length];
        if (!isCjk(m[1]) || !isCjk(next)) continue;
        const wordStart = b.span.start + m.index + 1 + m[2].length;
        const span = { start: wordStart, end: wordStart + m[3].length };
        const replaceFrom = b.span.start + m.index + 1;
        const replaceTo = b.span.start + m.index + m[0].length;
        const options: FixOption[] = [];
        const zh = TRANSLATIONS[m[3]];
        if (zh !== undefined) {
          options.push({
            title: { en: `Replace “${m[3]}” with “${zh}”`, zh: `将“${m[3]}”改为“${zh}”` },
            edits: [{ span: { start: replaceFrom, end: replaceTo }, newText: zh }],
          });
        }
        out.push({
          rule: 'stray-latin',
          span,
          message: { en: `English word “${m[3]}” inside Chinese text.`, zh: `中文中夹杂英文单词“${m[3]}”。` },
          options,
        });
        re.lastIndex = m.index + m[0].length;
      }
    }
    return out;
  },
};
