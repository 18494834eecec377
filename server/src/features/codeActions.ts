// Quick fixes per diagnostic, "fix all of this rule", and source.fixAll.
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAllEdits } from '../analysis/fixes';
import type { AnalysisSettings } from '../analysis/settings';
import type { ArticleAnalysis, Finding, TextEdit } from '../analysis/types';
import type { ServerContext } from '../context';
import { localize, toEdits, type Locale } from '../convert';
import { Commands, DIAGNOSTIC_SOURCE, ignoreKey } from '../protocol';

const FIXALL_KIND = 'source.fixAll.articleProofreader';
const REPEAT_RULES = new Set(['duplicate-paragraph', 'duplicate-heading', 'partial-duplicate', 'near-duplicate-paragraph']);

export function registerCodeActions(ctx: ServerContext): void {
  ctx.connection.onCodeAction(async (p, token) => {
    const found = await ctx.analysisFor(p.textDocument.uri, token);
    if (!found) return [];
    const { doc, analysis, settings } = found;
    const only = p.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
    const out: CodeAction[] = [];
    if (wants(CodeActionKind.QuickFix)) {
      for (const d of p.context.diagnostics) {
        if (d.source !== DIAGNOSTIC_SOURCE) continue;
        const f = findingFor(doc, analysis, d);
        if (f) out.push(...quickFixes(doc, analysis, f, d, ctx.locale));
      }
    }
    // the light bulb asks with no `only` on every cursor move: fix-all is offered when source
    // actions are asked for (Source Action…, Fix All, on save), not computed each time
    if (only && wants(FIXALL_KIND)) out.push(fixAllAction(doc, analysis, settings, ctx.locale));
    return out;
  });
}

/** The finding a diagnostic was made from, matched by rule and range in the current analysis. */
function findingFor(doc: TextDocument, a: ArticleAnalysis, d: Diagnostic): Finding | undefined {
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  return a.findings.find((f) => f.rule === d.code && f.span.start === start && f.span.end === end);
}

function quickFixes(doc: TextDocument, a: ArticleAnalysis, f: Finding, d: Diagnostic, locale: Locale): CodeAction[] {
  const out: CodeAction[] = [];
  const edit = (edits: TextEdit[]) => ({ changes: { [doc.uri]: toEdits(doc, edits) } });
  if (f.edits?.length) {
    out.push({
      title: localize({ en: `Fix: ${f.message.en}`, zh: `修复：${f.message.zh}` }, locale),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: f.safe === true,
      edit: edit(f.edits),
    });
    const same = a.findings.filter((g) => g.rule === f.rule && g.edits?.length);
    if (same.length > 1) {
      out.push({
        title: localize({ en: `Fix all ${f.rule} problems in this file (${same.length})`, zh: `修复本文件中所有 ${f.rule} 问题（${same.length} 处）` }, locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: edit(same.flatMap((g) => g.edits ?? [])),
      });
    }
  }
  if (REPEAT_RULES.has(f.rule)) {
    const exact = a.findings.filter((g) => REPEAT_RULES.has(g.rule) && g.safe && g.edits?.length);
    if (exact.length > 1) {
      out.push({
        title: localize({ en: `Remove every exact repeat in this file (${exact.length})`, zh: `删除本文件中所有完全重复的内容（${exact.length} 处）` }, locale),
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        edit: edit(exact.flatMap((g) => g.edits ?? [])),
      });
    }
  }
  for (const o of f.options ?? []) {
    out.push({ title: localize(o.title, locale), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit(o.edits) });
  }
  const key = ignoreKey(f.rule, a.text.slice(f.span.start, f.span.end));
  out.push({
    title: localize({ en: 'Ignore this occurrence', zh: '忽略此处' }, locale),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    command: { title: 'ignore', command: Commands.ignoreOccurrence, arguments: [doc.uri, key] },
  });
  out.push({
    title: localize({ en: `Turn off ${f.rule} in this workspace`, zh: `在此工作区关闭 ${f.rule} 规则` }, locale),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    command: { title: 'disable', command: Commands.disableRule, arguments: [f.rule] },
  });
  return out;
}

function fixAllAction(doc: TextDocument, a: ArticleAnalysis, settings: AnalysisSettings, locale: Locale): CodeAction {
  return {
    title: localize({ en: 'Fix all safe article problems', zh: '修复所有安全的文章问题' }, locale),
    kind: FIXALL_KIND,
    edit: { changes: { [doc.uri]: toEdits(doc, fixAllEdits(a, settings)) } },
  };
}
