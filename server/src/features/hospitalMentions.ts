// Document highlights, find-all-references and rename for a hospital, across its full and short
// forms in the document.
import { DocumentHighlightKind, type CancellationToken, type Location } from 'vscode-languageserver';
import { sameHospital } from '../analysis/entityValues';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { entityAt } from './entityAt';

export function registerHospitalMentions(ctx: ServerContext): void {
  const mentionsAt = async (uri: string, position: { line: number; character: number }, token: CancellationToken) => {
    const found = await ctx.analysisFor(uri, token);
    if (!found) return undefined;
    const e = entityAt(found.doc, found.analysis, position);
    if (!e || e.kind !== 'hospital') return undefined;
    return { ...found, entity: e, mentions: sameHospital(found.analysis.entities, e) };
  };

  ctx.connection.onDocumentHighlight(async (p, token) => {
    const m = await mentionsAt(p.textDocument.uri, p.position, token);
    return m ? m.mentions.map((x) => ({ range: toRange(m.doc, x.span), kind: DocumentHighlightKind.Text })) : [];
  });

  ctx.connection.onReferences(async (p, token): Promise<Location[]> => {
    const m = await mentionsAt(p.textDocument.uri, p.position, token);
    return m ? m.mentions.map((x) => ({ uri: p.textDocument.uri, range: toRange(m.doc, x.span) })) : [];
  });

  ctx.connection.onPrepareRename(async (p, token) => {
    const m = await mentionsAt(p.textDocument.uri, p.position, token);
    return m ? { range: toRange(m.doc, m.entity.span), placeholder: m.entity.text } : null;
  });

  // Renames every mention written the same way as the one renamed (short forms keep their form).
  ctx.connection.onRenameRequest(async (p, token) => {
    const m = await mentionsAt(p.textDocument.uri, p.position, token);
    if (!m) return null;
    const same = m.mentions.filter((x) => x.text === m.entity.text);
    return { changes: { [p.textDocument.uri]: same.map((x) => ({ range: toRange(m.doc, x.span), newText: p.newName })) } };
  });
}
