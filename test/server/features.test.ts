import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Hover, Location, SemanticTokens, SemanticTokensDelta, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { noWs, samples } from '../unit/helpers/samples';
import { applyLspEdits, TestClient } from './lspClient';

const article = '西峡县人民医院坚持党建引领，投资7亿元建设新院区。\n\n2021年10月14日，西峡县人民医院整体搬迁，床位1200张。\n';

describe('entities over LSP: semantic tokens, hover, highlights, references, rename, export', () => {
  const client = new TestClient();
  const uri = 'file:///entities.txt';
  before(async () => {
    await client.initialize();
    await client.open(uri, article);
  });
  after(() => client.dispose());

  it('declares hospital, date and metric token types', () => {
    const legend = client.capabilities.semanticTokensProvider!.legend;
    assert.deepEqual(legend.tokenTypes.slice(0, 3), ['hospital', 'date', 'metric']);
  });

  it('colours every hospital, date and figure of the gold clean samples', async () => {
    const legend = client.capabilities.semanticTokensProvider!.legend;
    for (const s of samples()) {
      const u = `file:///clean/${s.name}.txt`;
      await client.open(u, s.clean);
      const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: u } })) as SemanticTokens;
      const lines = s.clean.split('\n');
      const found: Record<string, string[]> = { hospital: [], date: [], metric: [] };
      let line = 0;
      let ch = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        line += tokens.data[i];
        ch = tokens.data[i] === 0 ? ch + tokens.data[i + 1] : tokens.data[i + 1];
        found[legend.tokenTypes[tokens.data[i + 3]]].push(lines[line].slice(ch, ch + tokens.data[i + 2]));
      }
      const goldHospitals = (s.gold.hospitals ?? []).flatMap((h) => Array(h.count).fill(h.name));
      const hit = goldHospitals.filter((h) => found.hospital.includes(h)).length;
      assert.ok(hit / Math.max(1, goldHospitals.length) >= 0.95, `${s.name}: hospitals recall`);
      for (const d of s.gold.dates ?? []) assert.ok(found.date.map(noWs).includes(noWs(d.text ?? '')), `${s.name}: date ${d.text}`);
    }
  });

  it('answers a delta request after an edit with the edit of the tokens that changed, or all of them for an unknown id', async () => {
    assert.deepEqual(client.capabilities.semanticTokensProvider!.full, { delta: true });
    const u = 'file:///delta/000.txt';
    const raw = samples()[0].raw;
    await client.open(u, raw);
    const full = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: u } })) as SemanticTokens;
    assert.ok(full.resultId && full.data.length > 100);
    // a character typed before the first token of a line in the middle: that token moves along its line
    let line = 0;
    for (let i = 0; i < full.data.length / 2; i += 5) line += full.data[i];
    const typed = client.nextDiagnostics(u);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '甲' }],
    });
    await typed;
    const delta = (await client.connection.sendRequest('textDocument/semanticTokens/full/delta', {
      textDocument: { uri: u }, previousResultId: full.resultId,
    })) as SemanticTokensDelta;
    const again = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: u } })) as SemanticTokens;
    assert.notEqual(delta.resultId, full.resultId);
    assert.ok(delta.edits.length === 1 && delta.edits[0].data!.length < 50, `a small edit: ${JSON.stringify(delta.edits).slice(0, 200)}`);
    const patched = [...full.data];
    for (const e of delta.edits) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
    assert.deepEqual(patched, again.data, 'the old tokens with the edit are the new ones');
    const unknown = (await client.connection.sendRequest('textDocument/semanticTokens/full/delta', {
      textDocument: { uri: u }, previousResultId: 'no such result',
    })) as SemanticTokens;
    assert.deepEqual(unknown.data, again.data);
  });

  it('splits a mention cut by a line break into one token per line', async () => {
    const u = 'file:///wrapped.txt';
    await client.open(u, '医院成立于1950年10\n月，是一家综合医院，开放床位1200张。\n');
    const tokens = (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: u } })) as SemanticTokens;
    const dates = [];
    for (let i = 0; i < tokens.data.length; i += 5) if (tokens.data[i + 3] === 1) dates.push(tokens.data.slice(i, i + 5));
    assert.equal(dates.length, 2);
    assert.equal(dates[1][0], 1, 'the second piece is on the next line');
  });

  it('shows the normalised value of a figure and of a date on hover', async () => {
    const money = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 17 } })) as Hover;
    assert.match(JSON.stringify(money.contents), /700,000,000/);
    const date = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } })) as Hover;
    assert.match(JSON.stringify(date.contents), /2021-10-14, Thursday/);
  });

  it('highlights and finds every mention of a hospital, and renames them', async () => {
    const at = { textDocument: { uri }, position: { line: 0, character: 2 } };
    const highlights = (await client.connection.sendRequest('textDocument/documentHighlight', at)) as unknown[];
    assert.equal(highlights.length, 2);
    const refs = (await client.connection.sendRequest('textDocument/references', { ...at, context: { includeDeclaration: true } })) as Location[];
    assert.deepEqual(refs.map((r) => r.range.start.line), [0, 2]);
    const edit = (await client.connection.sendRequest('textDocument/rename', { ...at, newName: '西峡县第一人民医院' })) as WorkspaceEdit;
    assert.equal(applyLspEdits(article, edit.changes![uri]).match(/西峡县第一人民医院/g)?.length, 2);
  });

  it('lists every entity with its value for export', async () => {
    const rows = (await client.connection.sendRequest('articleProofreader/entities', { uri })) as { kind: string; text: string; value: string }[];
    assert.deepEqual(rows.find((r) => r.text === '7亿元'), { kind: 'metric', text: '7亿元', value: '700000000 元', line: 1, column: 17 });
  });
});

