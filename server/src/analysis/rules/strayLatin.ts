// `stray-latin`: a lone English word inside Chinese text (`发展 and 人民`). The fix changes
// wording, so it is offered but never applied by fix-all.
import { isCjkCode, isLetterCode, isLowerCode, isRegExpSpaceCode } from '../charCodes';
import { nextMatch } from '../scan';
import type { Finding, FixOption, Span } from '../types';
import type { Rule } from './rule';

const LETTER = /[A-Za-z]/g;
const TRANSLATIONS: Record<string, string> = { and: '和', or: '或', with: '与', the: '', of: '的', in: '在', to: '到' };

export const strayLatin: Rule = {
  id: 'stray-latin',
  defaultSeverity: 'warning',
  fixAll: false,
  description: { en: 'A lone English word inside Chinese text.', zh: '中文中夹杂的英文单词。' },
  check({ text, blocks }) {
    const out: Finding[] = [];
    let at = -1;
    for (const b of blocks) {
      if (at < b.span.start) at = nextMatch(LETTER, text, b.span.start);
      while (at < b.span.end) {
        let end = at + 1;
        while (end < b.span.end && isLetterCode(text.charCodeAt(end))) end++;
        const finding = strayWord(text, b.span, { start: at, end });
        if (finding) out.push(finding);
        at = nextMatch(LETTER, text, end);
      }
    }
    return out;
  },
};

/**
 * A finding when the run of ASCII letters is a lowercase word of 2 to 12 letters with Chinese on
 * both sides, past any whitespace; whitespace and the word between two letters are left alone.
 */
function strayWord(text: string, block: Span, word: Span): Finding | undefined {
  const length = word.end - word.start;
  if (length < 2 || length > 12 || !allLowercase(text, word)) return undefined;
  let before = word.start - 1;
  while (before >= block.start && isRegExpSpaceCode(text.charCodeAt(before))) before--;
  let after = word.end;
  while (after < block.end && isRegExpSpaceCode(text.charCodeAt(after))) after++;
  if (before < block.start || after >= block.end) return undefined;
  if (!isCjkCode(text.charCodeAt(before)) || !isCjkCode(text.charCodeAt(after))) return undefined;
  const w = text.slice(word.start, word.end);
  const options: FixOption[] = [];
  const zh = TRANSLATIONS[w];
  if (zh !== undefined) {
    options.push({
      title: { en: `Replace “${w}” with “${zh}”`, zh: `将“${w}”改为“${zh}”` },
      edits: [{ span: { start: before + 1, end: after }, newText: zh }],
    });
  }
  return { rule: 'stray-latin', span: word, message: { en: `English word “${w}” inside Chinese text.`, zh: `中文中夹杂英文单词“${w}”。` }, options };
}

function allLowercase(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (!isLowerCode(text.charCodeAt(i))) return false;
  return true;
}
