import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  PublishDiagnosticsNotification, type CodeAction, type Diagnostic, type DocumentSymbol, type FoldingRange, type PublishDiagnosticsParams,
  type SymbolInformation, type TextEdit,
} from 'vscode-languageserver-protocol';
import { analyse } from '../../server/src/analysis/analyse';
import { noWs, samples } from '../unit/helpers/samples';
import { applyLspEdits, TestClient } from './lspClient';
import type { PublishTiming } from '../../server/src/features/diagnostics';

describe('the language server over a real JSON-RPC connection', () => {
  const client = new TestClient();
  before(() => client.initialize());
  after(() => client.dispose());

  it('announces incremental sync, symbols, folding, code actions and formatting', () => {
    const c = client.capabilities;
    assert.equal(c.textDocumentSync, 2);
    assert.ok(c.documentSymbolProvider && c.foldingRangeProvider && c.codeActionProvider && c.documentFormattingProvider);
    assert.ok(c.workspaceSymbolProvider);
  });

  for (const s of samples()) {
    const uri = `file:///samples/${s.name}.txt`;
    it(`${s.name}: publishes diagnostics with rule ids and the source on open`, async () => {
      const diags = await client.open(uri, s.raw);
      assert.ok(diags.length > 0);
      for (const d of diags) {
        assert.equal(d.source, 'article-proofreader');
        assert.match(String(d.code), /^[a-z]+(-[a-z]+)*$/);
      }
    });

    it(`${s.name}: document symbols hold every gold heading, each range covering its section`, async () => {
      const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
      const names: string[] = [];
      const walk = (xs: DocumentSymbol[], parent?: DocumentSymbol) => {
        for (const x of xs) {
          names.push(noWs(x.name));
          if (parent) assert.ok(x.range.start.line >= parent.range.start.line && x.range.end.line <= parent.range.end.line, `${x.name} inside ${parent.name}`);
          assert.ok(x.selectionRange.start.line >= x.range.start.line && x.selectionRange.end.line <= x.range.end.line);
          walk(x.children ?? [], x);
        }
      };
      walk(symbols);
      assert.equal(symbols.length, s.gold.articles.length);
      for (const h of s.gold.headings) assert.ok(names.includes(noWs(h.text)), `missing ${h.text}`);
      assert.equal(names.filter((n) => n.length > 40).length, 0, 'a body paragraph was taken for a heading');
    });

    it(`${s.name}: folding ranges fold each section`, async () => {
      const ranges = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as FoldingRange[];
      assert.ok(ranges.length >= s.gold.headings.filter((h) => h.level === 1).length);
      for (const r of ranges) assert.ok(r.endLine > r.startLine);
    });

    it(`${s.name}: formatting changes whitespace only`, async () => {
      const edits = (await client.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } })) as TextEdit[];
      assert.ok(edits.length > 0);
      assert.equal(noWs(applyLspEdits(s.raw, edits)), noWs(s.raw));
    });

    it(`${s.name}: source.fixAll is offered and turns the raw article into the gold clean text`, async () => {
      const actions = (await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      })) as CodeAction[];
      assert.equal(actions.length, 1);
      const fixed = applyLspEdits(s.raw, actions[0].edit!.changes![uri]);
      assert.equal(fixed, s.clean);
    });
  }

  it('offers a quick fix for a diagnostic and the fix removes it', async () => {
    const uri = 'file:///quick.txt';
    const text = '这十年，是医院干部职工砥砺\n\n奋进，医疗质量和服务能力得到持续提升。\n';
    const diags = await client.open(uri, text);
    const d = diags.find((x) => x.code === 'split-paragraph');
    assert.ok(d);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: d.range, context: { diagnostics: [d], only: ['quickfix'] },
    })) as CodeAction[];
    const fixed = applyLspEdits(text, actions[0].edit!.changes![uri]);
    assert.equal(fixed, '这十年，是医院干部职工砥砺奋进，医疗质量和服务能力得到持续提升。\n');
  });

  it('re-analyses after an incremental edit and supersedes the old version', async () => {
    const uri = 'file:///edit.txt';
    await client.open(uri, '这十年，是医院干部职工砥砺\n\n奋进，医疗质量和服务能力得到持续提升。\n');
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } }, text: '' }],
    });
    const diags = await next;
    assert.equal(diags.filter((d) => d.code === 'split-paragraph').length, 0);
  });

  it('answers an edit that adds a line with the problems a fresh open of the new text gets', async () => {
    // the first diagnostics after an edit come from the quick re-analysis, and those before the
    // edit are reused: every one must still sit where a fresh analysis puts it
    const raw = samples()[0].raw;
    const uri = 'file:///edit-lines.txt';
    const local = (ds: Diagnostic[]) => ds.filter((d) => !String(d.code).includes('duplicate'))
      .map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
    await client.open(uri, raw);
    const line = Math.floor(raw.split('\n').length / 2);
    const next = client.nextDiagnostics(uri);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: '医院\n\n' }],
    });
    const quick = await next;
    const lines = raw.split('\n');
    lines.splice(line, 1, lines[line].slice(0, 2) + '医院\n\n' + lines[line].slice(2));
    const fresh = await client.open('file:///edit-lines-fresh.txt', lines.join('\n'));
    assert.deepEqual(local(quick), local(fresh));
  });

  it('leaves an English plain-text file alone', async () => {
    const uri = 'file:///notes.txt';
    const diags = await client.open(uri, 'Meeting notes\n\nWe discussed  the plan for the next release , and more.\n');
    assert.deepEqual(diags, []);
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, []);
  });

  it('finds headings of open articles as workspace symbols', async () => {
    const found = (await client.connection.sendRequest('workspace/symbol', { query: '党建引领' })) as SymbolInformation[];
    assert.ok(found.some((x) => x.name === '党建引领 推动医院高质量发展'));
  });

  it('puts positions in UTF-16 units after a surrogate pair, on CRLF lines', async () => {
    const uri = 'file:///surrogate.article';
    const text = '𠀀医院干部职工砥砺\r\n\r\n奋进，提升。\r\n';
    const diags = await client.open(uri, text, 'article');
    const d = diags.find((x) => x.code === 'split-paragraph')!;
    assert.deepEqual(d.range.start, { line: 0, character: 10 });
    assert.deepEqual(d.range.end, { line: 2, character: 0 });
  });

  it('speaks Chinese when the client runs in Chinese', async () => {
    const zh = new TestClient();
    await zh.initialize('zh-cn');
    const diags = await zh.open('file:///zh.txt', '医院干部职工砥砺\n\n奋进，提升。\n');
    assert.match(String(diags[0].message), /[\u4e00-\u9fff]/);
    await zh.dispose();
  });
});

