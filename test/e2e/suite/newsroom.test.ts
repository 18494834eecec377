// The newsroom features wired in the client: the status bar summary, the entity export, ignoring
// one occurrence, turning a rule off for the workspace, and the project file.
import assert from 'node:assert/strict';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { ArticleProofreaderApi } from '../../../client/src/extension';
import {
  SAMPLE_000, SAMPLE_003, articleDiagnostics, closeAllEditors, codeActions, countByRule, diagnosticsWhen, extension, openSample, ruleOf, within, workspaceUri,
} from './helpers';

const api = () => extension().exports as ArticleProofreaderApi;

describe('newsroom features', () => {
  const config = () => vscode.workspace.getConfiguration('articleProofreader');

  after(async () => {
    await config().update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(workspaceUri('.article-proofreader.json')).then(undefined, () => undefined);
    await closeAllEditors();
  });

  it('the status bar shows the active article\'s problem count', async () => {
    const { diagnostics } = await openSample(SAMPLE_003);
    assert.match(api().status.text, new RegExp(`\\b${diagnostics.length}\\b`));
  });

  it('exports every name, date and figure of the article to CSV', async () => {
    await openSample(SAMPLE_000);
    const target = workspaceUri('entities.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri>('articleProofreader.exportEntities', target);
    assert.equal(written?.toString(), target.toString());
    const csv = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
    assert.match(csv, /^kind,text,value,line,column\n/);
    assert.match(csv, /metric,7亿元,700000000 元,/);
    assert.match(csv, /date,2021年10月14日,2021-10-14,/);
  });

  it('"ignore this occurrence" hides that problem (and its identical twins) and keeps the others', async () => {
    const { uri, doc, diagnostics } = await openSample(SAMPLE_003);
    const textOf = (d: vscode.Diagnostic) => doc.getText(d.range).replace(/\s+/g, '');
    const target = diagnostics.find((d) => ruleOf(d) === 'split-number')!;
    const same = diagnostics.filter((d) => ruleOf(d) === 'split-number' && textOf(d) === textOf(target)).length;
    const actions = await codeActions(uri, target.range, vscode.CodeActionKind.QuickFix.value);
    // the range also lies inside other problems (the paragraph's broken-wrap): take the action of this one
    const ignore = actions.find((a) => a.command?.command === 'articleProofreader.ignoreOccurrence' && String(a.command.arguments?.[1]).startsWith('split-number:'));
    assert.ok(ignore, 'an ignore quick fix is offered');
    const fewer = diagnosticsWhen(uri, (ds) => ds.length === diagnostics.length - same, 'the ignored occurrence gone');
    await vscode.commands.executeCommand(ignore.command!.command, ...(ignore.command!.arguments ?? []));
    const left = await fewer;
    assert.equal(left.some((d) => d.range.isEqual(target.range) && ruleOf(d) === 'split-number'), false);
  });

  it('"turn this rule off in this workspace" writes the setting and the rule goes quiet', async () => {
    const { uri, diagnostics } = await openSample(SAMPLE_000);
    const target = diagnostics.find((d) => ruleOf(d) === 'cjk-space')!;
    const actions = await codeActions(uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const off = actions.find((a) => a.command?.command === 'articleProofreader.disableRule' && a.command.arguments?.[0] === 'cjk-space');
    assert.ok(off, 'a turn-off quick fix is offered');
    const quiet = diagnosticsWhen(uri, (ds) => !ds.some((d) => ruleOf(d) === 'cjk-space') && ds.length > 0, 'no cjk-space problem');
    await vscode.commands.executeCommand(off.command!.command, ...(off.command!.arguments ?? []));
    try {
      await quiet;
      assert.equal(config().inspect<Record<string, string>>('severity')?.workspaceValue?.['cjk-space'], 'off');
    } finally {
      await config().update('severity', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('a .article-proofreader.json in the workspace changes what is reported', async () => {
    const { uri, diagnostics } = await openSample(SAMPLE_003);
    assert.ok(countByRule(diagnostics)['broken-wrap'] > 0);
    const quiet = diagnosticsWhen(uri, (ds) => ds.length > 0 && !ds.some((d) => ruleOf(d) === 'broken-wrap'), 'no broken-wrap problem');
    await vscode.workspace.fs.writeFile(workspaceUri('.article-proofreader.json'), Buffer.from(JSON.stringify({ severity: { 'broken-wrap': 'off' } })));
    await within(quiet, 'the project file to take effect');
    assert.ok(articleDiagnostics(uri).length > 0);
  });
});
