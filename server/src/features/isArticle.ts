// `articleProofreader/isArticle`: tells the client whether a document is proofread, for its
// context key and the outline view's empty state.
import type { ServerContext } from '../context';
import { IsArticleRequest, type IsArticleParams } from '../protocol';

export function registerIsArticle(ctx: ServerContext): void {
  ctx.connection.onRequest(IsArticleRequest, async (p: IsArticleParams, token) => (await ctx.currentAnalysisFor(p.uri, token)) !== undefined);
}
