// Third pass of the structure: classified segments -> blocks. Paragraph segments cut by a blank
// line inside a sentence are merged, captions printed side by side on one line are split, and
// each line break inside a block gets its repair.
import { classifySteps, finishesParagraph, shapeKind, type Classified, type ClassifyContext } from './classify';
import { segmentLines } from './segments';
import { LineFacts } from './lineFacts';
import { isAsciiAlnumCode, isCjkCode, isLetterCode, isLowerCode, isSpaceCode, isUpperCode, isWhitespaceCode } from './charCodes';
import { endsSentenceAt, headingBreak, isClosingCode, isOpeningCode, isSpace, showsPhraseBreak } from './text';
import type { Lines } from './lines';
import { finish } from './steps';
import type { Block, BlockKind, Join } from './types';

/** A piece of one line that belongs to a block: [start, end) with no edge whitespace. */
interface Piece {
  line: number;
  start: number;
  end: number;
}

export function buildBlocks(text: string, lines: Lines, context?: ClassifyContext): Block[] {
  return finish(blockSteps(text, lines, context));
}

/** Blocks made between two steps of `blockSteps`: a few milliseconds' work. */
const BLOCKS_PER_STEP = 4096;

/**
 * The same in steps (see `analysisSteps`): the line facts, the segments and their kinds, then
 * the blocks a few thousand at a time. On a 10 MB text each is at most a fifth of the work.
 */
