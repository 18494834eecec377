// Settings per resource, read from the client (`workspace/configuration`) and cached until the
// client says they changed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import { applySettings, findProjectFile, readProjectFile } from './analysis/projectFile';
import { withDefaults, type AnalysisSettings } from './analysis/settings';
import type { Locale } from './convert';
import { SETTINGS_SECTION, type ClientSettings } from './protocol';

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
    const fromEditor = fromClient(raw ?? {}, this.locale);
    const project = projectFileOf(uri);
    return project ? applySettings(fromEditor, readProjectFile(project, (m) => this.connection.console.error(m))) : fromEditor;
  }
}

/**
 * The project file that applies to a file: URI, if any. A URI that names no local path (a broken
 * escape, a remote host) has none: its document is proofread with the editor's settings.
 */
function projectFileOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return undefined;
  }
  return findProjectFile(path.dirname(file));
}

/** Reads what the user wrote, keeping only valid values. */
export function fromClient(raw: ClientSettings, locale: Locale): AnalysisSettings {
  return applySettings(withDefaults({ locale }), raw);
}
