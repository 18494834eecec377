// A repeated section: a repeated heading followed by repeats of the paragraphs under its first copy.
import type { BlockKind } from '../types';
import type { Duplicate } from './types';

export const HEADING_KINDS: ReadonlySet<BlockKind> = new Set<BlockKind>(['title', 'subtitle', 'heading']);

/** The index of the first heading after `from`, or `kinds.length`. */
function nextHeading(kinds: readonly BlockKind[], from: number): number {
  let i = from + 1;
  while (i < kinds.length && !HEADING_KINDS.has(kinds[i])) i++;
  return i;
}

/**
 * Sets `sectionEnd` on each repeated heading followed by at least one block that repeats a block
 * of the first copy's section; the repeated section runs until the first block that does not.
 * `byIndex[i]` is the duplicate found for block i, if any.
 */
export function markRepeatedSections(kinds: readonly BlockKind[], byIndex: readonly (Duplicate | undefined)[]): void {
  for (const dup of byIndex) {
    if (!dup || dup.rule !== 'duplicate-heading') continue;
    const firstSectionEnd = nextHeading(kinds, dup.first);
    let last = dup.index;
    for (let j = dup.index + 1; j < kinds.length; j++) {
      const d = byIndex[j];
      if (!d || d.first <= dup.first || d.first >= firstSectionEnd) break;
      last = j;
    }
    if (last > dup.index) dup.sectionEnd = last;
  }
}
