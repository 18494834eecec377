// Activation: the extension starts for a Chinese .txt article and leaves an English text file alone.
import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  SAMPLE_000, SAMPLE_003, articleDiagnostics, closeAllEditors, codeActions, documentSymbols, extension, openSample,
  wholeDocument, workspaceUri,
} from './helpers';

describe('activation', () => {
  after(closeAllEditors);

  it('activates when a Chinese .txt article opens, and reports problems on it', async () => {
    const { editor, diagnostics } = await openSample(SAMPLE_000);
    assert.ok(extension().isActive, 'the extension is active once an article is open');
    assert.equal(editor.document.languageId, 'plaintext', 'a .txt article stays plain text: the content decides, not the language');
    assert.ok(diagnostics.length > 0);
  });

  it('leaves an English notes.txt alone: no problems, no sections, no fix-all', async () => {
    const notes = workspaceUri('notes.txt');
    const doc = await vscode.workspace.openTextDocument(notes);
    await vscode.window.showTextDocument(doc);
    // The server validates documents in the order they open, so once an article opened after
    // notes.txt has its diagnostics, notes.txt has been analysed too.
    await openSample(SAMPLE_003);
    assert.deepEqual(articleDiagnostics(notes).map((d) => d.message), []);
    assert.deepEqual(await documentSymbols(notes), [], 'no sections in an English file');
    const fixAll = (await codeActions(notes, wholeDocument(doc), 'source.fixAll')).filter((a) => a.kind?.value.includes('articleProofreader'));
    assert.deepEqual(fixAll.map((a) => a.title), [], 'no article fix-all on an English file');
  });
});
