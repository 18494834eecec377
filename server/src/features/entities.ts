// `articleProofreader/entities`: every entity of a document with its value and position, for
// the client's export command (CSV or JSON for fact-checking).
import { entityValue } from '../analysis/entityValues';
import type { ServerContext } from '../context';
import { EntitiesRequest, type EntityRow, type EntitiesParams } from '../protocol';

export function registerEntities(ctx: ServerContext): void {
  ctx.connection.onRequest(EntitiesRequest, async (p: EntitiesParams, token): Promise<EntityRow[]> => {
    const found = await ctx.currentAnalysisFor(p.uri, token);
    if (!found) return [];
    return found.analysis.entities.map((e) => {
      const pos = found.doc.positionAt(e.span.start);
      return { kind: e.kind, text: e.text, value: entityValue(e), line: pos.line + 1, column: pos.character + 1 };
    });
  });
}
