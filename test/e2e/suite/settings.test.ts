// Settings: articleProofreader.plaintext decides which plain-text files are proofread, and a
// change reaches the server without reopening anything.
import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { SAMPLE_003, closeAllEditors, diagnosticsWhen, openSample } from './helpers';

describe('settings', () => {
  const config = () => vscode.workspace.getConfiguration('articleProofreader');

  after(async () => {
    await config().update('plaintext', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('plaintext = never stops proofreading a .txt article, and back to auto brings its problems back', async () => {
    const { uri, diagnostics } = await openSample(SAMPLE_003);
    const cleared = diagnosticsWhen(uri, (ds) => ds.length === 0, 'no diagnostics with plaintext = never');
    await config().update('plaintext', 'never', vscode.ConfigurationTarget.Workspace);
    await cleared;
    const back = diagnosticsWhen(uri, (ds) => ds.length === diagnostics.length, `the ${diagnostics.length} diagnostics back with plaintext = auto`);
    await config().update('plaintext', undefined, vscode.ConfigurationTarget.Workspace);
    assert.equal((await back).length, diagnostics.length);
  });
});
