// The language server: connection, documents, capabilities and settings. Each LSP feature lives
// in its own file under features/ and reads the shared, memoised analysis.
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, type CancellationToken, type ClientCapabilities, type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisSettings } from './analysis/settings';
import type { ArticleAnalysis } from './analysis/types';
import type { ServerContext } from './context';
import type { Locale } from './convert';
import { AnalysisCache } from './documents';
import { registerCodeActions } from './features/codeActions';
import { registerDiagnostics } from './features/diagnostics';
import { registerDocumentSymbols } from './features/documentSymbols';
import { registerEntities } from './features/entities';
import { registerFolding } from './features/folding';
import { registerFormatting } from './features/formatting';
import { registerHospitalMentions } from './features/hospitalMentions';
import { registerHover } from './features/hover';
import { registerIsArticle } from './features/isArticle';
import { LEGEND, registerSemanticTokens } from './features/semanticTokens';
import { registerWorkspaceSymbols } from './features/workspaceSymbols';
import { analysisProgress } from './progress';
import { contentModifiedError, isContentModified, unlessCancelled } from './requests';
import { IgnoredNotification, LANGUAGE_ID, type IgnoredParams, type InitializationOptions } from './protocol';
import { SettingsStore } from './settings';

if (process.argv.includes('--version')) {
  console.log('article-proofreader-ls 0.1.0');
  process.exit(0);
}

const connection = createConnection(ProposedFeatures.all);
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

// A failed promise somewhere must not take the server down: log it and go on.
process.on('unhandledRejection', (e) => connection.console.error(`unhandled: ${e instanceof Error ? e.stack : String(e)}`));

const documents = new TextDocuments(TextDocument);
let locale: Locale = 'en';
let clientCapabilities: ClientCapabilities = {};
let settings: SettingsStore;
const reported = new Set<string>();
const cache = new AnalysisCache((rule, error) => {
  if (reported.has(rule)) return;
  reported.add(rule);
  connection.console.error(`rule ${rule} failed and was skipped: ${error instanceof Error ? error.stack : String(error)}`);
}, (uri) => analysisProgress(connection, uri, locale));
const articleVariant = new WeakMap<AnalysisSettings, AnalysisSettings>();
const listeners: ((uri: string) => void)[] = [];
const ignored = new Map<string, Set<string>>();

/** Documents in the `article` language are articles whatever the plain-text setting says. */
function effective(doc: TextDocument, s: AnalysisSettings): AnalysisSettings {
  if (doc.languageId !== LANGUAGE_ID) return s;
  let v = articleVariant.get(s);
  if (!v) articleVariant.set(s, (v = { ...s, plaintext: 'always' }));
  return v;
}

/**
 * The document's analysis by `pick` (the exact one, or a quick provisional one), once its
 * settings are known; undefined when the document is not open (or closes meanwhile) or no article.
 * A change meanwhile gives undefined too, unless a request waits (it has a token): then it is the
 * ContentModified error, and cancelling the token ends the wait at once (see requests.ts).
 */
async function found(uri: string, pick: (doc: TextDocument, s: AnalysisSettings) => ArticleAnalysis | undefined | Promise<ArticleAnalysis | undefined>, token?: CancellationToken) {
  const doc = documents.get(uri);
  if (!doc) return undefined;
  const version = doc.version;
  const s = effective(doc, await unlessCancelled(settings.get(uri), token));
  const analysis = doc.version === version ? await unlessCancelled(pick(doc, s), token) : undefined;
  if (documents.get(uri) !== doc) return undefined;
  if (doc.version !== version) {
    if (token) throw contentModifiedError();
    return undefined;
  }
  return analysis?.isArticle ? { doc, analysis, settings: s } : undefined;
}

/** A request about the whole document starts over on a newer version, this many times at most. */
const FOLLOW_CHANGES = 5;

async function following<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isContentModified(error) || tries >= FOLLOW_CHANGES) throw error;
    }
  }
}

const exact = (doc: TextDocument, s: AnalysisSettings) => cache.get(doc, s);
const latest = (doc: TextDocument, s: AnalysisSettings) => cache.latest(doc, s);

const context: ServerContext = {
  connection,
  documents,
  get locale() {
    return locale;
  },
  get clientCapabilities() {
    return clientCapabilities;
  },
  settingsFor: (uri) => settings.get(uri),
  analysisFor: (uri, token) => found(uri, exact, token),
  quickAnalysisFor: (uri) => found(uri, (doc, s) => cache.quick(doc, s)),
  latestAnalysisFor: (uri, token) => found(uri, latest, token),
  onExactAnalysis: (l) => cache.onExact(l),
  currentAnalysisFor: (uri, token) => following(() => found(uri, exact, token)),
  currentStructureFor: (uri, token) => following(() => found(uri, latest, token)),
  ignoredKeys: (uri) => ignored.get(uri) ?? new Set(),
  onAnalysisChanged: (l) => listeners.push(l),
};

connection.onInitialize((params: InitializeParams): InitializeResult => {
  locale = /^zh/i.test(params.locale ?? '') ? 'zh' : 'en';
  clientCapabilities = params.capabilities;
  settings = new SettingsStore(connection, locale);
  settings.canAsk = params.capabilities.workspace?.configuration === true;
  for (const [uri, keys] of ignoredAtStart(params.initializationOptions)) ignored.set(uri, keys);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Article' },
      workspaceSymbolProvider: true,
      foldingRangeProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll', 'source.fixAll.articleProofreader'] },
      documentFormattingProvider: true,
      documentRangeFormattingProvider: true,
      semanticTokensProvider: { legend: LEGEND, full: { delta: true } },
      hoverProvider: true,
      documentHighlightProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
    },
    serverInfo: { name: 'article-proofreader-ls', version: '0.1.0' },
  };
});

/** The ignored occurrences in the initialization options, each list of strings that is one. */
function ignoredAtStart(options: unknown): [string, Set<string>][] {
  const lists = (options as InitializationOptions | null | undefined)?.ignored;
  if (typeof lists !== 'object' || lists === null) return [];
  return Object.entries(lists)
    .filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((k) => typeof k === 'string'))
    .map(([uri, keys]) => [uri, new Set(keys)]);
}

connection.onDidChangeConfiguration(() => {
  settings.clear();
  for (const doc of documents.all()) for (const l of listeners) l(doc.uri);
});

documents.onDidClose((e) => cache.delete(e.document.uri));

connection.onNotification(IgnoredNotification, (p: IgnoredParams) => {
  ignored.set(p.uri, new Set(p.keys));
  for (const l of listeners) l(p.uri);
});

// A project file changed: every document may read different settings now.
connection.onDidChangeWatchedFiles(() => {
  settings.clear();
  for (const doc of documents.all()) for (const l of listeners) l(doc.uri);
});

registerDiagnostics(context);
registerDocumentSymbols(context);
registerWorkspaceSymbols(context);
registerFolding(context);
registerCodeActions(context);
registerFormatting(context);
registerIsArticle(context);
registerSemanticTokens(context);
registerHover(context);
registerHospitalMentions(context);
registerEntities(context);

documents.listen(connection);
connection.listen();
