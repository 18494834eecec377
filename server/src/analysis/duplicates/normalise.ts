// Whitespace-free text and its sentence boundaries: the form every comparison works on.

/** The text with all whitespace removed, so copies wrapped differently compare equal. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

/** 。！？；!?;… */
function isTerminal(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x2026;
}

/** Closing quotes and brackets that belong to the sentence they follow: ”’）)」』】》 */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 0xff09 || c === 0x29 || c === 0x300d || c === 0x300f || c === 0x3011 || c === 0x300b;
}

/**
 * Offsets just past each sentence of `text` (a run of terminals and the closers after it end one).
 * The last entry is always `text.length`: a trailing fragment without a terminal counts as a sentence.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isTerminal(text.charCodeAt(i))) {
      i++;
      continue;
    }
    while (i < text.length && isTerminal(text.charCodeAt(i))) i++;
    while (i < text.length && isCloser(text.charCodeAt(i))) i++;
    ends.push(i);
  }
  if (ends.length === 0 || ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}
