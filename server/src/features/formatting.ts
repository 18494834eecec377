// Document and range formatting: whitespace only, one block per line, blocks apart.
import type { ServerContext } from '../context';
import { formatEdits } from '../analysis/fixes';
import { toEdits, toSpan } from '../convert';

export function registerFormatting(ctx: ServerContext): void {
  ctx.connection.onDocumentFormatting(async (p, token) => {
    const found = await ctx.analysisFor(p.textDocument.uri, token);
    return found ? toEdits(found.doc, formatEdits(found.analysis, found.settings)) : [];
  });
  ctx.connection.onDocumentRangeFormatting(async (p, token) => {
    const found = await ctx.analysisFor(p.textDocument.uri, token);
    return found ? toEdits(found.doc, formatEdits(found.analysis, found.settings, toSpan(found.doc, p.range))) : [];
  });
}
