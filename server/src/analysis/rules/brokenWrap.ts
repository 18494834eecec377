// `broken-wrap`: a paragraph cut into lines at the column width. One finding per damaged block.
import type { Finding } from '../types';
import type { Rule } from './rule';

export const brokenWrap: Rule = {
  id: 'broken-wrap',
  defaultSeverity: 'warning',
  fixAll: true,
  description: { en: 'Line breaks inside a paragraph, left by the PDF column width.', zh: '段落内的断行（PDF 版面列宽造成）。' },
  check({ blocks }) {
    const out: Finding[] = [];
    for (const b of blocks) {
      const wraps = b.joins.filter((j) => j.kind === 'wrap');
      if (wraps.length === 0) continue;
      const n = wraps.length;
      out.push({
        rule: 'broken-wrap',
        span: b.span,
        message: {
          en: `${kindName(b.kind).en} broken over ${n + 1} lines: join ${n === 1 ? 'the line' : `its ${n} lines`}.`,
          zh: `${kindName(b.kind).zh}被断成 ${n + 1} 行，应合并为一行。`,
        },
        edits: wraps.map((j) => ({ span: j.span, newText: j.replacement })),
        safe: true,
      });
    }
    return out;
  },
};

export function kindName(kind: string): { en: string; zh: string } {
  switch (kind) {
    case 'heading': return { en: 'Heading', zh: '小标题' };
    case 'title': return { en: 'Title', zh: '标题' };
    case 'caption': return { en: 'Caption', zh: '图片说明' };
    default: return { en: 'Paragraph', zh: '段落' };
  }
}
