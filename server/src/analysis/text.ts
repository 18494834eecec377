// Character classes and sentence ends shared by every part of the core.
import { isHanCode, isRegExpSpaceCode, isSpaceCode } from './charCodes';

/** Han ideographs, including the extension planes reached through surrogate pairs. */
export function isHan(ch: string): boolean {
  return isHanCode(ch.codePointAt(0) ?? 0);
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

export function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0' || ch === '\f' || ch === '\v' || ch === '\ufeff';
}

export function isWhitespace(ch: string): boolean {
  return isSpace(ch) || ch === '\n' || ch === '\r';
}

/** Whether the text ends with a character that ends a sentence, possibly followed by closing quotes or brackets. */
export function endsSentence(s: string): boolean {
  return endsSentenceAt(s, 0, s.length);
}

/**
 * Whether text[start, end) ends a sentence: one of 。！？；!?;… followed only by closing quotes
 * or brackets, among its last 12 characters that are not whitespace (whitespace is skipped).
 */
export function endsSentenceAt(text: string, start: number, end: number): boolean {
  let seen = 0;
  for (let i = end - 1; i >= start && seen < 12; i--) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c) || c === 10 || c === 13) continue;
    if (isSentenceEndCode(c)) return true;
    if (!isClosingCode(c)) return false;
    seen++;
  }
  return false;
}

/** 。！？；!?;… */
function isSentenceEndCode(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 33 || c === 63 || c === 59 || c === 0x2026;
}

/**
 * Punctuation that closes what comes before it and never starts a sentence: ，。、；：！？…
 * and their half-width forms, and the closing quotes and brackets.
 */
export function isTrailingPunctCode(c: number): boolean {
  return (
    isSentenceEndCode(c) || isClosingCode(c) ||
    c === 0xff0c || c === 0x3001 || c === 0xff1a || c === 44 || c === 46 || c === 58
  );
}

/** “‘（(「『【《 */
export function isOpeningCode(c: number): boolean {
  return c === 0x201c || c === 0x2018 || c === 0xff08 || c === 40 || c === 0x300c || c === 0x300e || c === 0x3010 || c === 0x300a;
}

/**
 * What goes at a line break inside a level-1 heading printed over several lines: a space between
 * its phrases (`坚持党建引领|为高质量发展稳舵导航`), but nothing when a line already holds the
 * space between them (`党建引领 推动|医院高质量发展`: the break fell inside a phrase) or next to a
 * quote or bracket. `before` and `after` are the character codes on each side of the break.
 */
export function headingBreak(phrasesSpaced: boolean, before: number, after: number): string {
  return phrasesSpaced || isOpeningCode(before) || isTrailingPunctCode(after) ? '' : ' ';
}

/**
 * Whether a heading's line shows where two of its phrases part: the space between them, or a
 * quotation the line opens with and closes (`“便民就医少跑腿”提升…`), which is the first phrase.
 * A line break in a heading with such a line falls inside a phrase.
 */
export function showsPhraseBreak(text: string, start: number, end: number): boolean {
  if (holdsPhraseSpace(text, start, end)) return true;
  if (text.charCodeAt(start) !== 0x201c) return false;
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) === 0x201d) return true;
  return false;
}

/** Whether a heading's line holds the space between two of its phrases. */
export function holdsPhraseSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0x3000) return true;
  }
  return false;
}

/** ”’）)」』】》 */
export function isClosingCode(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0xff09 || c === 41 || c === 0x300d || c === 0x300f || c === 0x3011 || c === 0x300b;
}

/**
 * The width a line takes on the printed page, in Han-character units: ASCII letters and digits
 * take half a unit, as do the quotes and brackets that Chinese typesetting compresses, and the
 * letter-spacing spaces that extraction inserts take very little.
 */
export function displayWidth(s: string): number {
  let end = s.length;
  let start = 0;
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return rangeWidth(s, start, end);
}

/** The display width of text[start, end), edge spaces included (see `displayWidth`). */
export function rangeWidth(text: string, start: number, end: number): number {
  let w = 0;
  for (let i = start; i < end; i++) w += charWidth(text.charCodeAt(i));
  return w;
}

/** `displayWidth(s.replace(/\s+/g, ''))` without building the string. */
export function inkWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isRegExpSpaceCode(c)) w += charWidth(c);
  }
  return w;
}

function charWidth(c: number): number {
  // Han ideographs first, the most common by far; no other case falls in this range
  if (c >= 0x3400 && c < 0xd800) return 1;
  if (c === 32 || c === 9) return 0.2;
  if (c < 0x80) return 0.5;
  if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xff08 || c === 0xff09 || c === 0x300a || c === 0x300b) return 0.5;
  if (c >= 0xdc00 && c <= 0xdfff) return 0; // the second half of a surrogate pair
  return 1;
}

/** Counts characters by class: used to decide whether a plain-text file is a Chinese article. */
export function looksLikeArticle(text: string): boolean {
  let han = 0;
  let latin = 0;
  const n = Math.min(text.length, 200_000);
  for (let i = 0; i < n; ) {
    for (const stop = Math.min(n, i + 4096); i < stop; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) {
        han++;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      if (isHanCode(c)) han++;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    }
    // settled: even if every character left were a Latin letter, Han would still be ahead
    if (han >= 10 && han - latin > n - i) return true;
  }
  return han >= 10 && han > latin;
}

