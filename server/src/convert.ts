// The one place where UTF-16 offsets of the core become LSP positions and back.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message, Span, TextEdit as CoreEdit } from './analysis/types';
import type { Range, TextEdit } from 'vscode-languageserver';

export function toRange(doc: TextDocument, span: Span): Range {
  // a plain literal: Range.create checks its arguments, which costs dearly over thousands of problems
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
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
