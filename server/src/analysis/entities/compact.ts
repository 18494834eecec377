// A whitespace-free view of the text, so that one matcher finds `1950 年 10\n月` and `1950年10月`
// alike, with a map back to UTF-16 offsets in the original text.
import { isAsciiAlnumCode, isDigitCode, isWhitespaceCode } from '../charCodes';
import type { Span } from '../types';

/** The text with whitespace removed, and where each of its code units came from. */
export interface CompactText {
  /** The characters, whitespace removed (a single space kept between two Latin letters or digits). */
  text: string;
  /**
   * Where the view's offsets shift against the original's, ascending: from `shiftAt[k]` on (up to
   * the next), `text[i]` comes from offset `i + shiftBy[k]` of the original. One entry per removed
   * whitespace run rather than one per code unit: far less to write.
   */
  shiftAt: number[];
  shiftBy: number[];
  /**
   * Where each run of ASCII digits starts in `text`, ascending: every figure and Arabic date
   * starts at one, so their matchers try only these (gathered here, in the one pass over the text).
   */
  digitRuns: number[];
  /** Where `text` has a kept space, ascending: the only spaces in it. */
  spaces: number[];
}

/**
 * Most of an article: CJK punctuation and ideographs (above U+3000, below the surrogates), fullwidth
 * forms. None is whitespace, a digit or a surrogate, so a range test or two lets them through.
 */
const isPlainCode = (c: number): boolean => (c > 0x3000 && c < 0xd800) || (c >= 0xe000 && c !== 0xfeff);
const isSurrogateCode = (c: number): boolean => (c & 0xf800) === 0xd800;

/**
 * Whether a whitespace run between two Latin letters or digits separates two words: spaces do
 * (`5 000`, `GE 4100`), a single line break does not (a hard wrap inside `20\n23`), a blank line
 * does (a paragraph break).
 */
function separatesWords(text: string, start: number, end: number): boolean {
  let breaks = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) breaks++;
  }
  return breaks !== 1;
}

/**
 * Scratch space for the view's code units, kept from call to call: writing into fresh memory costs
 * more than the writing itself. Nothing in it outlives a call.
 */
let scratch = new Uint16Array(0);

export function compact(text: string): CompactText {
  const length = text.length;
  if (scratch.length < length) scratch = new Uint16Array(length);
  const units = scratch;
  const shiftAt: number[] = [0];
  const shiftBy: number[] = [0];
  const digitRuns: number[] = [];
  const spaces: number[] = [];
  let surrogates = false;
  let n = 0;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (isPlainCode(c)) {
      units[n++] = c;
      i++;
      continue;
    }
    if (!isWhitespaceCode(c)) {
      if (isDigitCode(c) && (n === 0 || !isDigitCode(units[n - 1]))) digitRuns.push(n);
      else if (isSurrogateCode(c)) surrogates = true;
      units[n++] = c;
      i++;
      continue;
    }
    const wsStart = i;
    while (i < length && isWhitespaceCode(text.charCodeAt(i))) i++;
    const before = wsStart > 0 ? text.charCodeAt(wsStart - 1) : -1;
    const after = i < length ? text.charCodeAt(i) : -1;
    // a kept space comes from the run's first code unit, at the shift already in force
    if (isAsciiAlnumCode(before) && isAsciiAlnumCode(after) && separatesWords(text, wsStart, i)) {
      spaces.push(n);
      units[n++] = 0x20;
    }
    shiftAt.push(n);
    shiftBy.push(i - n);
  }
  return {
    text: decodeUnits(units.subarray(0, n), surrogates),
    shiftAt,
    shiftBy,
    digitRuns,
    spaces,
  };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le');

/**
 * The string of these UTF-16 code units. A lone surrogate (invalid text) becomes U+FFFD, still one
 * code unit, so offsets are unchanged; without surrogates, Buffer's faster decoder gives the same.
 */
function decodeUnits(units: Uint16Array, surrogates: boolean): string {
  if (LITTLE_ENDIAN && !surrogates) return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  if (LITTLE_ENDIAN) return UTF16.decode(units);
  const chunks: string[] = [];
  for (let k = 0; k < units.length; k += 8192) chunks.push(String.fromCharCode(...units.subarray(k, k + 8192)));
  return chunks.join('');
}

/**
 * Maps offsets of the compact text to the original's, for offsets asked in ascending order (as the
 * spans of sorted, non-overlapping matches are): it walks the shift points once.
 */
export class OriginalOffsets {
  private k = 0;

  constructor(private readonly c: CompactText) {}

  /** The offset in the original text of `c.text[at]`; `at` no less than at the last call. */
  of(at: number): number {
    const { shiftAt, shiftBy } = this.c;
    while (this.k + 1 < shiftAt.length && shiftAt[this.k + 1] <= at) this.k++;
    return at + shiftBy[this.k];
  }

  /** The span in the original text of the compact range [start, end). */
  span(start: number, end: number): Span {
    const from = this.of(start);
    return { start: from, end: this.of(end - 1) + 1 };
  }
}
