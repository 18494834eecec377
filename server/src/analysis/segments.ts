// First pass of the structure: raw lines -> segments. A segment is a run of consecutive non-blank
// lines that the page layout shows to belong together: lines are cut at the column width, and a
// new paragraph shows as a short last line or as an indented (shorter) first line.
import { isSpaceCode } from './charCodes';
import type { LineFacts } from './lineFacts';
import { holdsPhraseSpace, isTrailingPunctCode, rangeWidth } from './text';
import { continuesByline, continuesSubtitle, hasNoRunningPunct, isBylineLine, isCreditLine, isInstitutionTitle, isSubtitleLine, isTwoPhraseHeading } from './patterns';
import type { Lines } from './lines';

/** A run of non-blank lines [first, last] (indexes into the line array). */
export interface Segment {
  first: number;
  last: number;
  /**
   * Number of blank lines between this segment and the previous one: 0 when cut inside a run, but
   * 1 where the layout stands for one (text written one block to a line, under a heading in a run).
   */
  blankBefore: number;
}

/**
 * Splits the non-blank lines into segments at blank lines and at paragraph ends inside a run. In
 * a run written one block to a line, each line break reads as a blank line.
 */
export function segmentLines(lines: Lines, facts: LineFacts): Segment[] {
  const segments: Segment[] = [];
  let blank = 0;
  let current: Segment | null = null;
  const alone = standingAlone(lines, facts);
  const ownLines = unwrappedRuns(lines, facts);
  const starts = new Uint8Array(lines.length);
  let overPage = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines.blank(i)) {
      overPage = current !== null && blank === 0 && paragraphGoesOverPage(lines, facts, alone, i);
      if (overPage) continue;
      blank++;
      current = null;
      continue;
    }
    if (current && (overPage || alone[i] === CONTINUES || (!ownLines[i] && !alone[current.last] && !alone[i] && !endsParagraphInRun(lines, facts, current.last, starts)))) {
      current.last = i;
    } else {
      // a heading inside a run stands as if blank lines were around it
      const cutAfterHeading: number = current && alone[current.first] === HEADING ? 1 : 0;
      // under a title, subtitle, byline or heading, a paragraph begins
      const underBlock = current !== null && alone[current.last] > 0;
      current = { first: i, last: i, blankBefore: current ? Math.max(ownLines[i], cutAfterHeading) : blank };
      segments.push(current);
      starts[i] = underBlock || startsParagraph(facts, i) ? 1 : 0;
    }
    blank = 0;
    overPage = false;
  }
  return segments;
}

/**
 * Whether line i, a form feed on a line of its own between a finished sentence and the next page,
 * falls inside a paragraph: the next page begins with a full line of its column (as wide as the
 * line under it, so no indented first line), whose sentence goes on into the lines after it (a
 * paragraph of one line may be as wide). A sentence that goes on across the feed is joined as
 * across a blank line.
 */
function paragraphGoesOverPage(lines: Lines, facts: LineFacts, alone: Uint8Array, i: number): boolean {
  const before = i - 1;
  const next = i + 1;
  if (before < 0 || next + 1 >= lines.length || lines.blank(before) || lines.blank(next) || lines.blank(next + 1)) return false;
  if (!formFeedOnly(lines, i) || !facts.endsSentence[before] || facts.endsSentence[next] || alone[before] || alone[next] || !samePage(lines, facts, next, next + 1)) return false;
  // as wide as the line under it: two lines of one column, not a heading over a short line
  return Math.abs(facts.width(next) - unhungWidth(lines, facts, next + 1)) < 1.5 && !holdsPhraseSpace(lines.text, facts.inkStart[next], facts.inkEnd[next]);
}

/** Whether line i holds a form feed and nothing but whitespace. */
function formFeedOnly(lines: Lines, i: number): boolean {
  let feed = false;
  for (let k = lines.start(i); k < lines.end(i); k++) {
    const c = lines.text.charCodeAt(k);
    if (c === 12) feed = true;
    else if (!isSpaceCode(c)) return false;
  }
  return feed;
}

