// Which spaces inside a block are damage (letter-spacing, spaces between Chinese and digits)
// and which are meant (phrase separators in headings, names in bylines, words of English).
import { isAsciiAlnumCode, isCjkCode, isLowerCode, isRegExpSpaceCode, isSpaceCode, splitsPair } from './charCodes';
import { TRAILING_BYLINE } from './patterns';
import type { Block, Span } from './types';

/** A run of spaces inside one line of a block, and whether newspaper style removes it. */
export interface SpaceRun extends Span {
  remove: boolean;
}

const BOOK_OPEN = 0x300a; // 《
const BOOK_CLOSE = 0x300b; // 》
const QUOTE_OPEN = 0x201c; // “
const QUOTE_CLOSE = 0x201d; // ”

/** Every run of spaces inside the block's lines (line breaks excluded), with its verdict. */
export function spaceRuns(text: string, block: Block): SpaceRun[] {
  const runs: SpaceRun[] = [];
  visitSpaceRuns(text, block, (start, end, remove) => runs.push({ start, end, remove }));
  return runs;
}

/** The runs of spaces that newspaper style removes, in order (`spaceRuns` keeping `remove` ones). */
export function removableSpaceRuns(text: string, block: Block): Span[] {
  const runs: Span[] = [];
  visitSpaceRuns(text, block, (start, end, remove) => {
    if (remove) runs.push({ start, end });
  });
  return runs;
}

function visitSpaceRuns(text: string, block: Block, visit: (start: number, end: number, remove: boolean) => void): void {
  const joins = block.joins;
  const blockEnd = block.span.end;
  let j = 0;
  // joins are in order: nothing to skip before the next one starts
  let nextJoin = joins.length > 0 ? joins[0].span.start : Infinity;
  let bookDepth = 0;
  let quoteDepth = 0;
  let bylineStart = -1; // found when the first run needs it
  for (let i = block.span.start; i < blockEnd; i++) {
    if (i >= nextJoin) {
      while (j < joins.length && joins[j].span.end <= i) j++;
      nextJoin = j < joins.length ? joins[j].span.start : Infinity;
      if (i >= nextJoin) {
        i = joins[j].span.end - 1;
        continue;
      }
    }
    const c = text.charCodeAt(i);
    // past every space and bracket counted here, except the BOM
    if (c > BOOK_CLOSE && c !== 0xfeff) continue;
    if (c === BOOK_OPEN) bookDepth++;
    else if (c === BOOK_CLOSE && bookDepth > 0) bookDepth--;
    else if (c === QUOTE_OPEN) quoteDepth++;
    else if (c === QUOTE_CLOSE && quoteDepth > 0) quoteDepth--;
    if (!isSpaceCode(c)) continue;
    let end = i;
    while (end < blockEnd && isSpaceCode(text.charCodeAt(end))) end++;
    if (bylineStart < 0) bylineStart = trailingBylineStart(block);
    visit(i, end, i < bylineStart && removable(text, block, i, end, bookDepth > 0, quoteDepth > 0));
    i = end - 1;
  }
}

/** Where a paragraph's trailing byline `（记者 张三）` starts; Infinity when there is none. */
function trailingBylineStart(block: Block): number {
  const byline = block.kind === 'paragraph' ? TRAILING_BYLINE.exec(block.text) : null;
  return byline ? block.span.end - byline[0].trimEnd().length : Infinity;
}

function removable(text: string, block: Block, start: number, end: number, inBookTitle: boolean, inQuote: boolean): boolean {
  // whole code points, so a Han character beyond the Basic Multilingual Plane counts as Han;
  // NaN past either end of the text, which no class test accepts
  const before = codePointBefore(text, start);
  const after = text.codePointAt(end) ?? NaN;
  if (isAsciiAlnumCode(before) && isAsciiAlnumCode(after)) return false;
  if (nextToEnglishWord(text, start, end)) return false;
  switch (block.kind) {
    case 'byline':
      return false;
    case 'title':
    case 'subtitle':
      return !separatesPhrases(text, block.span, start, end);
    case 'heading':
      return block.level === 2 || !separatesPhrases(text, block.span, start, end);
    case 'caption':
      return !((inQuote || inBookTitle) && separatesPhrases(text, block.span, start, end));
    default:
      return (
        !(inBookTitle && separatesPhrases(text, block.span, start, end)) &&
        (isCjkCode(before) || isCjkCode(after) || isAsciiAlnumCode(before) || isAsciiAlnumCode(after))
      );
  }
}

/** The code point that ends just before `offset`: a surrogate pair read whole. */
function codePointBefore(text: string, offset: number): number {
  return splitsPair(text, offset - 1) ? text.codePointAt(offset - 2)! : text.charCodeAt(offset - 1);
}

/**
 * At least two non-space characters on each side (a line break of the block does not count):
 * a separator, not letter-spacing. Each side looks at most 8 characters away, within the block.
 */
function separatesPhrases(text: string, span: Span, start: number, end: number): boolean {
  return (
    twoInkedBeside(text, start - 1, Math.max(span.start, start - 8) - 1, -1) &&
    twoInkedBeside(text, end, Math.min(span.end, end + 8), 1)
  );
}

/** Whether the first two characters from `from` towards `stop` (excluded), CR and LF skipped, are not whitespace. */
function twoInkedBeside(text: string, from: number, stop: number, step: 1 | -1): boolean {
  let seen = 0;
  for (let i = from; i !== stop && seen < 2; i += step) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) continue;
    if (isRegExpSpaceCode(c)) return false;
    seen++;
  }
  return seen === 2;
}

/** `发展 and 人民`: spaces around a lowercase English word belong to it. */
function nextToEnglishWord(text: string, start: number, end: number): boolean {
  const a = inkBeside(text, start - 1, -1);
  const b = inkBeside(text, end, 1);
  return (
    (isLowerCode(text.charCodeAt(a)) && isLowerCode(text.charCodeAt(inkBeside(text, a - 1, -1)))) ||
    (isLowerCode(text.charCodeAt(b)) && isLowerCode(text.charCodeAt(inkBeside(text, b + 1, 1))))
  );
}

/** The offset of the first character from `from` in direction `step` that is not CR or LF (a word may be cut by a line break: `a|nd`). */
function inkBeside(text: string, from: number, step: 1 | -1): number {
  let i = from;
  while (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) i += step;
  return i;
}
