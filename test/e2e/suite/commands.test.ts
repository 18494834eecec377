// The command table: every contributed command is registered and runs.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  SAMPLE_003, closeAllEditors, diagnosticsWhen, documentSymbols, extension, isSection, flatten, openSample, rawSample, within,
} from './helpers';

describe('commands', () => {
  afterEach(closeAllEditors);

  it('registers every command the manifest contributes', async () => {
    const contributed = ((extension().packageJSON.contributes as { commands?: { command: string }[] }).commands ?? []).map((c) => c.command);
    assert.ok(contributed.length >= 5);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((c) => !registered.has(c)), [], 'contributed but not registered');
  });

  it('Treat This File as an Article switches a Markdown document to the article language, which is then proofread', async () => {
    await openSample(SAMPLE_003); // activates the extension
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: rawSample(SAMPLE_003) });
    await vscode.window.showTextDocument(doc);
    assert.deepEqual(vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'article-proofreader'), [], 'Markdown is not proofread');
    const proofread = diagnosticsWhen(doc.uri, (ds) => ds.length > 0, 'diagnostics once the document is an article');
    await vscode.commands.executeCommand('articleProofreader.treatAsArticle');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'article');
    await proofread;
  });

  it('Reveal Section puts the cursor on the start of a section', async () => {
    const { uri, editor } = await openSample(SAMPLE_003);
    const last = flatten(await documentSymbols(uri)).filter((f) => isSection(f.symbol)).pop();
    assert.ok(last, 'a section to reveal');
    const moved = within(
      new Promise<void>((resolve) => {
        const sub = vscode.window.onDidChangeTextEditorSelection((e) => {
          if (e.textEditor === editor && e.selections[0].active.isEqual(last.symbol.selectionRange.start)) {
            sub.dispose();
            resolve();
          }
        });
      }),
      'the cursor to reach the revealed section',
    );
    await vscode.commands.executeCommand('articleProofreader.revealSection', last.symbol.selectionRange);
    await moved;
  });
});
