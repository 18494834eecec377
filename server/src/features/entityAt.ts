// The entity under a position, found by binary search over the sorted entities.
import type { Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Entity } from '../analysis/types';

export function entityAt(doc: TextDocument, a: ArticleAnalysis, position: Position): Entity | undefined {
  const offset = doc.offsetAt(position);
  let lo = 0;
  let hi = a.entities.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = a.entities[mid];
    if (e.span.end < offset) lo = mid + 1;
    else if (e.span.start > offset) hi = mid - 1;
    else return e;
  }
  return undefined;
}