/** Wider than the column of any newspaper or book: a line this wide was never wrapped. */
const UNWRAPPED_WIDTH = 40;

/**
 * 1 for the lines of runs written one block to a line, as text that was never wrapped is, and
 * as formatting without blank lines between blocks writes it: a third or more of the run's lines
 * are wider than any column, and most of those end a sentence (a paragraph each). Lines wrapped
 * at a wide column are as wide, but few of them end a sentence.
 */
function unwrappedRuns(lines: Lines, facts: LineFacts): Uint8Array {
  const own = new Uint8Array(lines.length);
  for (let first = 0; first < lines.length; ) {
    if (lines.blank(first)) {
      first++;
      continue;
    }
    let last = first;
    let wide = 0;
    let ended = 0;
    for (; last < lines.length && !lines.blank(last); last++) {
      // a line of no more characters than the width cannot be wider: most are never measured
      if (facts.inkEnd[last] - facts.inkStart[last] <= UNWRAPPED_WIDTH || facts.width(last) <= UNWRAPPED_WIDTH) continue;
      wide++;
      ended += facts.endsSentence[last];
    }
    if (last - first >= 2 && wide * 3 >= last - first && ended * 2 > wide) own.fill(1, first, last);
    first = last;
  }
  return own;
}

/** In `standingAlone`: the line holds the rest of the subtitle above it. */
const CONTINUES = 2;
/** In `standingAlone`: a section heading printed with no blank line around it. */
const HEADING = 3;

/**
 * Lines that are blocks of their own even with no blank line around them: subtitles, bylines,
 * photo credits, titles, the line right above a subtitle (its title), and section headings
 * printed inside a run (marked `HEADING`). A subtitle or such a heading cut at the line end goes
 * on into the line below (marked `CONTINUES`).
 */
function standingAlone(lines: Lines, facts: LineFacts): Uint8Array {
  const alone = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    if (!facts.mayStandAlone[i] || alone[i] === CONTINUES) continue;
    const t = lines.lineText(i);
    if (isSubtitleLine(t)) {
      alone[i] = 1;
      const above = i - 1;
      if (above >= 0 && !lines.blank(above) && !facts.endsSentence[above]) {
        alone[above] = 1;
        markTitleAbove(lines, facts, alone, above);
      }
      const below = i + 1;
      if (below < lines.length && !lines.blank(below) && continuesSubtitle(t, lines.lineText(below))) alone[below] = CONTINUES;
    } else if (isInstitutionTitle(t)) {
      alone[i] = 1;
      markTitleTail(lines, facts, alone, i);
    } else if (isBylineLine(t) || isCreditLine(t)) {
      alone[i] = 1;
      const below = i + 1;
      if (below < lines.length && !lines.blank(below) && continuesByline(t, lines.lineText(below))) alone[below] = CONTINUES;
    }
  }
  for (let i = 1; i + 2 < lines.length; i++) {
    const n = headingInRun(lines, facts, i);
    if (n > 0) alone[i] = HEADING;
    if (n > 1) alone[i + 1] = CONTINUES;
  }
  return alone;
}

/**
 * A title printed over two or three lines above its subtitle (`凤凰涅槃|佑民康`), line `last` being
 * the one right above: short lines with no running punctuation, up from a blank line or the start
 * of the text, make one block.
 */
function markTitleAbove(lines: Lines, facts: LineFacts, alone: Uint8Array, last: number): void {
  const titleLine = (j: number) => !lines.blank(j) && !alone[j] && !facts.endsSentence[j] && facts.inkEnd[j] - facts.inkStart[j] <= 30 && hasNoRunningPunct(facts.trimmed(j));
  if (!hasNoRunningPunct(facts.trimmed(last)) || facts.inkEnd[last] - facts.inkStart[last] > 30) return;
  let top = last;
  while (top > 0 && last - top < 2 && titleLine(top - 1)) top--;
  if (top === last || (top > 0 && !lines.blank(top - 1))) return;
  alone[top] = 1;
  for (let j = top + 1; j <= last; j++) alone[j] = CONTINUES;
}

