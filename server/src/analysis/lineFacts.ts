// What the structure passes ask of each line, measured once per analysis: segmenting,
// classifying and joining then read these arrays instead of scanning the line texts again.
import { isRegExpSpaceCode, isSpaceCode } from './charCodes';
import { endsSentenceAt, rangeWidth } from './text';
import type { Lines } from './lines';

const UNMEASURED = -1;

/** Per-line facts, indexed like the line array. Blank lines hold 0, their ink bounds at the line start. */
export class LineFacts {
  /** The first non-space character (`isSpace`) of each non-blank line, and just past its last. */
  readonly inkStart: Int32Array;
  readonly inkEnd: Int32Array;
  /** 1 when `endsSentence` holds for the line's text. */
  readonly endsSentence: Uint8Array;
  /** The nearest non-blank line before each line, or -1. */
  readonly previous: Int32Array;
  /**
   * 0 when the line cannot be a subtitle, byline, credit or institution title: it is too long, or
   * it neither starts nor ends with a character those shapes start or end with, nor holds a colon.
   */
  readonly mayStandAlone: Uint8Array;
  /** Measured on demand: only lines around a sentence end inside a run are ever compared. */
  private readonly widths: Float64Array;

  constructor(private readonly text: string, private readonly lines: Lines) {
    const n = lines.length;
    this.inkStart = new Int32Array(n);
    this.inkEnd = new Int32Array(n);
    this.endsSentence = new Uint8Array(n);
    this.previous = new Int32Array(n);
    this.mayStandAlone = new Uint8Array(n);
    this.widths = new Float64Array(n).fill(UNMEASURED);
    let previous = -1;
    // A regular expression rather than indexOf: in Node 20, indexOf('：') inside this loop turned
    // thousands of times slower once the text had been through a garbage collection.
    const colons = /：/g;
    let colon = nextMatch(colons, text, 0);
    for (let i = 0; i < n; i++) {
      this.previous[i] = previous;
      const start = lines.start(i);
      if (lines.blank(i)) {
        this.inkStart[i] = this.inkEnd[i] = start;
        continue;
      }
      previous = i;
      const end = lines.end(i);
      while (colon >= 0 && colon < start) colon = nextMatch(colons, text, colon + 1);
      this.measure(i, start, end, colon >= 0 && colon < end);
    }
  }

  private measure(i: number, start: number, end: number, holdsColon: boolean): void {
    const text = this.text;
    let a = start;
    let b = end;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    this.inkStart[i] = a;
    this.inkEnd[i] = b;
    this.endsSentence[i] = endsSentenceAt(text, a, b) ? 1 : 0;
    this.mayStandAlone[i] = end - start < 90 && (holdsColon || hasStandAloneEdge(text, a, b)) ? 1 : 0;
  }

  /** Line i's text trimmed (as by `trim()`). */
  trimmed(i: number): string {
    if (this.lines.blank(i)) return '';
    const a = this.inkStart[i];
    const b = this.inkEnd[i];
    // trim() also removes the rarer Unicode spaces that isSpace keeps
    if (isRegExpSpaceCode(this.text.charCodeAt(a)) || isRegExpSpaceCode(this.text.charCodeAt(b - 1))) return this.lines.lineText(i).trim();
    return this.text.slice(a, b);
  }

  /** `displayWidth` of line i's text. */
  width(i: number): number {
    let w = this.widths[i];
    if (w === UNMEASURED) w = this.widths[i] = rangeWidth(this.text, this.inkStart[i], this.inkEnd[i]);
    return w;
  }
}

/** The offset of the next match of a global expression at or after `from`, or -1. */
function nextMatch(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.exec(text)?.index ?? -1;
}

/**
 * Whether the first or last character that is not whitespace (`\s`, as the patterns read it) in
 * text[start, end) is one that a subtitle, byline or credit starts or ends with: —－-□■◎（(本图照摄
 * first, 图摄影 last. The institution title's colon is looked for apart.
 */
function hasStandAloneEdge(text: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && isRegExpSpaceCode(text.charCodeAt(first))) first++;
  if (first === end) return false;
  switch (text.charCodeAt(first)) {
    case 0x2014: // —
    case 0xff0d: // －
    case 0x2d: // -
    case 0x25a1: // □
    case 0x25a0: // ■
    case 0x25ce: // ◎
    case 0xff08: // （
    case 0x28: // (
    case 0x672c: // 本
    case 0x56fe: // 图
    case 0x7167: // 照
    case 0x6444: // 摄
      return true;
  }
  let last = end - 1;
  while (isRegExpSpaceCode(text.charCodeAt(last))) last--;
  const c = text.charCodeAt(last);
  return c === 0x56fe || c === 0x6444 || c === 0x5f71; // 图 摄 影
}
