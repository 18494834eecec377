// The one place where UTF-16 offsets of the core become LSP positions and back.
import { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message, Span, TextEdit as CoreEdit } from './analysis/types';
import type { TextEdit } from 'vscode-languageserver';

export function toRange(doc: TextDocument, span: Span): Range {
  return Range.create(doc.positionAt(span.start), doc.positionAt(span.end));
}

export function toSpan(doc: TextDocument, range: Range): Span {
  return { start: doc.offsetAt(range.start), end: doc.offsetAt(range.end) };
}

export function toEdits(doc: TextDocument, edits: CoreEdit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, e.span), newText: e.newText }));
}

export type Locale = 'en' | 'zh';

export function localize(m: Message, locale: Locale): string {
  return locale === 'zh' ? m.zh : m.en;
}
