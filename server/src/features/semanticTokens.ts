// Semantic tokens for hospitals, dates and figures; a mention that crosses a line break becomes
// one token per line, as the protocol requires. After an edit the editor asks for what changed
// since the tokens it has (a delta): a keystroke changes a few numbers of a 1 MB article's 70,000.
// After a keystroke they are read from the quick analysis, which is there at once where the exact
// one takes a tenth of a second per megabyte; when the exact one reads the entities near the edit
// otherwise (a date's year, taken from the whole article's timeline), the editor is asked to fetch
// them again. An editor that cannot be asked waits for the exact analysis.
import { SemanticTokensBuilder, type CancellationToken, type SemanticTokensEdit, type SemanticTokensLegend } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis } from '../analysis/types';
import type { ServerContext } from '../context';

export const LEGEND: SemanticTokensLegend = {
  tokenTypes: ['hospital', 'date', 'metric'],
  tokenModifiers: ['approximate', 'inferred'],
};

/** The tokens last sent for a document, under the id a delta request names them by. */
interface Sent {
  resultId: string;
  data: number[];
  /** The version they were read from, and the analysis (none for a document that is no article). */
  version: number;
  analysis: ArticleAnalysis | undefined;
}

export function registerSemanticTokens(ctx: ServerContext): void {
  const sent = new Map<string, Sent>();
  let results = 0;
  const tokensOf = async (uri: string, token: CancellationToken) => {
    const found = canRefresh(ctx) ? await ctx.latestAnalysisFor(uri, token) : await ctx.analysisFor(uri, token);
    const data = found ? semanticTokens(found.doc, found.analysis) : [];
    const before = sent.get(uri);
    const resultId = String(++results);
    sent.set(uri, { resultId, data, version: ctx.documents.get(uri)?.version ?? -1, analysis: found?.analysis });
    return { resultId, data, before };
  };
  ctx.connection.languages.semanticTokens.on(async (p, token) => {
    const { resultId, data } = await tokensOf(p.textDocument.uri, token);
    return { resultId, data };
  });
  ctx.connection.languages.semanticTokens.onDelta(async (p, token) => {
    const { resultId, data, before } = await tokensOf(p.textDocument.uri, token);
    // tokens the editor no longer holds under that id (or never had): all of them
    if (before?.resultId !== p.previousResultId) return { resultId, data };
    return { resultId, edits: tokenEdits(before.data, data) };
  });
  ctx.onExactAnalysis((uri) => void checkSent(ctx, sent, uri));
  ctx.documents.onDidClose((e) => sent.delete(e.document.uri));
}

/**
 * Once an exact analysis is made of the version whose tokens the editor holds, read from another
 * analysis (a quick one, or one under other settings), asks the editor to fetch them again if
 * they differ.
 */
async function checkSent(ctx: ServerContext, sent: Map<string, Sent>, uri: string): Promise<void> {
  const before = sent.get(uri);
  // tokens of an older version: the editor asks for new ones anyway (and asking for the analysis
  // of the current version here would start it while the user types)
  if (!before || !canRefresh(ctx) || ctx.documents.get(uri)?.version !== before.version) return;
  // none when the document is no article (any more): then it has no tokens
  const found = await ctx.analysisFor(uri);
  if (sent.get(uri) !== before || ctx.documents.get(uri)?.version !== before.version || found?.analysis === before.analysis) return;
  const data = found ? semanticTokens(found.doc, found.analysis) : [];
  const differ = !sameNumbers(data, before.data);
  before.analysis = found?.analysis;
  // the editor then asks for the tokens of its visible documents again, by a delta from these
  if (differ) await ctx.connection.languages.semanticTokens.refresh().catch(() => undefined);
}

/** An editor that cannot be asked to fetch the tokens again is given them from the exact analysis. */
function canRefresh(ctx: ServerContext): boolean {
  return ctx.clientCapabilities.workspace?.semanticTokens?.refreshSupport === true;
}

function sameNumbers(a: number[], b: number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Numbers per token in the protocol's encoding: line, character, length, type, modifiers. */
const PER_TOKEN = 5;

/**
 * The edit that turns `before` into `after`: the tokens between their common start and their
 * common end, replaced (none when they are equal). Whole tokens, so an edit never cuts one.
 */
export function tokenEdits(before: number[], after: number[]): SemanticTokensEdit[] {
  const most = Math.min(before.length, after.length);
  let start = 0;
  while (start < most && before[start] === after[start]) start++;
  if (start === most && before.length === after.length) return [];
  start -= start % PER_TOKEN;
  let end = 0;
  while (end < most - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  end -= end % PER_TOKEN;
  return [{ start, deleteCount: before.length - start - end, data: after.slice(start, after.length - end) }];
}

export function semanticTokens(doc: TextDocument, a: ArticleAnalysis): number[] {
  const builder = new SemanticTokensBuilder();
  const lines = new LineCursor(doc);
  for (const e of a.entities) {
    const type = LEGEND.tokenTypes.indexOf(e.kind);
    const modifiers = (e.approx ? 1 : 0) | (e.inferred ? 2 : 0);
    const first = lines.lineOf(e.span.start);
    let last = first;
    while (lines.start(last + 1) <= e.span.end) last++;
    for (let line = first; line <= last; line++) {
      const lineStart = lines.start(line);
      let s = Math.max(e.span.start, lineStart);
      let t = Math.min(e.span.end, lines.start(line + 1), a.text.length);
      while (s < t && /\s/.test(a.text[s])) s++;
      while (t > s && /\s/.test(a.text[t - 1])) t--;
      if (t > s) builder.push(line, s - lineStart, t - s, type, modifiers);
    }
  }
  return builder.build().data;
}

/**
 * The lines of offsets that mostly increase, as the entities' starts do: found by stepping on
 * from the line of the last one, so that the whole pass reads each line once (a search per
 * entity took a third of its time on a 1 MB article).
 */
class LineCursor {
  private line = 0;

  constructor(private readonly doc: TextDocument) {}

  /** Where line `line` starts; past the last line, never. */
  start(line: number): number {
    return line < this.doc.lineCount ? this.doc.offsetAt({ line, character: 0 }) : Infinity;
  }

  lineOf(offset: number): number {
    if (offset < this.start(this.line)) this.line = this.doc.positionAt(offset).line;
    while (this.start(this.line + 1) <= offset) this.line++;
    return this.line;
  }
}
