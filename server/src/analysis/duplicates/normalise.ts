// Whitespace-free text and its sentence boundaries: the form every comparison works on.

/** The text with all whitespace removed, so copies wrapped differently compare equal. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}

const TERMINAL = 1;
const CLOSER = 2;
/** Character classes by UTF-16 code unit: a table lookup per character keeps the scan cheap. */
const CLASS = new Uint8Array(0x10000);
for (const ch of '。！？；!?;…') CLASS[ch.charCodeAt(0)] = TERMINAL;
// closing quotes and brackets belong to the sentence they follow
for (const ch of '”’）)」』】》') CLASS[ch.charCodeAt(0)] = CLOSER;

/**
 * Offsets just past each sentence of `text` (a run of terminals and the closers after it end one).
 * The last entry is always `text.length`: a trailing fragment without a terminal counts as a sentence.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (CLASS[text.charCodeAt(i)] !== TERMINAL) {
      i++;
      continue;
    }
    while (i < text.length && CLASS[text.charCodeAt(i)] === TERMINAL) i++;
    while (i < text.length && CLASS[text.charCodeAt(i)] === CLOSER) i++;
    ends.push(i);
  }
  if (ends.length === 0 || ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}