describe('semantic tokens for an editor that can be asked to fetch them again', () => {
  const client = new TestClient();
  before(() => client.initialize('en', {}, 'off', { semanticTokens: { refreshSupport: true } }));
  after(() => client.dispose());

  const INFERRED = 2;
  const full = async (u: string) => (await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: u } })) as SemanticTokens;
  const delta = async (u: string, previousResultId: string) =>
    (await client.connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri: u }, previousResultId })) as SemanticTokensDelta;
  const patched = (data: number[], d: SemanticTokensDelta) => {
    const out = [...data];
    for (const e of d.edits) out.splice(e.start, e.deleteCount, ...(e.data ?? []));
    return out;
  };
  /** The modifiers of the token starting at (line, character). */
  const modifiersAt = (data: number[], line: number, character: number) => {
    let l = 0;
    let c = 0;
    for (let i = 0; i < data.length; i += 5) {
      l += data[i];
      c = data[i] === 0 ? c + data[i + 1] : data[i + 1];
      if (l === line && c === character) return data[i + 4];
    }
    return undefined;
  };
  const type = async (u: string, version: number, line: number, character: number, text: string) => {
    const typed = client.nextDiagnostics(u);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: u, version }, contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
    });
    await typed;
  };

  it('reads them from the quick analysis after a keystroke, and asks again once the exact one reads a date otherwise', async () => {
    const u = 'file:///refresh/000.txt';
    const raw = samples()[0].raw;
    const at = raw.indexOf('7月10日');
    const line = raw.slice(0, at).split('\n').length - 1;
    await client.open(u, raw);
    const before = await full(u);
    assert.equal(modifiersAt(before.data, line, 0)! & INFERRED, INFERRED, 'the year of 7月10日 comes from the article');
    await type(u, 2, line, 6, '甲');
    const quick = await delta(u, before.resultId!);
    const quickData = patched(before.data, quick);
    assert.equal(modifiersAt(quickData, line, 0)! & INFERRED, 0, 'at once, from the blocks around the edit, which give no year');
    const refreshed = client.nextTokenRefresh();
    // asking for the problems at a position needs the exact analysis: it is made now
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line, character: 1 } });
    await refreshed;
    const exact = patched(quickData, await delta(u, quick.resultId!));
    assert.equal(modifiersAt(exact, line, 0)! & INFERRED, INFERRED);
    const edited = raw.slice(0, at + 6) + '甲' + raw.slice(at + 6);
    await client.open('file:///refresh/000-fresh.txt', edited);
    assert.deepEqual(exact, (await full('file:///refresh/000-fresh.txt')).data, 'the tokens of the edited text');
  });

  it('does not ask again when the exact analysis reads them as the quick one did', async () => {
    const u = 'file:///refresh/000-same.txt';
    await client.open(u, samples()[0].raw);
    const before = await full(u);
    const refreshes = client.tokenRefreshes;
    await type(u, 2, 0, 0, '甲');
    const quick = await delta(u, before.resultId!);
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 1 } });
    const again = await delta(u, quick.resultId!);
    assert.deepEqual(again.edits, []);
    assert.equal(client.tokenRefreshes, refreshes);
  });

  it('asks again when new settings find other entities in an open article', async () => {
    const u = 'file:///refresh/settings.txt';
    const hospitalsIn = (data: number[]) => data.filter((_, i) => i % 5 === 3 && data[i] === 0).length;
    await client.open(u, `${samples()[0].raw}\n\n仁和堂今年新增床位200张。\n`);
    const before = await full(u);
    const refreshed = client.nextTokenRefresh();
    client.configuration = { hospitals: ['仁和堂'] };
    try {
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await refreshed;
    } finally {
      client.configuration = null;
    }
    const after = patched(before.data, await delta(u, before.resultId!));
    assert.equal(hospitalsIn(after), hospitalsIn(before.data) + 1, 'the hospital named in the settings');
  });

  it('asks again when a plain-text file stops or starts being proofread', async () => {
    const u = 'file:///refresh/plaintext.txt';
    await client.open(u, samples()[0].raw);
    const before = await full(u);
    assert.ok(before.data.length > 0);
    const settings = async (configuration: Record<string, unknown> | null) => {
      const refreshed = client.nextTokenRefresh();
      client.configuration = configuration;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await refreshed;
    };
    try {
      await settings({ plaintext: 'never' });
      const none = await delta(u, before.resultId!);
      assert.deepEqual(patched(before.data, none), [], 'no highlighting left in a file no longer proofread');
      await settings(null);
      const back = await delta(u, none.resultId!);
      assert.deepEqual(patched([], back), before.data);
    } finally {
      client.configuration = null;
    }
  });
});

