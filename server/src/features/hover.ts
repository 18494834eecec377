// Hover: what a hospital, date or figure under the cursor means.
import type { Hover } from 'vscode-languageserver';
import { describeEntity, sameHospital } from '../analysis/entityValues';
import type { ServerContext } from '../context';
import { localize, toRange } from '../convert';
import { entityAt } from './entityAt';

export function registerHover(ctx: ServerContext): void {
  ctx.connection.onHover(async (p, token): Promise<Hover | null> => {
    const found = await ctx.analysisFor(p.textDocument.uri, token);
    if (!found) return null;
    const e = entityAt(found.doc, found.analysis, p.position);
    if (!e) return null;
    const mentions = e.kind === 'hospital' ? sameHospital(found.analysis.entities, e).length : 1;
    return {
      contents: { kind: 'markdown', value: localize(describeEntity(e, mentions), ctx.locale) },
      range: toRange(found.doc, e.span),
    };
  });
}
