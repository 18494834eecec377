// Workspace symbols: the titles and headings of every open article.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toRange } from '../convert';

export function registerWorkspaceSymbols(ctx: ServerContext): void {
  ctx.connection.onWorkspaceSymbol(async (p, token) => {
    const query = p.query.trim().toLowerCase();
    const out: SymbolInformation[] = [];
    for (const d of ctx.documents.all()) {
      if (token.isCancellationRequested) break;
      const found = await ctx.latestAnalysisFor(d.uri);
      if (!found) continue;
      for (const b of found.analysis.blocks) {
        if (b.kind !== 'title' && b.kind !== 'heading') continue;
        if (query && !b.text.toLowerCase().includes(query)) continue;
        out.push({
          name: b.text,
          kind: b.kind === 'title' ? SymbolKind.Module : SymbolKind.Class,
          location: { uri: d.uri, range: toRange(found.doc, b.span) },
        });
      }
    }
    return out;
  });
}
