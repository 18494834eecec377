// First pass of the structure: raw lines -> segments. A segment is a run of consecutive non-blank
// lines that the page layout shows to belong together: lines are cut at the column width, and a
// new paragraph shows as a short last line or as an indented (shorter) first line.
import { isBylineLine, isCreditLine, isInstitutionTitle, isSubtitleLine } from './patterns';
import { displayWidth, endsSentence } from './text';
import type { Line } from './types';

/** A run of non-blank lines [first, last] (indexes into the line array). */
export interface Segment {
  first: number;
  last: number;
  /** Number of blank lines between this segment and the previous one (0 when cut inside a run). */
  blankBefore: number;
}

/** Splits the non-blank lines into segments at blank lines and at paragraph ends inside a run. */
export function segmentLines(lines: Line[]): Segment[] {
  const segments: Segment[] = [];
  let blank = 0;
  let current: Segment | null = null;
  const widths = lines.map((l) => (l.blank ? 0 : displayWidth(l.text)));
  const alone = lines.map((l, i) => !l.blank && standsAlone(lines, i));
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank) {
      blank++;
      current = null;
      continue;
    }
    if (current && !alone[current.last] && !alone[i] && !endsParagraphInRun(lines, widths, current.last)) {
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
function standsAlone(lines: Line[], i: number): boolean {
  const t = lines[i].text;
  if (mayStandAlone(t) && (isSubtitleLine(t) || isBylineLine(t) || isCreditLine(t) || isInstitutionTitle(t))) return true;
  const next = lines[i + 1];
  return next !== undefined && !next.blank && mayStandAlone(next.text) && isSubtitleLine(next.text) && !endsSentence(t);
}

/** A cheap first look: the characters every such line holds, so most lines skip the patterns. */
function mayStandAlone(t: string): boolean {
  return t.length < 90 && /[—－\-□■◎（(由图摄：]|本报|记者/.test(t);
}

/** The previous non-blank line before index i, or -1. */
function previousText(lines: Line[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (!lines[j].blank) return j;
  return -1;
}

/**
 * Whether line i, followed directly by line i + 1 with no blank line between, ends a paragraph.
 * Only a line that ends a sentence can; it does when it is clearly shorter than the column
 * (a short last line) or when the next line is clearly shorter than it (an indented first line).
 * The widths are compared with the neighbouring lines rather than with one column width, since
 * columns differ between articles, within one, and narrow line by line around pictures.
 */
export function endsParagraphInRun(lines: Line[], widths: number[], i: number): boolean {
  if (!endsSentence(lines[i].text)) return false;
  const next = i + 1;
  if (next >= lines.length || lines[next].blank) return true;
  const prev = previousText(lines, i);
  // The first line of a paragraph is indented by two characters, which extraction drops.
  const indent = (j: number) => (firstOfParagraph(lines, j) ? 2 : 0);
  const column = prev >= 0 ? widths[prev] + indent(prev) : widths[i] + indent(i);
  if (prev >= 0 && narrowing(widths, previousText(lines, prev), prev, i)) return false;
  const shortLast = widths[i] + indent(i) <= column - 1.5;
  const indentedNext = widths[next] <= Math.max(column, widths[i]) - 1.5;
  return shortLast || indentedNext;
}

/** Whether line i starts a paragraph: nothing before it, or a finished sentence. */
function firstOfParagraph(lines: Line[], i: number): boolean {
  const prev = previousText(lines, i);
  return prev < 0 || endsSentence(lines[prev].text);
}

/** Lines whose widths fall a little, step by step: text flowing around a picture. */
function narrowing(widths: number[], a: number, b: number, c: number): boolean {
  if (a < 0) return false;
  const step1 = widths[a] - widths[b];
  const step2 = widths[b] - widths[c];
  return step1 > 0 && step2 > 0 && step1 < 2.5 && step2 < 2.5;
}
