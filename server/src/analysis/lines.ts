// The physical lines of a text, as flat arrays of offsets rather than an object per line: a
// 10 MB article has a quarter of a million lines, and an object each (with its text) took more
// memory than the rest of the analysis.
import { isRegExpSpaceCode } from './charCodes';

/** One line read out of the table (for callers off the hot paths: the CLI, the tests). */
export interface Line {
  start: number;
  end: number;
  next: number;
  blank: boolean;
}

/** An immutable table of a text's lines. Line i runs from start(i) to end(i), its break after. */
export class Lines {
  /** Made by `Lines.of` and `patched`; the arrays are the table's own from then on. */
  constructor(
    readonly text: string,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    /** 1 when the line holds only whitespace (a form feed and a byte order mark count). */
    private readonly blanks: Uint8Array,
  ) {}

  /** Splits text into lines on LF, CRLF and lone CR. Form feeds stay inside the line as whitespace. */
  static of(text: string): Lines {
    const table = new Table(Math.max(16, text.length >> 4));
    let start = 0;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      const end = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      const next = end === cr && lf === cr + 1 ? cr + 2 : end + 1;
      table.push(start, end, isBlankRange(text, start, end));
      start = next;
      if (lf >= 0 && lf < next) lf = text.indexOf('\n', next);
      if (cr >= 0 && cr < next) cr = text.indexOf('\r', next);
    }
    table.push(start, text.length, isBlankRange(text, start, text.length));
    return table.lines(text);
  }

  get length(): number {
    return this.starts.length;
  }

  /** Offset of line i's first character. */
  start(i: number): number {
    return this.starts[i];
  }

  /** Offset just past line i's last character, before its line break. */
  end(i: number): number {
    return this.ends[i];
  }

  /** Offset of the line after line i (past its line break); the text's length for the last line. */
  next(i: number): number {
    return i + 1 < this.starts.length ? this.starts[i + 1] : this.text.length;
  }

  /** Whether line i holds only whitespace. */
  blank(i: number): boolean {
    return this.blanks[i] === 1;
  }

  /** Line i's characters without its line break. */
  lineText(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  /** Line i as an object. */
  at(i: number): Line {
    return { start: this.start(i), end: this.end(i), next: this.next(i), blank: this.blank(i) };
  }

  *[Symbol.iterator](): IterableIterator<Line> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** The index of the line holding `offset` (the last line starting at or before it). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * The lines of `text`, an edit of this table's text: lines a..b, which ran from `from` to
   * `to`, are read anew from the edited text, the lines before are kept and those after move by
   * `delta`. The line breaks around the region are not part of the edit, and the edit must not
   * join one of them with a CR or LF typed next to it into one CRLF (the quick re-analysis
   * keeps whole blocks between an edit and the region's edges).
   */
  patched(text: string, a: number, b: number, from: number, to: number, delta: number): Lines {
    const middle = Lines.of(text.slice(from, to + delta));
    const n = this.length - (b - a + 1) + middle.length;
    const table = new Table(n);
    for (let i = 0; i < a; i++) table.push(this.starts[i], this.ends[i], this.blanks[i] === 1);
    for (let i = 0; i < middle.length; i++) table.push(middle.starts[i] + from, middle.ends[i] + from, middle.blanks[i] === 1);
    for (let i = b + 1; i < this.length; i++) table.push(this.starts[i] + delta, this.ends[i] + delta, this.blanks[i] === 1);
    return table.lines(text);
  }
}

/** Growing arrays of line bounds. */
class Table {
  private starts: Int32Array;
  private ends: Int32Array;
  private blanks: Uint8Array;
  private n = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.blanks = new Uint8Array(capacity);
  }

  push(start: number, end: number, blank: boolean): void {
    if (this.n === this.starts.length) this.grow();
    this.starts[this.n] = start;
    this.ends[this.n] = end;
    this.blanks[this.n] = blank ? 1 : 0;
    this.n++;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const blanks = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    blanks.set(this.blanks);
    this.starts = starts;
    this.ends = ends;
    this.blanks = blanks;
  }

  /** The table as Lines of `text`, trimmed to the lines pushed. */
  lines(text: string): Lines {
    const trim = <T extends Int32Array | Uint8Array>(a: T): T => (a.length === this.n ? a : (a.slice(0, this.n) as T));
    return new Lines(text, trim(this.starts), trim(this.ends), trim(this.blanks));
  }
}

/** Whether text[start, end) holds only whitespace (a form feed and a byte order mark count). */
function isBlankRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isRegExpSpaceCode(text.charCodeAt(i))) return false;
  return true;
}
