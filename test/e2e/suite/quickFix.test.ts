// Quick fixes on sample 000: the preferred fix of one problem, "fix all of this rule", and the
// problems going away once the server has seen the edit.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { SAMPLE_000, closeAllEditors, codeActions, diagnosticsWhen, openSample, ruleOf } from './helpers';

/** An action as a failure message shows it. */
const show = (actions: vscode.CodeAction[]) =>
  actions.map((a) => `${a.title} [${a.isPreferred ? 'preferred, ' : ''}${a.edit ? 'edit' : 'no edit'}]`).join(' | ');

describe('quick fixes on sample 000', () => {
  let doc: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];
  let uri: vscode.Uri;
  const count = (ds: vscode.Diagnostic[], rule: string) => ds.filter((d) => ruleOf(d) === rule).length;

  beforeEach(async () => {
    const opened = await openSample(SAMPLE_000);
    uri = opened.uri;
    doc = opened.editor.document;
    diagnostics = opened.diagnostics;
  });
  afterEach(closeAllEditors);

  it('joins 砥砺 and 奋进 with the preferred quick fix of that split-paragraph problem, and the problem goes away', async () => {
    const d = diagnostics.find((x) => ruleOf(x) === 'split-paragraph' && doc.lineAt(x.range.start.line).text.endsWith('砥砺'));
    assert.ok(d, 'a split-paragraph problem after 砥砺');
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    // VS Code's command drops an action's diagnostics; the server titles a fix after its problem.
    const fix = actions.find((a) => a.isPreferred && a.title === `Fix: ${d.message}`);
    assert.ok(fix?.edit, `a preferred quick fix among: ${show(actions)}`);
    const before = count(diagnostics, 'split-paragraph');
    const after = diagnosticsWhen(uri, (ds) => count(ds, 'split-paragraph') === before - 1, `${before - 1} split-paragraph problems`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'the edit applies');
    assert.ok(doc.getText().includes('干部职工砥砺奋进，医疗质量'), 'the sentence is whole again');
    await after;
  });

  it('offers “Fix all split-number problems in this file”, which leaves none', async () => {
    const d = diagnostics.find((x) => ruleOf(x) === 'split-number');
    assert.ok(d);
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const all = actions.find((a) => a.title.startsWith('Fix all split-number problems'));
    assert.ok(all?.edit, `a fix-all-of-this-rule action among: ${show(actions)}`);
    assert.match(all.title, new RegExp(`\\(${count(diagnostics, 'split-number')}\\)`), 'its title counts the problems');
    const none = diagnosticsWhen(uri, (ds) => count(ds, 'split-number') === 0 && ds.length > 0, 'no split-number problem left');
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    for (const date of ['1950年10月', '2021年10月14日']) assert.ok(doc.getText().includes(date), `${date} is written in one piece`);
    await none;
  });

  it('writes the doubled title once with the doubled-text quick fix', async () => {
    const d = diagnostics.find((x) => ruleOf(x) === 'doubled-text');
    assert.ok(d);
    const actions = await codeActions(uri, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === `Fix: ${d.message}`);
    assert.ok(fix?.edit, `a doubled-text fix among: ${show(actions)}`);
    const gone = diagnosticsWhen(uri, (ds) => count(ds, 'doubled-text') === 0 && ds.length > 0, 'no doubled-text problem left');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.lineAt(d.range.start.line).text.trim(), '凤凰涅槃佑民康');
    await gone;
  });
});
