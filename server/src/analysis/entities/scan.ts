// Helpers for matchers that try their patterns only where a match can start, instead of scanning
// the whole text from every position: a global regex scan costs the same on a page without a
// single date as on one full of them.

/** Where `ch` (one code unit) occurs in `text`, ascending. */
export function occurrences(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) out.push(i);
  return out;
}

/** A set of characters, tested by code unit without making a string of each. */
export interface CharSet {
  /** Whether the code unit is in the set; NaN (a `charCodeAt` past either end) is in none. */
  has(code: number): boolean;
}

/** One bit per UTF-16 code unit: a test is a shift and a mask, where a Set hashes. */
class BitCharSet implements CharSet {
  private readonly bits = new Uint32Array(0x10000 >>> 5);

  constructor(chars: string) {
    for (let k = 0; k < chars.length; k++) {
      const c = chars.charCodeAt(k);
      this.bits[c >>> 5] |= 1 << (c & 31);
    }
  }

  has(code: number): boolean {
    return code >= 0 && (this.bits[code >>> 5] & (1 << (code & 31))) !== 0;
  }
}

export function charSet(chars: string): CharSet {
  return new BitCharSet(chars);
}

/**
 * Calls `visit` with each match of the sticky regex `re` that a global scan of `text` would find,
 * left to right and none inside another, trying only at `starts` (ascending, repeats allowed). Every
 * position where a match can start must be among them. Each match is handed over as it is found
 * rather than gathered: thousands of match arrays kept alive at once cost the collector more.
 */
export function forEachMatchAt(re: RegExp, text: string, starts: readonly number[], visit: (m: RegExpExecArray) => void): void {
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k];
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) visit(m);
    from = m ? at + m[0].length : at + 1;
  }
}
