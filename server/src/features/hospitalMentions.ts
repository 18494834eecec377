// Document highlights, find-all-references and rename for a hospital, across its full and short
// forms in the document.
import { DocumentHighlightKind, type Location } from 'vscode-languageserver';
import { sameHospital } from '../analysis/entityValues';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { entityAt } from './entityAt';

export function registerHospitalMentions(ctx: ServerContext): void {
  const mentionsAt = async (uri: string, position: { line: number; character: number }) => {
    const found = await ctx.analysisFor(uri);
    if (!found) return undefined;
    const e = entityAt(found.doc, found.analysis, position);
    if (!e || e.kind !== 'hospital') return undefined;
    return { ...found, entity: e, mentions: sameHospital(found.analysis.entities, e) };
  };

  ctx.connection.onDocumentHighlight(async (p) => {
    const m = await mentionsAt(p.textDocument.uri, p.position);
    return m ? m.mentions.map((x) => ({ range: toRange(m.doc, x.span), kind: DocumentHighlightKind.Text })) : [];
  });

  ctx.connection.onReferences(async (p): Promise<Location[]> => {
    const m = await mentionsAt(p.textDocument.uri, p.position);
    return m ? m.mentions.map((x) => ({ uri: p.textDocument.uri, range: toRange(m.doc, x.span) })) : [];
  });

  ctx.connection.onPrepareRename(async (p) => {
    const m = await mentionsAt(p.textDocument.uri, p.position);
    return m ? { range: toRange(m.doc, m.entity.span), placeholder: m.entity.text } : null;
  });

  // Renames every mention written the same way as the one renamed (short forms keep their form).
  ctx.connection.onRenameRequest(async (p) => {
    const m = await mentionsAt(p.textDocument.uri, p.position);
    if (!m) return null;
    const same = m.mentions.filter((x) => x.text === m.entity.text);
    return { changes: { [p.textDocument.uri]: same.map((x) => ({ range: toRange(m.doc, x.span), newText: p.newName })) } };
  });
}
