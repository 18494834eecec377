// Diagnostics, pushed on open, at once after a keystroke from the quick re-analysis of the blocks
// around it, and again once typing pauses if the exact analysis says otherwise; a newer version
// supersedes the analysis of an older one.
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../analysis/rules';
import type { AnalysisSettings, Severity } from '../analysis/settings';
import type { Finding, Span } from '../analysis/types';
import type { ServerContext } from '../context';
import { localize, toRange, type Locale } from '../convert';
import { DIAGNOSTIC_SOURCE, ignoreKey } from '../protocol';

const DEBOUNCE_MS = 150;
/** After a quick provisional update, the exact analysis runs once typing pauses this long. */
const SETTLE_MS = 400;
const DEFAULTS = new Map<string, Severity>(RULES.map((r) => [r.id, r.defaultSeverity]));

const LEVELS: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function registerDiagnostics(ctx: ServerContext): void {
  const timers = new Map<string, NodeJS.Timeout>();
  const toldLarge = new Set<string>();
  /** What was last published for each document. */
  const sent = new Map<string, { version: number; diagnostics: Diagnostic[] }>();
  /**
   * The documents whose diagnostics are being written, and whether the text changed meanwhile.
   * Keystrokes that come while a long list is still being written (the editor reads it as fast as
   * it can parse it) are answered together once it is written: a round for each would queue lists
   * of stale versions, and each keystroke would wait for all of them.
   */
  const writing = new Map<string, { changed: boolean }>();
  const validate = async (uri: string, quick = false) => {
    timers.delete(uri);
    const doc = ctx.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const started = performance.now();
    const found = quick ? await ctx.quickAnalysisFor(uri) : await ctx.analysisFor(uri);
    const analysed = performance.now();
    if (quick && !found) {
      schedule(uri, DEBOUNCE_MS);
      return;
    }
    if (quick) schedule(uri, SETTLE_MS);
    if (ctx.documents.get(uri)?.version !== version) return;
    if (found?.analysis.reduced && !toldLarge.has(uri)) {
      toldLarge.add(uri);
      const mb = (found.analysis.text.length / 1e6).toFixed(1);
      // a notification, not a request: nothing waits on the client's answer
      void ctx.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: localize({
        en: `This article is large (${mb} million characters): near-repeat search and name/date/figure highlighting are off for it (setting articleProofreader.largeDocument).`,
        zh: `此稿件较大（${mb} 百万字符）：已关闭近似重复检查和名称、日期、数字高亮（设置项 articleProofreader.largeDocument）。`,
      }, ctx.locale) });
    }
    const keys = ctx.ignoredKeys(uri);
    const text = found?.analysis.text ?? '';
    const findings = found?.analysis.findings ?? [];
    const shown = keys.size === 0 ? findings : findings.filter((f) => !keys.has(ignoreKey(f.rule, text.slice(f.span.start, f.span.end))));
    const diagnostics = found ? toDiagnostics(found.doc, shown, found.settings, ctx.locale) : [];
    const converted = performance.now();
    const timing: PublishTiming = { uri, version, quick, problems: diagnostics.length, analysis: analysed - started, conversion: converted - analysed, sending: 0, sent: false };
    // the exact analysis that follows a quick one mostly agrees with it: the editor has that
    // list already, and sending a large one again costs both sides
    const before = sent.get(uri);
    if (!before || before.version !== version || !sameDiagnostics(before.diagnostics, diagnostics)) {
      sent.set(uri, { version, diagnostics });
      const state = { changed: false };
      writing.set(uri, state);
      try {
        await ctx.connection.sendDiagnostics({ uri, version, diagnostics });
      } finally {
        if (writing.get(uri) === state) writing.delete(uri);
      }
      timing.sending = performance.now() - converted;
      timing.sent = true;
      if (state.changed) void validate(uri, true);
    }
    traceTiming(ctx, timing);
  };
  const schedule = (uri: string, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => void validate(uri), delay));
  };
  // TextDocuments reports a change right after each open: that one is the open itself
  const justOpened = new Set<string>();
  ctx.documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    schedule(e.document.uri, 0);
  });
  // a small edit is answered at once from the blocks around it; the exact analysis follows
  ctx.documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return;
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    const busy = writing.get(e.document.uri);
    if (busy) busy.changed = true;
    else void validate(e.document.uri, true);
  });
  ctx.documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    timers.delete(e.document.uri);
    sent.delete(e.document.uri);
    void ctx.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  ctx.onAnalysisChanged((uri) => schedule(uri, 0));
}

