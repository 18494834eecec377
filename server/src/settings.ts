// Settings per resource, read from the client (`workspace/configuration`) and cached until the
// client says they changed.
import type { Connection } from 'vscode-languageserver';
import { withDefaults, type AnalysisSettings, type Severity } from './analysis/settings';
import type { RuleId } from './analysis/types';
import type { Locale } from './convert';
import { SETTINGS_SECTION, type ClientSettings } from './protocol';

const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);

export class SettingsStore {
  private readonly cache = new Map<string, Promise<AnalysisSettings>>();
  canAsk = false;

  constructor(private readonly connection: Connection, private readonly locale: Locale) {}

  get(uri: string): Promise<AnalysisSettings> {
    let s = this.cache.get(uri);
    if (!s) {
      s = this.fetch(uri);
      this.cache.set(uri, s);
    }
    return s;
  }

  clear(uri?: string): void {
    if (uri) this.cache.delete(uri);
    else this.cache.clear();
  }

  private async fetch(uri: string): Promise<AnalysisSettings> {
    let raw: ClientSettings | null = null;
    if (this.canAsk) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
      } catch {
        raw = null;
      }
    }
    return fromClient(raw ?? {}, this.locale);
  }
}

/** Reads what the user wrote, keeping only valid values. */
export function fromClient(raw: ClientSettings, locale: Locale): AnalysisSettings {
  const severity: Partial<Record<RuleId, Severity>> = {};
  for (const [k, v] of Object.entries(raw.severity ?? {})) if (SEVERITIES.has(v)) severity[k as RuleId] = v as Severity;
  const s = withDefaults({ locale, severity });
  if (raw.plaintext === 'always' || raw.plaintext === 'never' || raw.plaintext === 'auto') s.plaintext = raw.plaintext;
  if (raw.cjkSpace === 'keep' || raw.cjkSpace === 'remove') s.cjkSpace = raw.cjkSpace;
  if (typeof raw.blankLineBetweenBlocks === 'boolean') s.blankLineBetweenBlocks = raw.blankLineBetweenBlocks;
  if (typeof raw.nearDuplicateThreshold === 'number' && raw.nearDuplicateThreshold > 0 && raw.nearDuplicateThreshold <= 1) {
    s.nearDuplicateThreshold = raw.nearDuplicateThreshold;
  }
  if (Array.isArray(raw.hospitals)) s.hospitals = raw.hospitals.filter((h) => typeof h === 'string' && h.trim() !== '');
  return s;
}
