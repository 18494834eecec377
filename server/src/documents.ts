// The analysis of each open document, memoised per version and settings: every feature reads it
// from here, so a keystroke costs one analysis however many features ask.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analysisSteps } from './analysis/analyse';
import { reanalyse } from './analysis/incremental';
import type { AnalysisSettings } from './analysis/settings';
import type { ArticleAnalysis } from './analysis/types';

interface Entry {
  version: number;
  settings: AnalysisSettings;
  analysis: ArticleAnalysis;
  /** Made by the quick re-analysis of the blocks around an edit; a full one is still owed. */
  provisional: boolean;
}

/** An analysis being made in steps. */
interface Job {
  version: number;
  settings: AnalysisSettings;
  result: Promise<ArticleAnalysis | undefined>;
  /** Set when the document closed meanwhile. */
  dropped: boolean;
}

/** Below this many characters the analysis runs in one go: it takes a few milliseconds. */
const STEP_ABOVE = 100_000;
/** From this many characters on (about 1 MB of Chinese) the analysis takes long enough to show. */
export const PROGRESS_FROM = 300_000;

/** Long work the user is shown while it runs (the server shows it as LSP work-done progress). */
export interface LongWork {
  done(): void;
}

/** A step this long may have kept messages waiting: they are served before the next one. */
const LONG_STEP_MS = 10;

/**
 * Lets the editor's messages through between two steps. The connection reads them as they come
 * but handles them in an immediate of its own, queued after the one that resumes the analysis:
 * with setImmediate a message waits for the next step too. A timer resumes after them, at the cost
 * of a millisecond, paid only after a long step.
 */
function pause(afterMessages: boolean): Promise<void> {
  return new Promise((resolve) => (afterMessages ? setTimeout(resolve, 0) : setImmediate(resolve)));
}

/**
 * Runs work to its end, serving the editor's messages between its steps when `paused` (work on a
 * long document); undefined as soon as `stale()` says, after a pause, that the result is no longer wanted.
 */
export async function runSteps<T>(steps: Generator<void, T, void>, paused: boolean, stale: () => boolean): Promise<T | undefined> {
  for (;;) {
    const started = performance.now();
    const step = steps.next();
    if (step.done) return step.value;
    if (!paused) continue;
    await pause(performance.now() - started >= LONG_STEP_MS);
    if (stale()) return undefined;
  }
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private readonly running = new Map<string, Job>();
  private readonly exactListeners: ((uri: string) => void)[] = [];

  constructor(
    private readonly onRuleError: (rule: string, error: unknown) => void,
    /** Called when the first analysis of a document of PROGRESS_FROM characters or more starts. */
    private readonly onLongAnalysis: (uri: string) => LongWork = () => ({ done: () => undefined }),
  ) {}

  /**
   * The exact analysis of the document's current version; undefined when a newer version came
   * while it was being made (a long document is analysed in steps, and the editor's messages
   * are served between them). Callers asking for the same version share one analysis.
   */
  get(doc: TextDocument, settings: AnalysisSettings): Promise<ArticleAnalysis | undefined> {
    const e = this.entries.get(doc.uri);
    if (e && e.version === doc.version && e.settings === settings && !e.provisional) return Promise.resolve(e.analysis);
    const r = this.running.get(doc.uri);
    if (r && r.version === doc.version && r.settings === settings) return r.result;
    const job: Job = { version: doc.version, settings, result: Promise.resolve(undefined), dropped: false };
    this.running.set(doc.uri, job);
    job.result = this.run(doc, job);
    return job.result;
  }

  private async run(doc: TextDocument, job: Job): Promise<ArticleAnalysis | undefined> {
    const { version, settings } = job;
    const text = doc.getText();
    const steps = analysisSteps(text, settings, { onRuleError: this.onRuleError });
    // the first analysis only: later ones follow edits, whose problems the quick path shows at once
    const shown = text.length >= PROGRESS_FROM && !this.entries.has(doc.uri) ? this.onLongAnalysis(doc.uri) : undefined;
    try {
      // stale once the document changed (its TextDocument is updated in place) or closed
      const analysis = await runSteps(steps, text.length >= STEP_ABOVE, () => doc.version !== version || job.dropped);
      if (analysis) {
        this.entries.set(doc.uri, { version, settings, analysis, provisional: false });
        for (const l of this.exactListeners) l(doc.uri);
      }
      return analysis;
    } finally {
      shown?.done();
      if (this.running.get(doc.uri) === job) this.running.delete(doc.uri);
    }
  }

  /** Calls `listener` each time an exact analysis of a document is made. */
  onExact(listener: (uri: string) => void): void {
    this.exactListeners.push(listener);
  }

  /** The analysis of the current version made so far, quick or exact; the exact one if none is. */
  latest(doc: TextDocument, settings: AnalysisSettings): Promise<ArticleAnalysis | undefined> {
    const e = this.entries.get(doc.uri);
    if (e && e.version === doc.version && e.settings === settings) return Promise.resolve(e.analysis);
    return this.get(doc, settings);
  }

  /**
   * An analysis of the current version made quickly from the previous one when only a few blocks
   * changed (see `reanalyse`); undefined when that is not possible.
   */
  quick(doc: TextDocument, settings: AnalysisSettings): ArticleAnalysis | undefined {
    const e = this.entries.get(doc.uri);
    if (!e || e.settings !== settings) return undefined;
    if (e.version === doc.version) return e.analysis;
    let analysis: ArticleAnalysis | undefined;
    try {
      analysis = reanalyse(e.analysis, doc.getText(), settings);
    } catch (error) {
      // the quick path is an optimisation: on any failure the full analysis answers instead
      this.onRuleError('quick re-analysis', error);
      analysis = undefined;
    }
    if (analysis) this.entries.set(doc.uri, { version: doc.version, settings, analysis, provisional: true });
    return analysis;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    const job = this.running.get(uri);
    if (job) job.dropped = true;
    this.running.delete(uri);
  }
}
