// `unbalanced-pair`: an unmatched “ ”, 《 》 or （ ） within a paragraph.
import type { Finding } from '../types';
import type { Rule } from './rule';

const PAIRS: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': ')' };
const CLOSERS: Record<string, string> = { '”': '“', '》': '《', '）': '（', ')': '(' };

export const unbalancedPair: Rule = {
  id: 'unbalanced-pair',
  defaultSeverity: 'warning',
  fixAll: false,
  description: { en: 'An opening or closing quote or bracket without its partner.', zh: '引号、书名号或括号不成对。' },
  check({ text, blocks }) {
    const out: Finding[] = [];
    for (const b of blocks) {
      const stack: { ch: string; at: number }[] = [];
      const lonely: { ch: string; at: number }[] = [];
      // how many of each opener are on the stack, so a closer without one is known at once
      const open: Record<string, number> = { '“': 0, '《': 0, '（': 0, '(': 0 };
      for (let i = b.span.start; i < b.span.end; i++) {
        const c = text.charCodeAt(i);
        // only quotes and brackets matter: skip everything else cheaply
        if (c !== 0x201c && c !== 0x201d && c !== 0x300a && c !== 0x300b && c !== 0xff08 && c !== 0xff09 && c !== 40 && c !== 41) continue;
        const ch = text[i];
        if (PAIRS[ch]) {
          stack.push({ ch, at: i });
          open[ch]++;
          continue;
        }
        const opener = CLOSERS[ch];
        if (open[opener] === 0) {
          lonely.push({ ch, at: i });
          continue;
        }
        // pop to the matching opener; the openers above it were never closed
        for (let top = stack.pop()!; ; top = stack.pop()!) {
          open[top.ch]--;
          if (top.ch === opener) break;
          lonely.push(top);
        }
      }
      for (const u of [...lonely, ...stack].sort((x, y) => x.at - y.at)) {
        const partner = PAIRS[u.ch] ?? CLOSERS[u.ch];
        out.push({
          rule: 'unbalanced-pair',
          span: { start: u.at, end: u.at + 1 },
          message: { en: `“${u.ch}” has no matching “${partner}” in this paragraph.`, zh: `本段中“${u.ch}”没有对应的“${partner}”。` },
        });
      }
    }
    return out;
  },
};