/**
 * An institution's title cut at the column width (`平顶山市第二人民医院：奋力开启高质量发展新征|程`):
 * one or two lines right under line i, ending the run, that make a title with it still. None is
 * wider than line i but by the two-character indent a block's first line may have lost. A
 * paragraph printed right under a title goes on past them, or reads as running text.
 */
function markTitleTail(lines: Lines, facts: LineFacts, alone: Uint8Array, i: number): void {
  let title = facts.trimmed(i);
  for (let j = i + 1; j <= i + 2 && j < lines.length && !lines.blank(j) && facts.width(j) <= facts.width(i) + 2; j++) {
    const tail = facts.trimmed(j);
    if (isSubtitleLine(tail) || isBylineLine(tail) || isCreditLine(tail) || isInstitutionTitle(tail)) return;
    title += tail;
    if (!isInstitutionTitle(title)) return;
    if (endsRun(lines, j)) {
      alone.fill(CONTINUES, i + 1, j + 1);
      return;
    }
  }
}

/**
 * How many lines, from line i, a section heading takes (`党建引领 推动医院高质量发展`) printed
 * between two paragraphs with no blank line around it, as text copied from a page comes; 0 when
 * line i starts none. Two phrases after a finished sentence, perhaps cut at the column width
 * (`党建引领 推动医院高质量发|展`), and under them a paragraph's indented first line, narrower than
 * the line after it. Running text holds a stray space now and then too, but the line under it
 * goes on at the full column width.
 */
function headingInRun(lines: Lines, facts: LineFacts, i: number): number {
  if (lines.blank(i) || lines.blank(i - 1) || !facts.endsSentence[i - 1] || facts.endsSentence[i]) return 0;
  if (!holdsPhraseSpace(lines.text, facts.inkStart[i], facts.inkEnd[i])) return 0;
  const t = facts.trimmed(i);
  if (!hasNoRunningPunct(t)) return 0;
  if (isTwoPhraseHeading(t) && indentedFirst(lines, facts, i + 1)) return 1;
  const rest = i + 1;
  if (lines.blank(rest) || facts.endsSentence[rest] || facts.width(rest) >= facts.width(i)) return 0;
  const whole = t + facts.trimmed(rest);
  return isTwoPhraseHeading(whole) && indentedFirst(lines, facts, rest + 1) ? 2 : 0;
}

/**
 * Whether line i is a paragraph's first line, its two-character indent dropped: narrower than the
 * line after it by about that much.
 */
function indentedFirst(lines: Lines, facts: LineFacts, i: number): boolean {
  if (i >= lines.length || lines.blank(i) || endsRun(lines, i) || !samePage(lines, facts, i, i + 1)) return false;
  const by = facts.width(i + 1) - facts.width(i);
  return by >= 1.5 && by <= 3.5;
}

/**
 * Whether line i, followed directly by line i + 1 with no blank line between, ends a paragraph.
 * Only a line that ends a sentence can; it does when it is clearly shorter than the column
 * (a short last line) or when the next line is clearly shorter than it (an indented first line).
 * The widths are compared with the neighbouring lines rather than with one column width, since
 * columns differ between articles, within one (from page to page too), and narrow line by line
 * around pictures. `starts` marks the lines up to i that begin a segment after a finished sentence.
 */
