// Finding the few characters a rule cares about without visiting every character in script: a
// regular expression walks the text in native code, far faster than a charCodeAt loop.

/**
 * The offset of the first match of `pattern` at or after `from`, or Infinity when there is none.
 * `pattern` must be global and match exactly one UTF-16 unit. A caller that only ever asks from
 * past its last answer reads the text once, however many blocks it walks.
 */
export function nextMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex - 1 : Infinity;
}
