// `broken-wrap`: a paragraph cut into lines at the column width. One finding per damaged block.
import type { Finding, Message, TextEdit } from '../types';
import type { Rule } from './rule';

export const brokenWrap: Rule = {
  id: 'broken-wrap',
  defaultSeverity: 'warning',
  fixAll: true,
  editsAreJoins: true,
  description: { en: 'Line breaks inside a paragraph, left by the PDF column width.', zh: '段落内的断行（PDF 版面列宽造成）。' },
  check({ blocks }) {
    const out: Finding[] = [];
    // the message depends only on the kind of block and the count of wraps: made once per pair
    const messages = new Map<string, Message[]>();
    for (const b of blocks) {
      // the edits are the block's joins themselves, not copies: a 10 MB article has a quarter
      // of a million of them
      const edits: TextEdit[] = b.joins.every((j) => j.kind === 'wrap') ? b.joins : b.joins.filter((j) => j.kind === 'wrap');
      if (edits.length === 0) continue;
      const name = kindName(b.kind);
      let byCount = messages.get(name.en);
      if (!byCount) messages.set(name.en, (byCount = []));
      const message = (byCount[edits.length] ??= brokenMessage(name, edits.length));
      out.push({ rule: 'broken-wrap', span: b.span, message, edits, safe: true });
    }
    return out;
  },
};

function brokenMessage(name: Message, wraps: number): Message {
  return {
    en: `${name.en} broken over ${wraps + 1} lines: join ${wraps === 1 ? 'the line' : `its ${wraps} lines`}.`,
    zh: `${name.zh}被断成 ${wraps + 1} 行，应合并为一行。`,
  };
}

const HEADING: Message = { en: 'Heading', zh: '小标题' };
const TITLE: Message = { en: 'Title', zh: '标题' };
const CAPTION: Message = { en: 'Caption', zh: '图片说明' };
const PARAGRAPH: Message = { en: 'Paragraph', zh: '段落' };

export function kindName(kind: string): { en: string; zh: string } {
  switch (kind) {
    case 'heading': return HEADING;
    case 'title': return TITLE;
    case 'caption': return CAPTION;
    default: return PARAGRAPH;
  }
}
