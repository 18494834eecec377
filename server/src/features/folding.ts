// Folding ranges per article, per section and per caption group.
import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, Section, Span } from '../analysis/types';
import type { ServerContext } from '../context';

export function registerFolding(ctx: ServerContext): void {
  ctx.connection.onFoldingRanges(async (p, token) => {
    const found = await ctx.currentStructureFor(p.textDocument.uri, token);
    return found ? foldingRanges(found.doc, found.analysis) : [];
  });
}

export function foldingRanges(doc: TextDocument, a: ArticleAnalysis): FoldingRange[] {
  const out: FoldingRange[] = [];
  const add = (span: Span, kind?: FoldingRangeKind) => {
    const start = doc.positionAt(span.start).line;
    const end = doc.positionAt(span.end).line;
    if (end > start) out.push({ startLine: start, endLine: end, kind });
  };
  const walk = (s: Section) => {
    add(s.span);
    s.children.forEach(walk);
  };
  for (const art of a.articles) {
    if (a.articles.length > 1) add(art.span);
    art.sections.forEach(walk);
    if (art.captions.length > 1) {
      add({ start: a.blocks[art.captions[0]].span.start, end: a.blocks[art.captions[art.captions.length - 1]].span.end }, FoldingRangeKind.Region);
    }
  }
  return out;
}
