// `.article-proofreader.json`: a newsroom's shared setup (rule severities, policies, the hospital
// dictionary, ignored words), found in the article's folder or the nearest folder above it. Read
// by the server and the CLI alike. Pure apart from reading the file.
import fs from 'node:fs';
import path from 'node:path';
import type { AnalysisSettings, Severity } from './settings';
import type { RuleId } from './types';

export const PROJECT_FILE = '.article-proofreader.json';
const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);

/** What a project file may hold: the settings, as in VS Code, without the `articleProofreader.` prefix. */
export interface ProjectSettings {
  plaintext?: 'auto' | 'always' | 'never';
  severity?: Record<string, string>;
  cjkSpace?: 'remove' | 'keep';
  blankLineBetweenBlocks?: boolean;
  nearDuplicateThreshold?: number;
  hospitals?: string[];
  ignoredWords?: string[];
  largeDocument?: number;
  maxProblems?: number;
}

/** The nearest project file at or above `dir`, or undefined. */
export function findProjectFile(dir: string): string | undefined {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const f = path.join(d, PROJECT_FILE);
    if (fs.existsSync(f)) return f;
    if (path.dirname(d) === d) return undefined;
  }
}

/** Reads a project file; a broken one is reported through `onError` and ignored. */
export function readProjectFile(file: string, onError: (message: string) => void): ProjectSettings {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('expected a JSON object');
    return raw as ProjectSettings;
  } catch (e) {
    onError(`${file}: ${e instanceof Error ? e.message : String(e)}`);
    return {};
  }
}

/** Settings with every valid value of `raw` applied over `base`; invalid values are skipped. */
export function applySettings(base: AnalysisSettings, raw: ProjectSettings): AnalysisSettings {
  const s: AnalysisSettings = { ...base, severity: { ...base.severity } };
  for (const [k, v] of Object.entries(raw.severity ?? {})) if (SEVERITIES.has(v)) s.severity[k as RuleId] = v as Severity;
  if (raw.plaintext === 'always' || raw.plaintext === 'never' || raw.plaintext === 'auto') s.plaintext = raw.plaintext;
  if (raw.cjkSpace === 'keep' || raw.cjkSpace === 'remove') s.cjkSpace = raw.cjkSpace;
  if (typeof raw.blankLineBetweenBlocks === 'boolean') s.blankLineBetweenBlocks = raw.blankLineBetweenBlocks;
  if (typeof raw.nearDuplicateThreshold === 'number' && raw.nearDuplicateThreshold >= 0.5 && raw.nearDuplicateThreshold <= 1) {
    s.nearDuplicateThreshold = raw.nearDuplicateThreshold;
  }
  if (typeof raw.largeDocument === 'number' && raw.largeDocument >= 10_000) s.largeDocument = raw.largeDocument;
  if (typeof raw.maxProblems === 'number' && raw.maxProblems >= 1) s.maxProblems = Math.floor(raw.maxProblems);
  const words = (xs: unknown) => (Array.isArray(xs) ? xs.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
  if (raw.hospitals) s.hospitals = [...new Set([...s.hospitals, ...words(raw.hospitals)])];
  if (raw.ignoredWords) s.ignoredWords = [...new Set([...s.ignoredWords, ...words(raw.ignoredWords)])];
  return s;
}
