// First pass of the structure: raw lines -> segments. A segment is a run of consecutive non-blank
// lines that the page layout shows to belong together: lines are cut at the column width, and a
// new paragraph shows as a short last line or as an indented (shorter) first line.
import type { LineFacts } from './lineFacts';
import { isTrailingPunctCode } from './text';
import { isBylineLine, isCreditLine, isInstitutionTitle, isSubtitleLine } from './patterns';
import type { Lines } from './lines';

/** A run of non-blank lines [first, last] (indexes into the line array). */
export interface Segment {
  first: number;
  last: number;
  /** Number of blank lines between this segment and the previous one (0 when cut inside a run). */
  blankBefore: number;
}

/** Splits the non-blank lines into segments at blank lines and at paragraph ends inside a run. */
export function segmentLines(lines: Lines, facts: LineFacts): Segment[] {
  const segments: Segment[] = [];
  let blank = 0;
  let current: Segment | null = null;
  const alone = standingAlone(lines, facts);
  for (let i = 0; i < lines.length; i++) {
    if (lines.blank(i)) {
      blank++;
      current = null;
      continue;
    }
    if (current && !alone[current.last] && !alone[i] && !endsParagraphInRun(lines, facts, current.last)) {
      current.last = i;
    } else {
      current = { first: i, last: i, blankBefore: current ? 0 : blank };
      segments.push(current);
    }
    blank = 0;
  }
  return segments;
}

/**
 * Lines that are blocks of their own even with no blank line around them: subtitles, bylines,
 * photo credits, titles, and the line right above a subtitle (its title).
 */
function standingAlone(lines: Lines, facts: LineFacts): Uint8Array {
  const alone = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    if (!facts.mayStandAlone[i]) continue;
    const t = lines.lineText(i);
    if (isSubtitleLine(t)) {
      alone[i] = 1;
      const above = i - 1;
      if (above >= 0 && !lines.blank(above) && !facts.endsSentence[above]) alone[above] = 1;
    } else if (isBylineLine(t) || isCreditLine(t) || isInstitutionTitle(t)) {
      alone[i] = 1;
    }
  }
  return alone;
}

/**
 * Whether line i, followed directly by line i + 1 with no blank line between, ends a paragraph.
 * Only a line that ends a sentence can; it does when it is clearly shorter than the column
 * (a short last line) or when the next line is clearly shorter than it (an indented first line).
 * The widths are compared with the neighbouring lines rather than with one column width, since
 * columns differ between articles, within one, and narrow line by line around pictures.
 */
export function endsParagraphInRun(lines: Lines, facts: LineFacts, i: number): boolean {
  if (!facts.endsSentence[i]) return false;
  const next = i + 1;
  if (next >= lines.length || lines.blank(next)) return true;
  // `。` or `”` pushed to the start of the next line still closes this line's sentence
  if (isTrailingPunctCode(lines.text.charCodeAt(facts.inkStart[next]))) return false;
  const width = (j: number) => facts.width(j); // measured on first use
  const prev = facts.previous[i];
  // The first line of a paragraph is indented by two characters, which extraction drops.
  const indent = (j: number) => (firstOfParagraph(facts, j) ? 2 : 0);
  const column = prev >= 0 ? width(prev) + indent(prev) : width(i) + indent(i);
  if (prev >= 0 && narrowing(facts, facts.previous[prev], prev, i)) return false;
  const shortLast = width(i) + indent(i) <= column - 1.5;
  const indentedNext = width(next) <= Math.max(column, width(i)) - 1.5;
  return shortLast || indentedNext;
}

/** Whether line i starts a paragraph: nothing before it, or a finished sentence. */
function firstOfParagraph(facts: LineFacts, i: number): boolean {
  const prev = facts.previous[i];
  return prev < 0 || facts.endsSentence[prev] === 1;
}

/** Lines whose widths fall a little, step by step: text flowing around a picture. */
function narrowing(facts: LineFacts, a: number, b: number, c: number): boolean {
  if (a < 0) return false;
  const step1 = facts.width(a) - facts.width(b);
  const step2 = facts.width(b) - facts.width(c);
  return step1 > 0 && step2 > 0 && step1 < 2.5 && step2 < 2.5;
}
