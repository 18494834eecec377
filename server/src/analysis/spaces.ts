// Which spaces inside a block are damage (letter-spacing, spaces between Chinese and digits)
// and which are meant (phrase separators in headings, names in bylines, words of English).
import { TRAILING_BYLINE } from './patterns';
import { isAsciiAlnum, isCjk, isSpace } from './text';
import type { Block, Span } from './types';

/** A run of spaces inside one line of a block, and whether newspaper style removes it. */
export interface SpaceRun extends Span {
  remove: boolean;
}

/** Every run of spaces inside the block's lines (line breaks excluded), with its verdict. */
export function spaceRuns(text: string, block: Block): SpaceRun[] {
  const runs: SpaceRun[] = [];
  const joins = block.joins;
  let j = 0;
  let bookDepth = 0;
  let quoteDepth = 0;
  const byline = block.kind === 'paragraph' ? TRAILING_BYLINE.exec(block.text) : null;
  const bylineStart = byline ? block.span.end - byline[0].trimEnd().length : Infinity;
  for (let i = block.span.start; i < block.span.end; i++) {
    while (j < joins.length && joins[j].span.end <= i) j++;
    if (j < joins.length && i >= joins[j].span.start && i < joins[j].span.end) {
      i = joins[j].span.end - 1;
      continue;
    }
    const ch = text[i];
    if (ch === '《') bookDepth++;
    else if (ch === '》' && bookDepth > 0) bookDepth--;
    else if (ch === '“') quoteDepth++;
    else if (ch === '”' && quoteDepth > 0) quoteDepth--;
    if (!isSpace(ch)) continue;
    let end = i;
    while (end < block.span.end && isSpace(text[end])) end++;
    const run = { start: i, end };
    runs.push({ ...run, remove: i < bylineStart && removable(text, block, run, bookDepth > 0, quoteDepth > 0) });
    i = end - 1;
  }
  return runs;
}

function removable(text: string, block: Block, run: Span, inBookTitle: boolean, inQuote: boolean): boolean {
  const before = text[run.start - 1] ?? '';
  const after = text[run.end] ?? '';
  if (isAsciiAlnum(before) && isAsciiAlnum(after)) return false;
  if (nextToEnglishWord(text, run)) return false;
  const phrase = separatesPhrases(text, block.span, run);
  switch (block.kind) {
    case 'byline':
      return false;
    case 'title':
    case 'subtitle':
      return !phrase;
    case 'heading':
      return block.level === 2 || !phrase;
    case 'caption':
      return !((inQuote || inBookTitle) && phrase);
    default:
      return !(inBookTitle && phrase) && (isCjk(before) || isCjk(after) || isAsciiAlnum(before) || isAsciiAlnum(after));
  }
}

/**
 * At least two non-space characters on each side (a line break of the block does not count):
 * a separator, not letter-spacing.
 */
function separatesPhrases(text: string, span: Span, run: Span): boolean {
  const left = text.slice(Math.max(span.start, run.start - 8), run.start).replace(/[\r\n]+/g, '');
  const right = text.slice(run.end, Math.min(span.end, run.end + 8)).replace(/[\r\n]+/g, '');
  return left.length >= 2 && right.length >= 2 && !/\s/.test(left.slice(-2) + right.slice(0, 2));
}

/** `发展 and 人民`: spaces around a lowercase English word belong to it. */
function nextToEnglishWord(text: string, run: Span): boolean {
  const left = /[a-z]{2,}$/.exec(text.slice(Math.max(0, run.start - 20), run.start));
  const right = /^[a-z]{2,}/.exec(text.slice(run.end, run.end + 20));
  return left !== null || right !== null;
}
