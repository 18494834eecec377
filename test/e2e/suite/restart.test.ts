// The client starts the server again when it crashes: the server process is killed outright (as
// an out-of-memory kill would), and problems keep coming, from a new process that also knows
// what the user had ignored.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { SAMPLE_003, closeAllEditors, codeActions, diagnosticsWhen, openSample, ruleOf, within } from './helpers';

const SERVER = path.join('out', 'server', 'server.js');

/** The language servers this extension host started (Linux: read from /proc). */
function serverProcesses(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (name) state ppid ...: the name may hold spaces and parentheses
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === process.pid && fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(SERVER)) pids.push(Number(entry));
    } catch {
      // the process ended while it was read
    }
  }
  return pids;
}

async function newServer(old: number): Promise<number> {
  for (;;) {
    const now = serverProcesses().filter((pid) => pid !== old);
    if (now.length > 0) return now[0];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('a crashed server', () => {
  after(() => closeAllEditors());

  it('is started again: problems come from the new one, with the occurrences ignored before left out', async function () {
    if (process.platform !== 'linux') this.skip();
    const { uri, doc, editor, diagnostics } = await openSample(SAMPLE_003);
    const textOf = (d: vscode.Diagnostic) => doc.getText(d.range).replace(/\s+/g, '');
    const target = diagnostics.find((d) => ruleOf(d) === 'split-number')!;
    const isIgnored = (d: vscode.Diagnostic) => ruleOf(d) === 'split-number' && textOf(d) === textOf(target);
    const actions = await codeActions(uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.command?.command === 'articleProofreader.ignoreOccurrence' && String(a.command.arguments?.[1]).startsWith('split-number:'));
    assert.ok(ignore?.command, 'an ignore quick fix is offered');
    const ignoring = diagnosticsWhen(uri, (ds) => ds.length > 0 && !ds.some(isIgnored), 'the ignored occurrence gone');
    await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    const before = await ignoring;

    const [old] = serverProcesses();
    assert.ok(old, `a server process (${SERVER}) is a child of the extension host`);
    process.kill(old, 'SIGKILL');
    const started = await within(newServer(old), 'a new server process');
    assert.notEqual(started, old);

    // only a live server reports a problem the text did not have: a Latin word typed into Chinese
    const line = doc.getText().split('\n').findIndex((l) => l.length > 10 && /^[\u4e00-\u9fff]{4}/.test(l));
    assert.ok(line >= 0);
    const typed = diagnosticsWhen(uri, (ds) => ds.some((d) => ruleOf(d) === 'stray-latin' && d.range.start.line === line), 'a problem from the new server');
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(line, 2), ' and ')));
    const reported = await typed;
    assert.equal(reported.some(isIgnored), false, 'the occurrence ignored before the crash stays ignored');
    assert.ok(reported.length >= before.length, 'the other problems are reported again');
  });
});
