// A whitespace-free view of the text, so that one matcher finds `1950 年 10\n月` and `1950年10月`
// alike, with a map back to UTF-16 offsets in the original text.
import type { Span } from '../types';

/** The text with whitespace removed, and where each of its code units came from. */
export interface CompactText {
  /** The characters, whitespace removed (a single space kept between two Latin letters or digits). */
  text: string;
  /** `origin[i]` is the offset in the original text of `text[i]`. */
  origin: Int32Array;
}

/** The same whitespace as `isWhitespace` in ../text.ts, tested on char codes for speed. */
function isWhitespaceCode(c: number): boolean {
  if (c > 0x20) return c === 0x3000 || c === 0xa0 || c === 0xfeff;
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b;
}

function isAsciiAlnumCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

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

export function compact(text: string): CompactText {
  const origin = new Int32Array(text.length);
  const units = new Uint16Array(text.length);
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isWhitespaceCode(c)) {
      units[n] = c;
      origin[n++] = i++;
      continue;
    }
    const wsStart = i;
    while (i < text.length && isWhitespaceCode(text.charCodeAt(i))) i++;
    const before = wsStart > 0 ? text.charCodeAt(wsStart - 1) : -1;
    const after = i < text.length ? text.charCodeAt(i) : -1;
    if (isAsciiAlnumCode(before) && isAsciiAlnumCode(after) && separatesWords(text, wsStart, i)) {
      units[n] = 0x20;
      origin[n++] = wsStart;
    }
  }
  return { text: decodeUnits(units.subarray(0, n)), origin: origin.subarray(0, n) };
}

const UTF16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The string of these UTF-16 code units. A lone surrogate (invalid text) becomes U+FFFD, still one
 * code unit, so offsets are unchanged.
 */
function decodeUnits(units: Uint16Array): string {
  if (LITTLE_ENDIAN) return UTF16.decode(units);
  const chunks: string[] = [];
  for (let k = 0; k < units.length; k += 8192) chunks.push(String.fromCharCode(...units.subarray(k, k + 8192)));
  return chunks.join('');
}

/** The span in the original text of the compact range [start, end). */
export function originalSpan(c: CompactText, start: number, end: number): Span {
  return { start: c.origin[start], end: c.origin[end - 1] + 1 };
}
