// Document symbols: article -> sections -> sub-sections, with the captions grouped, each symbol's
// range covering its whole section so Outline, breadcrumbs, sticky scroll and Go to Symbol work.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article, ArticleAnalysis, Section, Span } from '../analysis/types';
import type { ServerContext } from '../context';
import { localize, toRange, type Locale } from '../convert';

export function registerDocumentSymbols(ctx: ServerContext): void {
  ctx.connection.onDocumentSymbol(async (p, token) => {
    const found = await ctx.currentStructureFor(p.textDocument.uri, token);
    return found ? documentSymbols(found.doc, found.analysis, ctx.locale) : [];
  });
}

export function documentSymbols(doc: TextDocument, a: ArticleAnalysis, locale: Locale): DocumentSymbol[] {
  return a.articles.filter((art) => art.span.end > art.span.start).map((art, k) => articleSymbol(doc, a, art, k, locale));
}

function articleSymbol(doc: TextDocument, a: ArticleAnalysis, art: Article, k: number, locale: Locale): DocumentSymbol {
  const head = art.title ?? art.subtitle;
  const name = head !== undefined ? a.blocks[head].text : localize({ en: `Article ${k + 1}`, zh: `文章 ${k + 1}` }, locale);
  const children: DocumentSymbol[] = [];
  if (art.title !== undefined && art.subtitle !== undefined) {
    children.push(symbol(doc, a.blocks[art.subtitle].text, SymbolKind.String, a.blocks[art.subtitle].span, a.blocks[art.subtitle].span, []));
  }
  children.push(...art.sections.map((s) => sectionSymbol(doc, a, s)));
  if (art.captions.length > 0) {
    const caps = art.captions.map((i) => symbol(doc, a.blocks[i].text, SymbolKind.Event, a.blocks[i].span, a.blocks[i].span, []));
    const first = a.blocks[art.captions[0]].span;
    const last = a.blocks[art.captions[art.captions.length - 1]].span;
    const label = localize({ en: `Captions (${caps.length})`, zh: `图片说明（${caps.length}）` }, locale);
    children.push(symbol(doc, label, SymbolKind.Array, { start: first.start, end: last.end }, first, caps));
  }
  const selection = head !== undefined ? a.blocks[head].span : { start: art.span.start, end: art.span.start };
  return symbol(doc, name, SymbolKind.Module, art.span, selection, children);
}

function sectionSymbol(doc: TextDocument, a: ArticleAnalysis, s: Section): DocumentSymbol {
  const h = a.blocks[s.heading];
  return symbol(doc, h.text, s.level === 1 ? SymbolKind.Class : SymbolKind.Method, s.span, h.span, s.children.map((c) => sectionSymbol(doc, a, c)));
}

function symbol(doc: TextDocument, name: string, kind: SymbolKind, range: Span, selection: Span, children: DocumentSymbol[]): DocumentSymbol {
  return { name: name.trim() || '…', kind, range: toRange(doc, range), selectionRange: toRange(doc, selection), children };
}
