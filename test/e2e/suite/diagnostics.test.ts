// Diagnostics on the raw sample 000: the right rule ids, where the damage is, and the same
// problems at the same places as the command-line check.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { SAMPLE_000, SOURCE, closeAllEditors, countByRule, noWs, openSample, repoPath, ruleOf } from './helpers';

interface CliProblem {
  line: number;
  column: number;
  rule: string;
}

describe('diagnostics on sample 000', () => {
  let doc: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];
  const textOf = (d: vscode.Diagnostic) => doc.getText(d.range);
  const textBefore = (d: vscode.Diagnostic, n: number) => doc.getText(new vscode.Range(doc.positionAt(doc.offsetAt(d.range.start) - n), d.range.start));
  const textAfter = (d: vscode.Diagnostic, n: number) => doc.getText(new vscode.Range(d.range.end, doc.positionAt(doc.offsetAt(d.range.end) + n)));

  before(async () => {
    const opened = await openSample(SAMPLE_000);
    doc = opened.editor.document;
    diagnostics = opened.diagnostics;
  });
  after(closeAllEditors);

  it('reports broken-wrap, split-paragraph, cjk-space, split-number and doubled-text, each with its rule id as code and source article-proofreader', () => {
    const rules = countByRule(diagnostics);
    for (const id of ['broken-wrap', 'split-paragraph', 'cjk-space', 'split-number', 'doubled-text']) {
      assert.ok(rules[id] > 0, `no ${id} among ${JSON.stringify(rules)}`);
    }
    for (const d of diagnostics) {
      assert.equal(d.source, SOURCE);
      assert.match(ruleOf(d) ?? '', /^[a-z]+(-[a-z]+)*$/, 'a kebab-case rule id as code');
      assert.ok(d.message.trim().length > 0, `a message for ${ruleOf(d)}`);
      assert.ok(doc.validateRange(d.range).isEqual(d.range), `${ruleOf(d)} at ${d.range.start.line + 1} lies inside the document`);
    }
  });

  it('marks the blank line cut into 砥砺…奋进 as split-paragraph', () => {
    const d = diagnostics.find((x) => ruleOf(x) === 'split-paragraph' && textBefore(x, 2) === '砥砺' && textAfter(x, 2) === '奋进');
    assert.ok(d, 'a split-paragraph problem between 砥砺 and 奋进');
    assert.equal(textOf(d).trim(), '', 'it covers only the blank line');
  });

  it('marks the title written twice by bold-font extraction as doubled-text', () => {
    const d = diagnostics.find((x) => ruleOf(x) === 'doubled-text');
    assert.ok(d);
    assert.equal(textOf(d), '凤凰涅槃佑民康凤凰涅槃佑民康');
  });

  it('marks the date cut as “1950 年 10⏎月” as split-number', () => {
    const d = diagnostics.find((x) => ruleOf(x) === 'split-number' && noWs(textOf(x)) === '1950年10月');
    assert.ok(d, `split-number texts: ${diagnostics.filter((x) => ruleOf(x) === 'split-number').map(textOf).join(' | ')}`);
    assert.notEqual(d.range.start.line, d.range.end.line, 'the date runs over a line break');
  });

  it('reports the same problems at the same lines and columns as `article-proofreader check --json`', () => {
    // process.execPath is Node in code-server's extension host and Electron in VS Code's:
    // ELECTRON_RUN_AS_NODE makes the latter behave as Node too.
    const r = spawnSync(process.execPath, [repoPath('out', 'cli.js'), 'check', doc.uri.fsPath, '--json', '--lang=en'], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    assert.ok(r.stdout, `the CLI printed nothing (exit ${r.status}): ${r.stderr}`);
    const cli = (JSON.parse(r.stdout) as CliProblem[]).map((p) => `${p.line}:${p.column} ${p.rule}`).sort();
    const editor = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${ruleOf(d)}`).sort();
    assert.deepEqual(editor, cli);
  });
});
