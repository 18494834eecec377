// Character classes and line splitting shared by every part of the core.
import type { Line, Span } from './types';

/** Han ideographs, including the extension planes reached through surrogate pairs. */
export function isHan(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x3134f)
  );
}

/** Full-width punctuation used in Chinese text, and the CJK symbols block. */
export function isCjkPunct(ch: string): boolean {
  if (ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff65) || '“”‘’—…·'.includes(ch);
}

/** A character that belongs to Chinese running text (a Han ideograph or Chinese punctuation). */
export function isCjk(ch: string): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

export function isAsciiAlnum(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch);
}

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\f' || ch === '\v' || ch === '\ufeff';
}

export function isWhitespace(ch: string): boolean {
  return isSpace(ch) || ch === '\n' || ch === '\r';
}

/** Characters that end a sentence, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[。！？；!?;…][”’）)」』】》]*$/;

export function endsSentence(s: string): boolean {
  // only the last few characters matter; whitespace among them is skipped
  let tail = '';
  for (let i = s.length - 1; i >= 0 && tail.length < 12; i--) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 0x3000 && c !== 0xa0 && c !== 11 && c !== 0xfeff) tail = s[i] + tail;
  }
  return SENTENCE_END.test(tail);
}

/** Splits text into lines on LF, CRLF and lone CR. Form feeds stay inside the line as whitespace. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c !== 10 && c !== 13 && c !== -1) continue;
    const end = i;
    let next = i + 1;
    if (c === 13 && text.charCodeAt(i + 1) === 10) next = i + 2;
    if (c === -1) next = text.length;
    const body = text.slice(start, end);
    lines.push({ start, end, next, text: body, blank: body.trim() === '' && !/[^\s\ufeff]/.test(body) });
    if (c === -1) break;
    i = next - 1;
    start = next;
  }
  return lines;
}

/** The span of a line without leading and trailing whitespace (empty at `start` when blank). */
export function trimmedSpan(text: string, line: Line): Span {
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

/**
 * The width a line takes on the printed page, in Han-character units: ASCII letters and digits
 * take half a unit, as do the quotes and brackets that Chinese typesetting compresses, and the
 * letter-spacing spaces that extraction inserts take very little.
 */
export function displayWidth(s: string): number {
  let w = 0;
  let end = s.length;
  let start = 0;
  while (start < end && isBlankCode(s.charCodeAt(start))) start++;
  while (end > start && isBlankCode(s.charCodeAt(end - 1))) end--;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9) w += 0.2;
    else if (c < 0x80) w += 0.5;
    else if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xff08 || c === 0xff09 || c === 0x300a || c === 0x300b) w += 0.5;
    else if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a surrogate pair
    else w += 1;
  }
  return w;
}

function isBlankCode(c: number): boolean {
  return c === 32 || c === 9 || c === 12 || c === 11 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

/** Counts characters by class: used to decide whether a plain-text file is a Chinese article. */
export function looksLikeArticle(text: string): boolean {
  let han = 0;
  let latin = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const ch of sample) {
    if (isHan(ch)) han++;
    else if (/[A-Za-z]/.test(ch)) latin++;
  }
  return han >= 10 && han > latin;
}

/** The index of the line holding an offset (binary search over the line starts). */
export function lineIndexAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
