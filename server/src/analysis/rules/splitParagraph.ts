// `split-paragraph`: a blank line inside a sentence (`砥砺\n\n奋进`).
import type { Finding } from '../types';
import type { Rule } from './rule';

export const splitParagraph: Rule = {
  id: 'split-paragraph',
  defaultSeverity: 'warning',
  fixAll: true,
  editsAreJoins: true,
  description: { en: 'A blank line inside a sentence splits one paragraph in two.', zh: '句子中间的空行把一个段落拆成了两段。' },
  check({ text, blocks }) {
    const out: Finding[] = [];
    for (const b of blocks) {
      for (const j of b.joins) {
        if (j.kind !== 'blank') continue;
        const before = text.slice(Math.max(b.span.start, j.span.start - 4), j.span.start);
        const after = text.slice(j.span.end, Math.min(b.span.end, j.span.end + 4));
        out.push({
          rule: 'split-paragraph',
          span: j.span,
          message: {
            en: `Blank line inside a sentence (“${before}…${after}”): join the two parts.`,
            zh: `句子中间有空行（“${before}…${after}”），应合并。`,
          },
          edits: [j],
          safe: true,
        });
      }
    }
    return out;
  },
};
