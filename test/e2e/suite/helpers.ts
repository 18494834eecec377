// What the e2e suites share: the samples and their gold, and ways to wait for the editor and the
// language server through events (onDidChangeDiagnostics, onDidChangeTextDocument), never sleeps.
// A wait that never comes fails after a bound, saying what it waited for.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'article-proofreader.article-proofreader';
export const SOURCE = 'article-proofreader';

/** The samples the suites use: 000 has every layout rule and a doubled title; 003 has no repeats. */
export const SAMPLE_000 = '000_23eec20d397940c6';
export const SAMPLE_003 = '003_ea16db0171b1f3d8';

/** How long one wait on the server or the editor may take before the test fails saying what. */
export const WAIT_MS = 30_000;

export interface GoldHeading {
  text: string;
  level: number;
}

/** The parts of test/fixtures/gold/<name>.json the suites check. */
export interface Gold {
  articles: { title: string | null; subtitle: string | null; byline: string | null }[];
  headings: GoldHeading[];
  captions: string[];
  hospitals?: { name: string; count: number }[];
  dates?: { text: string; iso: string; count: number }[];
  metrics?: { text: string; value: number; unit: string; count: number }[];
}

export const noWs = (s: string): string => s.replace(/\s+/g, '');

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded from the development path`);
  return ext;
}

/** A path in the repo (the extension development path). */
export function repoPath(...parts: string[]): string {
  return path.join(extension().extensionPath, ...parts);
}

export function gold(name: string): Gold {
  return JSON.parse(fs.readFileSync(repoPath('test', 'fixtures', 'gold', `${name}.json`), 'utf8')) as Gold;
}

export function goldClean(name: string): string {
  return fs.readFileSync(repoPath('test', 'fixtures', 'gold', `${name}.clean.txt`), 'utf8');
}

export function rawSample(name: string): string {
  return fs.readFileSync(repoPath('test', 'fixtures', 'articles', `${name}.txt`), 'utf8');
}

/** A file in the test workspace, a throwaway folder made by run.mjs (notes.txt, and what tests write). */
export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with a workspace folder open (test/e2e/run.mjs makes one)');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

let copies = 0;

/**
 * A fresh copy of a raw sample in the workspace (articles/<name>-<n>.txt). Each test proofreads
 * its own copy: VS Code keeps a closed document open for a while and the server clears problems
 * only when it closes, so reusing one file could show a test the problems of an earlier one.
 */
export async function freshSample(name: string): Promise<vscode.Uri> {
  const uri = workspaceUri('articles', `${name}-${++copies}.txt`);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(rawSample(name), 'utf8'));
  return uri;
}

/** Rejects with a message naming what was awaited when `promise` has not settled within `ms`. */
export function within<T>(promise: Promise<T>, what: string, ms = WAIT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

export const ruleOf = (d: vscode.Diagnostic): string | undefined =>
  typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);

/** The extension's diagnostics on a document, in document order. */
export function articleDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE).sort((a, b) => a.range.start.compareTo(b.range.start));
}

export function countByRule(ds: readonly vscode.Diagnostic[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of ds) out[ruleOf(d) ?? '?'] = (out[ruleOf(d) ?? '?'] ?? 0) + 1;
  return out;
}

/**
 * Resolves with the extension's diagnostics on `uri` once `ready` accepts them: checked now, then on
 * every onDidChangeDiagnostics that names the document.
 */
export function diagnosticsWhen(
  uri: vscode.Uri,
  ready: (ds: vscode.Diagnostic[]) => boolean,
  what: string,
  ms = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  let sub: vscode.Disposable | undefined;
  const settled = new Promise<vscode.Diagnostic[]>((resolve) => {
    const check = (): boolean => {
      const ds = articleDiagnostics(uri);
      if (!ready(ds)) return false;
      resolve(ds);
      return true;
    };
    if (check()) return;
    sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
  });
  return within(settled, `${what} (${path.basename(uri.path)}; now: ${JSON.stringify(countByRule(articleDiagnostics(uri)))})`, ms)
    .finally(() => sub?.dispose());
}

/** Resolves once the document's text satisfies `ready`: checked now, then on every change to it. */
export function textWhen(doc: vscode.TextDocument, ready: (text: string) => boolean, what: string, ms = WAIT_MS): Promise<string> {
  let sub: vscode.Disposable | undefined;
  const settled = new Promise<string>((resolve) => {
    if (ready(doc.getText())) return resolve(doc.getText());
    sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && ready(doc.getText())) resolve(doc.getText());
    });
  });
  return within(settled, what, ms).finally(() => sub?.dispose());
}

export interface OpenArticle {
  uri: vscode.Uri;
  editor: vscode.TextEditor;
  doc: vscode.TextDocument;
  diagnostics: vscode.Diagnostic[];
}

/** Opens a fresh copy of a raw sample in an editor and waits for the extension's first diagnostics on it. */
export async function openSample(name: string): Promise<OpenArticle> {
  const uri = await freshSample(name);
  const waiting = diagnosticsWhen(uri, (ds) => ds.length > 0, 'the first diagnostics of an article');
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  return { uri, editor, doc, diagnostics: await waiting };
}

/** Whether the tests made this document: a file in the test workspace, or an untitled one. */
function madeByTests(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme === 'untitled') return true;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder !== undefined && doc.uri.scheme === folder.scheme && doc.uri.path.startsWith(`${folder.path}/`);
}

/**
 * Reverts every dirty document the tests made and closes every editor (no save dialog, nothing
 * written). Documents the editor itself holds, such as the user settings.json it may be writing
 * at that moment, are left alone: showing one raced with the editor's own write and failed a run.
 */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && madeByTests(d))) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** A symbol with its depth in the tree, in document order. */
export interface FlatSymbol {
  symbol: vscode.DocumentSymbol;
  depth: number;
}

export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

export function flatten(symbols: readonly vscode.DocumentSymbol[], depth = 0, out: FlatSymbol[] = []): FlatSymbol[] {
  for (const symbol of symbols) {
    out.push({ symbol, depth });
    flatten(symbol.children ?? [], depth + 1, out);
  }
  return out;
}

/** Section headings as the extension marks them: Class for level 1, Method for level 2. */
export const isSection = (s: vscode.DocumentSymbol): boolean => s.kind === vscode.SymbolKind.Class || s.kind === vscode.SymbolKind.Method;

/** Where two texts first differ, for a failure message that shows the place rather than 14 kB. */
export function firstDifference(actual: string, expected: string): string {
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
  if (i === actual.length && i === expected.length) return 'identical';
  const line = expected.slice(0, i).split('\n').length;
  const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 20), i + 30));
  return `first difference at offset ${i} (line ${line}): got ${show(actual)}, expected ${show(expected)}`;
}

/** The code actions VS Code collects from every provider for a range, with edits resolved. */
export async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const all = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[] | undefined>(
    'vscode.executeCodeActionProvider', uri, range, kind, 100,
  )) ?? [];
  return all.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

export function wholeDocument(doc: vscode.TextDocument): vscode.Range {
  return new vscode.Range(new vscode.Position(0, 0), doc.lineAt(doc.lineCount - 1).range.end);
}