describe('settings, project files and ignored occurrences over LSP', () => {
  it('follows the severity and policy settings the client gives', async () => {
    const client = new TestClient();
    client.configuration = { severity: { 'split-paragraph': 'off' }, cjkSpace: 'keep' };
    await client.initialize();
    const diags = await client.open('file:///settings.txt', '这十年，是医院干部职工砥砺\n\n奋进，不 断 提 升 体 验。\n');
    assert.deepEqual(diags.map((d) => d.code), []);
    await client.dispose();
  });

  it('reads the nearest .article-proofreader.json above the article', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.writeFileSync(path.join(dir, '.article-proofreader.json'), JSON.stringify({ severity: { 'cjk-space': 'error' }, ignoredWords: ['and'] }));
    const client = new TestClient();
    await client.initialize();
    const uri = pathToFileURL(path.join(dir, 'sub', 'a.txt')).href;
    const diags = await client.open(uri, '医院坚持党建引领，为发展 and 人民健康，不 断 提 升 体 验。\n');
    assert.equal(diags.find((d) => d.code === 'cjk-space')?.severity, 1);
    assert.equal(diags.filter((d) => d.code === 'stray-latin').length, 0);
    await client.dispose();
  });

  it('stops reporting an occurrence the user ignored, and keeps reporting the others', async () => {
    const client = new TestClient();
    await client.initialize();
    const uri = 'file:///ignore.txt';
    const text = '医院坚持党建引领，为发展 and 人民健康作出贡献，事业 or 健康。\n';
    const first = await client.open(uri, text);
    assert.equal(first.filter((d) => d.code === 'stray-latin').length, 2);
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('articleProofreader/ignored', { uri, keys: ['stray-latin:and'] });
    const after = await next;
    assert.deepEqual(after.filter((d) => d.code === "stray-latin").map((d) => String(d.message)), [String(first.find((d) => /“or”/.test(String(d.message)))!.message)]);
    await client.dispose();
  });

  it('knows from its start what the client ignored before (a server started again after a crash), and leaves out what is not a list of keys', async () => {
    const client = new TestClient();
    const uri = 'file:///ignored-at-start.txt';
    try {
      await client.initialize('en', {}, 'off', {}, { ignored: { [uri]: ['stray-latin:and'], 'file:///other.txt': 'stray-latin:or', 'file:///x.txt': [1] } });
      const first = await client.open(uri, '医院坚持党建引领，为发展 and 人民健康作出贡献，事业 or 健康。\n');
      assert.deepEqual(first.filter((d) => d.code === 'stray-latin').map((d) => /“(\w+)”/.exec(String(d.message))?.[1]), ['or']);
      const other = await client.open('file:///other.txt', '医院坚持党建引领，为发展 and 人民健康作出贡献，事业 or 健康。\n');
      assert.equal(other.filter((d) => d.code === 'stray-latin').length, 2);
    } finally {
      await client.dispose();
    }
  });
});
