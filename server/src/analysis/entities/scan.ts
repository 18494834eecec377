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
export function charSet(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}

/**
 * The matches of the sticky regex `re` that a global scan of `text` would find, left to right and
 * none inside another, trying only at `starts` (ascending, repeats allowed). Every position where a
 * match can start must be among them.
 */
export function matchesAt(re: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k];
    if (at < from) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) out.push(m);
    from = m ? at + m[0].length : at + 1;
  }
  return out;
}
