// Character classes on UTF-16 code units, for scans that read `charCodeAt` instead of one-character
// strings. Each agrees with its string twin in text.ts when that twin is given one code unit
// (`text[i]`), which is how the rules call them: a surrogate half is never Han on its own.

/** A Han ideograph: `isHan` of a code point; of a lone code unit, a surrogate half is never Han. */
export function isHanCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x3134f)
  );
}

/** Full-width punctuation or a CJK symbol (`isCjkPunct` of one code unit). */
export function isCjkPunctCode(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xff65) ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026 || c === 0xb7
  );
}

/** Chinese running text: a Han ideograph or Chinese punctuation (`isCjk` of one code unit). */
export function isCjkCode(c: number): boolean {
  return isHanCode(c) || isCjkPunctCode(c);
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function isAsciiAlnumCode(c: number): boolean {
  return isLetterCode(c) || isDigitCode(c);
}

/** The spaces inside a line (`isSpace` of one code unit): line breaks excluded. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 12 || c === 11 || c === 0xfeff;
}

/** `isWhitespace` of one code unit: the spaces inside a line and the line breaks. */
export function isWhitespaceCode(c: number): boolean {
  return isSpaceCode(c) || c === 10 || c === 13;
}

/** What a regular expression's `\s` matches, line breaks included: also what `trim()` removes. */
export function isRegExpSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether offset `at` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, at: number): boolean {
  const high = text.charCodeAt(at - 1);
  const low = text.charCodeAt(at);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
