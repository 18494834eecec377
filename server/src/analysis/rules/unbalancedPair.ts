// `unbalanced-pair`: an unmatched “ ”, 《 》 or （ ） within a paragraph.
import { nextMatch } from '../scan';
import type { Finding, Message } from '../types';
import type { Rule } from './rule';

const MARK = /[“”《》（）()]/g;
const PAIRS: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': ')' };
const CLOSERS: Record<string, string> = { '”': '“', '》': '《', '）': '（', ')': '(' };

/** The message for each mark: it depends on the mark alone. */
const MESSAGES: Record<string, Message> = Object.fromEntries(
  Object.entries({ ...PAIRS, ...CLOSERS }).map(([ch, partner]) => [
    ch,
    { en: `“${ch}” has no matching “${partner}” in this paragraph.`, zh: `本段中“${ch}”没有对应的“${partner}”。` },
  ]),
);

export const unbalancedPair: Rule = {
  id: 'unbalanced-pair',
  defaultSeverity: 'warning',
  fixAll: false,
  description: { en: 'An opening or closing quote or bracket without its partner.', zh: '引号、书名号或括号不成对。' },
  check({ text, blocks }) {
    const out: Finding[] = [];
    let at = -1;
    for (const b of blocks) {
      if (at < b.span.start) at = nextMatch(MARK, text, b.span.start);
      if (at >= b.span.end) continue;
      const marks: number[] = [];
      for (; at < b.span.end; at = nextMatch(MARK, text, at + 1)) marks.push(at);
      for (const u of unmatched(text, marks)) {
        out.push({ rule: 'unbalanced-pair', span: { start: u, end: u + 1 }, message: MESSAGES[text[u]] });
      }
    }
    return out;
  },
};

/** The offsets, in order, of the marks (in one paragraph) that have no partner. */
function unmatched(text: string, marks: number[]): number[] {
  const stack: number[] = [];
  const lonely: number[] = [];
  // how many of each opener are on the stack, so a closer without one is known at once
  const open: Record<string, number> = { '“': 0, '《': 0, '（': 0, '(': 0 };
  for (const i of marks) {
    const ch = text[i];
    if (PAIRS[ch]) {
      stack.push(i);
      open[ch]++;
      continue;
    }
    const opener = CLOSERS[ch];
    if (open[opener] === 0) {
      lonely.push(i);
      continue;
    }
    // pop to the matching opener; the openers above it were never closed
    for (let top = stack.pop()!; ; top = stack.pop()!) {
      open[text[top]]--;
      if (text[top] === opener) break;
      lonely.push(top);
    }
  }
  return lonely.concat(stack).sort((x, y) => x - y);
}
