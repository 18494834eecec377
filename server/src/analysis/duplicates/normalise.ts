// Whitespace-free text, the form every comparison works on.

/** The text with all whitespace removed, so copies wrapped differently compare equal. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}
