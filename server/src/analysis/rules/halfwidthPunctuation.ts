// `halfwidth-punctuation`: `, ; : ( ) ? !` inside Chinese text, where newspaper style uses the
// full-width forms. Numbers (`1,000`, `14.2`), times (`10:30`), URLs and English are left alone.
import { isCjkCode, isDigitCode, isHanCode, isRegExpSpaceCode } from '../charCodes';
import { nextMatch } from '../scan';
import type { Finding, Message, TextEdit } from '../types';
import type { Rule } from './rule';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };

/** The message for each half-width mark: it depends on the mark alone. */
const MESSAGES: Record<string, Message> = Object.fromEntries(
  Object.entries(FULL).map(([half, full]) => [
    half,
    { en: `Half-width “${half}” in Chinese text: use “${full}”.`, zh: `中文中的半角“${half}”应为全角“${full}”。` },
  ]),
);

const MARK = /[,;:?!()]/g;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const NIAN = 0x5e74; // 年

export const halfwidthPunctuation: Rule = {
  id: 'halfwidth-punctuation',
  defaultSeverity: 'information',
  fixAll: false,
  description: { en: 'Half-width punctuation inside Chinese text.', zh: '中文中使用了半角标点。' },
  check({ text, blocks }) {
    const out: Finding[] = [];
    let at = -1;
    for (const b of blocks) {
      if (at < b.span.start) at = nextMatch(MARK, text, b.span.start);
      for (; at < b.span.end; at = nextMatch(MARK, text, at + 1)) {
        if (!inChinese(text, at, text.charCodeAt(at))) continue;
        const ch = text[at];
        const edit: TextEdit = { span: { start: at, end: at + 1 }, newText: FULL[ch] };
        out.push({ rule: 'halfwidth-punctuation', span: edit.span, message: MESSAGES[ch], edits: [edit], safe: false });
      }
    }
    return out;
  },
};

/** Chinese on one side, and not between two digits or inside a URL. */
function inChinese(text: string, at: number, c: number): boolean {
  // NaN past either end of the text, which no class test accepts
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at + 1);
  if (isDigitCode(before) && isDigitCode(after)) return false;
  let chinese: boolean;
  if (c === OPEN_PAREN) chinese = isCjkCode(before) || isHanCode(after) || at === 0;
  else if (c === CLOSE_PAREN) chinese = isHanCode(before) || isCjkCode(after) || ((isDigitCode(before) || before === NIAN) && isCjkCode(after));
  else chinese = isCjkCode(before) || isCjkCode(after);
  return chinese && !inUrl(text, at);
}

/** Whether the word the mark ends (up to 40 characters back) is a URL or an address. */
function inUrl(text: string, at: number): boolean {
  const limit = Math.max(0, at - 40);
  let start = at;
  let marked = false;
  while (start > limit) {
    const c = text.charCodeAt(start - 1);
    if (isRegExpSpaceCode(c)) break;
    // ':' '.' '@': every pattern below holds one of them
    if (c === 58 || c === 46 || c === 64) marked = true;
    start--;
  }
  return marked && /https?:|www\.|@/.test(text.slice(start, at));
}