describe('diagnostics after an edit: a quick list at once, the exact one only when it differs', () => {
  const client = new TestClient();
  /** Every publishDiagnostics, in the order it arrived (the client's own waiters are not used). */
  const published: PublishDiagnosticsParams[] = [];
  before(async () => {
    client.connection.onNotification(PublishDiagnosticsNotification.type, (p) => void published.push(p));
    await client.initialize();
  });
  after(() => client.dispose());

  const raw = samples()[0].raw;
  const of = (uri: string) => published.filter((p) => p.uri === uri);
  /** Long enough for the exact analysis to follow the quick one (400 ms after it) many times over. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
  async function openAndEdit(uri: string, edit: { line: number; character: number; end?: { line: number; character: number }; text: string }) {
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: raw } });
    await settle();
    const at = { line: edit.line, character: edit.character };
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: edit.end ?? at }, text: edit.text }],
    });
    await settle();
    return of(uri).filter((p) => p.version === 2);
  }

  it('publishes a character typed inside a paragraph once: the exact analysis agrees with the quick one', async () => {
    const line = raw.split('\n').findIndex((l, i) => i > 20 && l.length > 10 && !l.includes(' '));
    const v2 = await openAndEdit('file:///settle/typed.txt', { line, character: 3, text: '院' });
    assert.equal(v2.length, 1);
  });

  it('publishes again when the exact analysis finds what the quick one leaves out (a new repeat)', async () => {
    // a copy of a paragraph typed after another: a repeat, which only the exact analysis of the
    // whole document finds
    const a = analyse(raw);
    const paras = a.blocks.filter((b) => b.kind === 'paragraph' && b.text.endsWith('。') && b.text.length > 60);
    const line = paras[Math.floor(paras.length / 2)].lastLine;
    const v2 = await openAndEdit('file:///settle/repeat.txt', { line, character: a.lines.end(line) - a.lines.start(line), text: `\n\n${paras[0].text}` });
    assert.equal(v2.length, 2);
    assert.ok(!v2[0].diagnostics.some((d) => d.code === 'duplicate-paragraph'));
    assert.ok(v2[1].diagnostics.some((d) => d.code === 'duplicate-paragraph'));
  });
});

describe('the server trace tells what each round of diagnostics cost (trace.server verbose)', () => {
  const client = new TestClient();
  const traces: { message: string; timing: PublishTiming }[] = [];
  const published: PublishDiagnosticsParams[] = [];
  before(async () => {
    client.connection.onNotification('$/logTrace', (p: { message: string; verbose?: string }) => {
      traces.push({ message: p.message, timing: JSON.parse(p.verbose ?? 'null') as PublishTiming });
    });
    client.connection.onNotification(PublishDiagnosticsNotification.type, (p) => void published.push(p));
    await client.initialize('en', {}, 'verbose');
  });
  after(() => client.dispose());

  const raw = samples()[0].raw;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 1500));
  const edit = (uri: string, version: number, line: number) => client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character: 2 }, end: { line, character: 2 } }, text: '院' }],
  });

  it('times the analysis, the conversion and the sending, quick or exact, and says when a list was not sent again', async () => {
    const uri = 'file:///trace/000.txt';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: raw } });
    await settle();
    const line = raw.split('\n').findIndex((l, i) => i > 20 && l.length > 10 && !l.includes(' '));
    await edit(uri, 2, line);
    await settle();

    const mine = traces.filter((t) => t.timing.uri === uri);
    assert.deepEqual(mine.map((t) => [t.timing.version, t.timing.quick, t.timing.sent]), [[1, false, true], [2, true, true], [2, false, false]]);
    for (const { timing } of mine) {
      for (const ms of [timing.analysis, timing.conversion, timing.sending]) assert.ok(Number.isFinite(ms) && ms >= 0, JSON.stringify(timing));
      const list = published.filter((p) => p.uri === uri && p.version === timing.version).at(-1)!;
      assert.equal(timing.problems, list.diagnostics.length, 'the count is that of the list published for the version');
    }
    assert.equal(mine[2].timing.sending, 0, 'nothing sent, no time spent sending');
    assert.match(mine[0].message, /^Diagnostics for file:\/\/\/trace\/000\.txt version 1: analysis [\d.]+ ms, converted in [\d.]+ ms, \d+ problems sent in [\d.]+ ms\.$/);
    assert.match(mine[1].message, /version 2: quick analysis [\d.]+ ms, .* sent in [\d.]+ ms\.$/);
    assert.match(mine[2].message, /version 2: analysis [\d.]+ ms, converted in [\d.]+ ms, \d+ problems, as already sent\.$/);
  });

  it('goes quiet when the client turns the trace off', async () => {
    await client.connection.sendNotification('$/setTrace', { value: 'off' });
    const uri = 'file:///trace/quiet.txt';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: raw } });
    await settle();
    await edit(uri, 2, 30);
    await settle();
    assert.ok(published.some((p) => p.uri === uri && p.version === 2), 'the diagnostics still come');
    assert.deepEqual(traces.filter((t) => t.timing.uri === uri), []);
  });
});
