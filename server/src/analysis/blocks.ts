// Third pass of the structure: classified segments -> blocks. Paragraph segments cut by a blank
// line inside a sentence are merged, captions printed side by side on one line are split, and
// each line break inside a block gets its repair.
import { classifySegments, finishesParagraph, type Classified, type ClassifyContext } from './classify';
import { segmentLines } from './segments';
import { LineFacts } from './lineFacts';
import { endsSentenceAt, isAsciiAlnumCode, isSpace } from './text';
import type { Block, BlockKind, Join, Line } from './types';

/** A piece of one line that belongs to a block: [start, end) with no edge whitespace. */
interface Piece {
  line: number;
  start: number;
  end: number;
}

export function buildBlocks(text: string, lines: Line[], context?: ClassifyContext): Block[] {
  const facts = new LineFacts(text, lines);
  const classified = classifySegments(lines, segmentLines(lines, facts), context);
  const groups = mergeSplitParagraphs(classified);
  const blocks: Block[] = [];
  for (const g of groups) {
    const pieces = piecesOf(lines, facts, g);
    const parts = g[0].kind === 'caption' ? splitSideBySide(text, pieces) : [pieces];
    for (const p of parts) blocks.push(makeBlock(text, g[0].kind, g[0].level, p));
  }
  return blocks;
}

/** Groups each paragraph segment with the ones that continue its sentence after a blank line. */
function mergeSplitParagraphs(segs: Classified[]): Classified[][] {
  const groups: Classified[][] = [];
  for (const s of segs) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (prev && prev.kind === 'paragraph' && s.kind === 'paragraph' && s.blankBefore > 0 && !finishesParagraph(prev)) {
      last.push(s);
    } else {
      groups.push([s]);
    }
  }
  return groups;
}

function piecesOf(lines: Line[], facts: LineFacts, group: Classified[]): Piece[] {
  const pieces: Piece[] = [];
  for (const s of group) {
    for (let i = s.first; i <= s.last; i++) {
      if (!lines[i].blank) pieces.push({ line: i, start: facts.inkStart[i], end: facts.inkEnd[i] });
    }
  }
  return pieces;
}

/**
 * `“服务能力提升年”活动启动会 2023年7月，南阳市…`: two captions on one line, told apart by a
 * space outside quotes with a few characters on each side.
 */
function splitSideBySide(text: string, pieces: Piece[]): Piece[][] {
  const parts: Piece[][] = [[]];
  let total = 0;
  for (const p of pieces) for (let i = p.start; i < p.end; i++) if (!isSpace(text[i])) total++;
  let seen = 0;
  let sinceSplit = 0;
  let depth = 0;
  let partStart = pieces[0].start;
  for (const p of pieces) {
    let from = p.start;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (!isSpace(ch)) {
        seen++;
        sinceSplit++;
        if (ch === '“' || ch === '（' || ch === '(' || ch === '《') depth++;
        else if ((ch === '”' || ch === '）' || ch === ')' || ch === '》') && depth > 0) depth--;
        continue;
      }
      let j = i;
      while (j < p.end && isSpace(text[j])) j++;
      if (depth === 0 && sinceSplit >= 3 && total - seen >= 3 && !isAsciiAlnumCode(text.charCodeAt(i - 1)) && !endsSentenceAt(text, partStart, i)) {
        parts[parts.length - 1].push({ line: p.line, start: from, end: i });
        parts.push([]);
        from = j;
        partStart = j;
        sinceSplit = 0;
      }
      i = j - 1;
    }
    if (p.end > from) parts[parts.length - 1].push({ line: p.line, start: from, end: p.end });
  }
  return parts.filter((x) => x.length > 0);
}

function makeBlock(text: string, kind: BlockKind, level: 0 | 1 | 2, pieces: Piece[]): Block {
  const joins: Join[] = [];
  let joined = text.slice(pieces[0].start, pieces[0].end);
  for (let k = 1; k < pieces.length; k++) {
    const a = pieces[k - 1];
    const b = pieces[k];
    const replacement = joinReplacement(kind, level, text.charCodeAt(a.end - 1), text.charCodeAt(b.start));
    // pieces more than one line apart have a blank line between them
    joins.push({ span: { start: a.end, end: b.start }, kind: b.line - a.line > 1 ? 'blank' : 'wrap', replacement });
    joined += replacement + text.slice(b.start, b.end);
  }
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return {
    kind,
    level,
    span: { start: first.start, end: last.end },
    firstLine: first.line,
    lastLine: last.line,
    joins,
    text: joined,
    article: 0,
  };
}

/**
 * Nothing between Chinese characters; a space between two Latin words and between heading
 * phrases. `before` and `after` are the character codes on each side of the line break.
 */
export function joinReplacement(kind: BlockKind, level: number, before: number, after: number): string {
  if (kind === 'heading' && level === 1) return ' ';
  return isAsciiAlnumCode(before) && isAsciiAlnumCode(after) ? ' ' : '';
}