function endsParagraphInRun(lines: Lines, facts: LineFacts, i: number, starts: Uint8Array): boolean {
  if (!facts.endsSentence[i]) return false;
  const next = i + 1;
  // `。` or `”` pushed to the start of the next line still closes this line's sentence
  if (isTrailingPunctCode(lines.text.charCodeAt(facts.inkStart[next]))) return false;
  const width = (j: number) => facts.width(j); // measured on first use
  // The first line of a paragraph is indented by two characters, which extraction drops; a line
  // after a finished sentence that was read as going on with it is no first line.
  const indent = (j: number) => (starts[j] === 1 ? 2 : 0); // see columnWidth
  // the line before, on the same page; across a blank line, only while its sentence goes on (a
  // new paragraph after a blank line may be set at another width: another article, a box)
  const before = facts.previous[i];
  const sameColumn = before >= 0 && samePage(lines, facts, before, i) && (before === i - 1 || !facts.endsSentence[before]);
  const prev = sameColumn ? before : -1;
  const column = columnWidth(lines, facts, prev >= 0 ? prev : i, starts);
  if (prev >= 0 && narrowing(facts, facts.previous[prev], prev, i)) return false;
  if (width(i) + indent(i) <= column - 1.5) return true; // a short last line
  const full = unhungWidth(lines, facts, i);
  // When line i fills the column, a next line that ends the run may be its paragraph's last line,
  // of any width, so its shortness tells nothing of an indent. The column is that of the lines
  // before i, read across a blank line too (one line to a paragraph, as formatting without blank
  // lines writes it, shows no column).
  const recent = recentColumn(lines, facts, i, starts);
  const inColumn = width(i) + indent(i) >= recent - 1 && full + indent(i) <= recent + 1;
  if (inColumn && endsRun(lines, next) && facts.endsSentence[next]) return false;
  if (samePage(lines, facts, i, next)) return width(next) <= Math.max(column, full) - 1.5;
  // the next line opens a page, whose column may differ: measure it against the line after it
  return !endsRun(lines, next) && samePage(lines, facts, next, next + 1) && width(next) <= unhungWidth(lines, facts, next + 1) - 1.5;
}

/**
 * The widest of the three non-blank lines before line i on its page, indents and hanging marks
 * aside, or -9 when there are none.
 */
function recentColumn(lines: Lines, facts: LineFacts, i: number, starts: Uint8Array): number {
  let column = -9;
  for (let p = facts.previous[i], q = i, k = 0; p >= 0 && k < 3 && samePage(lines, facts, p, q); q = p, p = facts.previous[p], k++) {
    column = Math.max(column, columnWidth(lines, facts, p, starts));
  }
  return column;
}

/** Whether line i follows nothing or a finished sentence. */
function startsParagraph(facts: LineFacts, i: number): boolean {
  const prev = facts.previous[i];
  return prev < 0 || facts.endsSentence[prev] === 1;
}

/** Whether line i is the last of its run: a blank line or the end of the text follows. */
function endsRun(lines: Lines, i: number): boolean {
  return i + 1 >= lines.length || lines.blank(i + 1);
}

/** Whether no form feed stands between the ink of lines a and b (a before b; false when a < 0). */
function samePage(lines: Lines, facts: LineFacts, a: number, b: number): boolean {
  if (a < 0) return false;
  for (let k = facts.inkEnd[a]; k < facts.inkStart[b]; k++) if (lines.text.charCodeAt(k) === 12) return false;
  return true;
}

/** The column line j shows: its width, hanging mark aside, and the indent of a first line. */
function columnWidth(lines: Lines, facts: LineFacts, j: number, starts: Uint8Array): number {
  return unhungWidth(lines, facts, j) + (starts[j] === 1 ? 2 : 0);
}

/**
 * Line i's width without its last character when that is punctuation: typesetters let a closing
 * mark hang in the margin, so a full line may be one mark wider than the column.
 */
function unhungWidth(lines: Lines, facts: LineFacts, i: number): number {
  const last = facts.inkEnd[i] - 1;
  const w = facts.width(i);
  return isTrailingPunctCode(lines.text.charCodeAt(last)) ? w - rangeWidth(lines.text, last, last + 1) : w;
}

/** Lines whose widths fall a little, step by step: text flowing around a picture. */
function narrowing(facts: LineFacts, a: number, b: number, c: number): boolean {
  if (a < 0) return false;
  const step1 = facts.width(a) - facts.width(b);
  const step2 = facts.width(b) - facts.width(c);
  return step1 > 0 && step2 > 0 && step1 < 2.5 && step2 < 2.5;
}
