// Semantic tokens for hospitals, dates and figures; a mention that crosses a line break becomes
// one token per line, as the protocol requires.
import { SemanticTokensBuilder, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis } from '../analysis/types';
import type { ServerContext } from '../context';

export const LEGEND: SemanticTokensLegend = {
  tokenTypes: ['hospital', 'date', 'metric'],
  tokenModifiers: ['approximate', 'inferred'],
};

export function registerSemanticTokens(ctx: ServerContext): void {
  ctx.connection.languages.semanticTokens.on(async (p, token) => {
    const found = await ctx.analysisFor(p.textDocument.uri, token);
    return { data: found ? semanticTokens(found.doc, found.analysis) : [] };
  });
}

export function semanticTokens(doc: TextDocument, a: ArticleAnalysis): number[] {
  const builder = new SemanticTokensBuilder();
  for (const e of a.entities) {
    const type = LEGEND.tokenTypes.indexOf(e.kind);
    const modifiers = (e.approx ? 1 : 0) | (e.inferred ? 2 : 0);
    const first = doc.positionAt(e.span.start).line;
    const last = doc.positionAt(e.span.end).line;
    for (let line = first; line <= last; line++) {
      const lineStart = doc.offsetAt({ line, character: 0 });
      const lineEnd = line < doc.lineCount - 1 ? doc.offsetAt({ line: line + 1, character: 0 }) : a.text.length;
      let s = Math.max(e.span.start, lineStart);
      let t = Math.min(e.span.end, lineEnd);
      while (s < t && /\s/.test(a.text[s])) s++;
      while (t > s && /\s/.test(a.text[t - 1])) t--;
      if (t > s) builder.push(line, s - lineStart, t - s, type, modifiers);
    }
  }
  return builder.build().data;
}