export function* blockSteps(text: string, lines: Lines, context?: ClassifyContext): Generator<void, Block[], void> {
  const facts = new LineFacts(text, lines);
  const segments = segmentLines(lines, facts);
  yield;
  const classified = yield* classifySteps(lines, facts, segments, context);
  yield;
  const groups = mergeSplitParagraphs(classified);
  const blocks: Block[] = [];
  for (let k = 0; k < groups.length; k++) {
    if (k > 0 && k % BLOCKS_PER_STEP === 0) yield;
    const g = groups[k];
    const { kind, level } = g[0];
    if (kind === 'caption') {
      const parts = splitSideBySide(text, piecesOf(lines, facts, g));
      for (const part of parts) {
        const block = makeBlock(text, kind, level, part);
        // printed beside a caption, a byline or a credit is still one (as it reads on its own line)
        if (parts.length > 1) block.kind = shapeKind(block.text) ?? kind;
        blocks.push(block);
      }
      continue;
    }
    const block = new BlockBuilder(text, kind, level, kind === 'heading' && level === 1 && phrasesSpaced(text, lines, facts, g));
    for (const s of g) {
      for (let i = s.first; i <= s.last; i++) if (!lines.blank(i)) block.add(i, facts.inkStart[i], facts.inkEnd[i]);
    }
    blocks.push(block.build());
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

/** Whether a line of the group shows where its phrases part (see `showsPhraseBreak`, `headingBreak`). */
function phrasesSpaced(text: string, lines: Lines, facts: LineFacts, group: Classified[]): boolean {
  for (const s of group) {
    for (let i = s.first; i <= s.last; i++) if (!lines.blank(i) && showsPhraseBreak(text, facts.inkStart[i], facts.inkEnd[i])) return true;
  }
  return false;
}

function piecesOf(lines: Lines, facts: LineFacts, group: Classified[]): Piece[] {
  const pieces: Piece[] = [];
  for (const s of group) {
    for (let i = s.first; i <= s.last; i++) {
      if (!lines.blank(i)) pieces.push({ line: i, start: facts.inkStart[i], end: facts.inkEnd[i] });
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
        const c = text.charCodeAt(i);
        if (isOpeningCode(c)) depth++;
        else if (isClosingCode(c) && depth > 0) depth--;
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
  const block = new BlockBuilder(text, kind, level);
  for (const p of pieces) block.add(p.line, p.start, p.end);
  return block.build();
}

/** A block put together piece by piece, in order, with the join before each piece after the first. */
class BlockBuilder {
  private readonly joins: Join[] = [];
  /** The pieces and replacements, joined once at the end into a flat string for the rules to read. */
  private readonly parts: string[] = [];
  private firstLine = -1;
  private lastLine = -1;
  private start = 0;
  private end = 0;

  constructor(
    private readonly text: string,
    private readonly kind: BlockKind,
    private readonly level: 0 | 1 | 2,
    /** For a level-1 heading: whether a line holds the space between its phrases. */
    private readonly phrasesSpaced = false,
  ) {}

  /** Adds text[start, end) of line `line`. */
  add(line: number, start: number, end: number): void {
    if (this.firstLine < 0) {
      this.firstLine = line;
      this.start = start;
    } else {
      const newText = joinReplacement(this.text, this.kind, this.level, this.end, start, this.phrasesSpaced);
      // pieces more than one line apart have a blank line between them
      this.joins.push({ span: { start: this.end, end: start }, kind: line - this.lastLine > 1 ? 'blank' : 'wrap', newText });
      if (newText) this.parts.push(newText);
    }
    this.parts.push(this.text.slice(start, end));
    this.lastLine = line;
    this.end = end;
  }

  build(): Block {
    return {
      kind: this.kind,
      level: this.level,
      span: { start: this.start, end: this.end },
      firstLine: this.firstLine,
      lastLine: this.lastLine,
      joins: this.joins,
      text: this.parts.length === 1 ? this.parts[0] : this.parts.join(''),
      article: 0,
    };
  }
}

/**
 * Nothing between Chinese characters; a space between two Latin words and between heading
 * phrases (see `headingBreak`), and between Chinese and an English word set apart by spaces
 * (see `spacedWordAt`). The line break runs from `end` (just past the last character of the line
 * before) to `start` (the first character of the line after).
 */
export function joinReplacement(text: string, kind: BlockKind, level: number, end: number, start: number, phrasesSpaced = false): string {
  if (kind === 'heading' && level === 1) return headingBreak(phrasesSpaced, text.charCodeAt(end - 1), text.charCodeAt(start));
  if (kind === 'byline') return bylineBreak(text, end, start);
  if (!isAsciiAlnumCode(text.charCodeAt(end - 1)) || !isAsciiAlnumCode(text.charCodeAt(start))) return spacedWordAt(text, end, start) ? ' ' : '';
  // a capital followed by a small letter starts a word: `Magnetic|Resonance`
  if (isUpperCode(text.charCodeAt(start)) && isLowerCode(text.charCodeAt(start + 1))) return ' ';
  return cutInChinese(text, end, start) ? '' : ' ';
}

/**
 * Whether an English word meets Chinese at the line break from `end` to `start` and has a space
 * on its other side (`软实力 and|内动力`, `发展|and 人民`): set apart on one side, it was on the
 * other too, and the break took that space.
 */
function spacedWordAt(text: string, end: number, start: number): boolean {
  const before = text.charCodeAt(end - 1);
  const after = text.charCodeAt(start);
  if (isLetterCode(before) && isCjkCode(after)) {
    let i = end - 1;
    while (i > 0 && isLetterCode(text.charCodeAt(i - 1))) i--;
    return i > 1 && text.charCodeAt(i - 1) === 32 && isCjkCode(text.charCodeAt(i - 2));
  }
  if (isCjkCode(before) && isLetterCode(after)) {
    let i = start;
    while (i + 1 < text.length && isLetterCode(text.charCodeAt(i + 1))) i++;
    return i + 2 < text.length && text.charCodeAt(i + 1) === 32 && isCjkCode(text.charCodeAt(i + 2));
  }
  return false;
}

/**
 * A byline's names stand apart (`□王正勋 侯林峰|郜秋娟 文/图`): a break between two words of two
 * characters or more, in a byline that spaces its words, was a space. A word of one character
 * at the break is part of a name cut in two (`郜秋|娟`).
 */
function bylineBreak(text: string, end: number, start: number): string {
  let a = end;
  while (a > 0 && !isWhitespaceCode(text.charCodeAt(a - 1))) a--;
  let b = start;
  while (b < text.length && !isWhitespaceCode(text.charCodeAt(b))) b++;
  // a space (not a line break) before the last word of the line, or after the first of the next
  const spaced = (a > 0 && isSpaceCode(text.charCodeAt(a - 1))) || (b < text.length && isSpaceCode(text.charCodeAt(b)));
  return end - a >= 2 && b - start >= 2 && spaced ? ' ' : '';
}

/** How far from a line break Chinese is looked for. */
const NEARBY = 32;

/**
 * Whether the letters or digits on both sides of a line break are one word cut at the column
 * width (`设有3|5个`, `“V|TE（`, `发展 a|nd 人民`): Chinese text breaks a line at any character,
 * so inside it a break between two letters or digits far more often falls inside a word than on
 * the space between two; English text breaks only at spaces. Chinese near the break on either
 * side tells which.
 */
function cutInChinese(text: string, end: number, start: number): boolean {
  for (let i = end - 1; i >= 0 && end - i <= NEARBY; i--) {
    const c = text.charCodeAt(i);
    if (isCjkCode(c)) return true;
    if (c === 10 || c === 13) break;
  }
  for (let i = start; i < text.length && i - start < NEARBY; i++) {
    const c = text.charCodeAt(i);
    if (isCjkCode(c)) return true;
    if (c === 10 || c === 13) break;
  }
  return false;
}