/**
 * What one round of diagnostics cost the server, in milliseconds, for its trace (the client's
 * articleProofreader.trace.server): waiting for the analysis (for a quick one, making it), turning
 * findings into diagnostics, and serialising and writing them. With the trace off, nothing is sent.
 */
export interface PublishTiming {
  uri: string;
  version: number;
  quick: boolean;
  problems: number;
  analysis: number;
  conversion: number;
  sending: number;
  /** False when the list equals the one already sent for this version, which is then not sent again. */
  sent: boolean;
}

function traceTiming(ctx: ServerContext, t: PublishTiming): void {
  const ms = (x: number) => x.toFixed(1);
  const what = t.quick ? 'quick analysis' : 'analysis';
  const outcome = t.sent ? `${t.problems} problems sent in ${ms(t.sending)} ms` : `${t.problems} problems, as already sent`;
  ctx.connection.tracer.log(
    `Diagnostics for ${t.uri} version ${t.version}: ${what} ${ms(t.analysis)} ms, converted in ${ms(t.conversion)} ms, ${outcome}.`,
    JSON.stringify(t),
  );
}

/**
 * The diagnostic made from each finding, with what it was made under. The quick re-analysis after
 * an edit keeps the findings before the edit as they were (the same objects, the same spans), so
 * their diagnostics stand as they are; a finding it moves gets a new span, and a new diagnostic
 * only if its range changed: the same objects sent again cost less to make, collect and compare.
 */
const made = new WeakMap<Finding, { span: Span; settings: AnalysisSettings; locale: Locale; uri: string; diagnostic: Diagnostic }>();

export function toDiagnostics(doc: TextDocument, findings: Finding[], settings: AnalysisSettings, locale: Locale): Diagnostic[] {
  const out: Diagnostic[] = [];
  let hidden = 0;
  for (const f of findings) {
    const before = made.get(f);
    const cached = before && before.settings === settings && before.locale === locale && before.uri === doc.uri ? before : undefined;
    if (cached && cached.span === f.span && out.length < settings.maxProblems) {
      out.push(cached.diagnostic);
      continue;
    }
    const severity = settings.severity[f.rule] ?? DEFAULTS.get(f.rule) ?? 'warning';
    if (severity === 'off') continue;
    // a Problems panel of 100,000 entries helps nobody and costs the editor dearly
    if (out.length >= settings.maxProblems) {
      hidden++;
      continue;
    }
    const range = toRange(doc, f.span);
    // moved by an edit on an earlier line that added or removed no line break: the same range
    if (cached && sameRange(range, cached.diagnostic.range)) {
      cached.span = f.span;
      out.push(cached.diagnostic);
      continue;
    }
    const d: Diagnostic = { range, severity: LEVELS[severity], code: f.rule, source: DIAGNOSTIC_SOURCE, message: localize(f.message, locale) };
    // a repeat points at its first copy, which an edit may move: made anew each time
    if (f.related) d.relatedInformation = f.related.map((r) => ({ location: { uri: doc.uri, range: toRange(doc, r.span) }, message: localize(r.message, locale) }));
    else made.set(f, { span: f.span, settings, locale, uri: doc.uri, diagnostic: d });
    out.push(d);
  }
  if (hidden > 0) {
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: DIAGNOSTIC_SOURCE,
      code: 'too-many-problems',
      message: localize({
        en: `${hidden} more problems are not shown (articleProofreader.maxProblems is ${settings.maxProblems}); fix these first.`,
        zh: `另有 ${hidden} 个问题未显示（articleProofreader.maxProblems 为 ${settings.maxProblems}），请先修复已显示的问题。`,
      }, locale),
    });
  }
  return out;
}

/** Whether two lists of diagnostics say the same things at the same places, in the same order. */
function sameDiagnostics(a: Diagnostic[], b: Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameDiagnostic(a[i], b[i])) return false;
  return true;
}

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  if (a.code !== b.code || a.severity !== b.severity || a.message !== b.message || a.source !== b.source || !sameRange(a.range, b.range)) return false;
  const x = a.relatedInformation ?? [];
  const y = b.relatedInformation ?? [];
  return x.length === y.length && x.every((r, i) => r.message === y[i].message && r.location.uri === y[i].location.uri && sameRange(r.location.range, y[i].location.range));
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
