// Last pass of the structure: blocks -> articles -> sections. A file may hold several articles
// (a page of a newspaper); a title starts a new one unless it belongs to the current article
// (a title printed after the text, among the captions).
import { TRAILING_BYLINE } from './patterns';
import { isRegExpSpaceCode } from './charCodes';
import type { Article, Block, Section, Span } from './types';

export function buildArticles(text: string, blocks: Block[]): Article[] {
  const articles: Article[] = [];
  let current = newArticle();
  let hasBody = false;
  blocks.forEach((b, i) => {
    if (b.kind === 'title' && startsNewArticle(blocks, i, current, hasBody)) {
      articles.push(current);
      current = newArticle();
      hasBody = false;
    }
    b.article = articles.length;
    switch (b.kind) {
      case 'title':
        current.title ??= i;
        break;
      case 'subtitle':
        current.subtitle ??= i;
        break;
      case 'byline':
        current.byline ??= b.span;
        break;
      case 'credit':
        current.credits.push(i);
        break;
      case 'caption':
        current.captions.push(i);
        break;
      default:
        hasBody = true;
        if (b.kind === 'paragraph' && !current.byline) current.byline = trailingByline(text, b);
    }
  });
  articles.push(current);
  // blocks are numbered into articles in order, so each article's blocks are one run
  let first = 0;
  articles.forEach((a, k) => {
    let end = first;
    while (end < blocks.length && blocks[end].article === k) end++;
    if (end > first) a.span = { start: blocks[first].span.start, end: blocks[end - 1].span.end };
    a.sections = buildSections(blocks, first, end);
    first = end;
  });
  return articles;
}

function newArticle(): Article {
  return { credits: [], captions: [], sections: [], span: { start: 0, end: 0 } };
}

/** A title starts a new article when the current one has a title, or when body text follows it. */
function startsNewArticle(blocks: Block[], i: number, current: Article, hasBody: boolean): boolean {
  if (current.title !== undefined || current.subtitle !== undefined) return true;
  if (!hasBody) return false;
  for (let j = i + 1; j < blocks.length && blocks[j].kind !== 'title'; j++) {
    if (blocks[j].kind === 'paragraph' || blocks[j].kind === 'heading') return true;
  }
  return false;
}

function trailingByline(text: string, b: Block): Span | undefined {
  if (!endsWithClosingBracket(b.text)) return undefined;
  const m = TRAILING_BYLINE.exec(b.text);
  if (!m) return undefined;
  const raw = text.slice(b.span.start, b.span.end);
  const at = raw.lastIndexOf(m[0].trim());
  return at < 0 ? undefined : { start: b.span.start + at, end: b.span.start + at + m[0].trim().length };
}

/** ） or ) as the last character that is not whitespace: a cheap test before the expression. */
function endsWithClosingBracket(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isRegExpSpaceCode(s.charCodeAt(i))) i--;
  const c = s.charCodeAt(i);
  return c === 0xff09 || c === 0x29;
}

const SECTION_BODY = new Set(['paragraph', 'heading']);

/** Level-1 headings open sections, level-2 headings open sub-sections inside them, in blocks [first, end). */
function buildSections(blocks: Block[], first: number, end: number): Section[] {
  const sections: Section[] = [];
  let open1: Section | undefined;
  let open2: Section | undefined;
  for (let i = first; i < end; i++) {
    const b = blocks[i];
    if (b.kind === 'heading') {
      const s: Section = { heading: i, level: b.level === 2 ? 2 : 1, span: { ...b.span }, children: [] };
      if (s.level === 2 && open1) {
        open1.children.push(s);
        open2 = s;
      } else {
        sections.push(s);
        open1 = s;
        open2 = undefined;
      }
      continue;
    }
    if (!SECTION_BODY.has(b.kind)) continue;
    if (open2) open2.span.end = b.span.end;
    if (open1) open1.span.end = b.span.end;
  }
  return sections;
}
