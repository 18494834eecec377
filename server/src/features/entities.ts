// `articleProofreader/entities`: every entity of a document with its value and position, for
// the client's export command (CSV or JSON for fact-checking).
import type { CancellationToken } from 'vscode-languageserver';
import { entitySteps } from '../analysis/entities';
import { entityValue } from '../analysis/entityValues';
import type { Entity } from '../analysis/types';
import type { Found, ServerContext } from '../context';
import { runSteps } from '../documents';
import { EntitiesRequest, type EntityRow, type EntitiesParams } from '../protocol';
import { contentModifiedError, unlessCancelled } from '../requests';

export function registerEntities(ctx: ServerContext): void {
  ctx.connection.onRequest(EntitiesRequest, async (p: EntitiesParams, token): Promise<EntityRow[]> => {
    const found = await ctx.currentAnalysisFor(p.uri, token);
    if (!found) return [];
    const entities = found.analysis.reduced ? await entitiesOfLarge(found, token) : found.analysis.entities;
    return entities.map((e) => {
      const pos = found.doc.positionAt(e.span.start);
      return { kind: e.kind, text: e.text, value: entityValue(e), line: pos.line + 1, column: pos.character + 1 };
    });
  });
}

/**
 * The entities of a document past settings.largeDocument, whose analysis leaves them out to keep
 * typing fast: asked for by name, they are found now, in steps between the editor's messages.
 */
async function entitiesOfLarge(found: Found, token: CancellationToken): Promise<Entity[]> {
  const { doc, analysis, settings } = found;
  const version = doc.version;
  const steps = entitySteps(analysis.text, { hospitals: settings.hospitals });
  const entities = await unlessCancelled(runSteps(steps, true, () => doc.version !== version || token.isCancellationRequested), token);
  if (!entities) throw contentModifiedError();
  return entities;
}
