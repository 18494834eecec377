import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  CancellationTokenSource, LSPErrorCodes, PublishDiagnosticsNotification, type Diagnostic, type DocumentSymbol, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { exercise } from '../fixtures/hostile/lspChecks';
import { largeHostileTexts, smallHostileTexts } from '../fixtures/hostile/texts';
import { findEntities } from '../../server/src/analysis/entities';
import { samples } from '../unit/helpers/samples';
import { TestClient } from './lspClient';

// A suite that loses its server would otherwise wait for ever: each has a time limit.
const LIMIT = { timeout: 120_000 };

describe('the server answers every request on hostile input, each range inside the document', LIMIT, () => {
  const client = new TestClient();
  before(async () => {
    // as VS Code does: answer a message the server shows (the user dismisses it)
    client.connection.onRequest('window/showMessageRequest', () => null);
    await client.initialize();
  });
  after(() => client.dispose());

  // The small texts are all opened at once, so the server's wait before its first diagnostics
  // (the change debounce) is paid once; each test then checks its own documents. The `article`
  // language makes the server treat even a blank or English file as an article.
  const small = smallHostileTexts().flatMap(({ name, text }, k) =>
    ['plaintext', 'article'].map((languageId) => ({ name, text, languageId, uri: `file:///hostile/small-${k}.${languageId}.txt` })));
  const opened = new Map<string, Promise<Diagnostic[]>>();
  before(() => {
    for (const d of small) opened.set(d.uri, client.open(d.uri, d.text, d.languageId));
  });

  for (const { name, text, languageId, uri } of small) {
    it(`answers on ${name} (${languageId})`, async () => {
      await exercise(client, uri, text, await opened.get(uri)!);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });
  }

  it('publishes diagnostics after a keystroke inside a paragraph of 150,000 findings', {
    timeout: 120_000,
  }, async () => {
    // enough blocks for the server's quick re-analysis of the blocks around an edit to apply
    const uri = 'file:///hostile/many-findings.txt';
    const paragraphs = samples()[0].raw.split('\n\n');
    const text = [...paragraphs.slice(0, 12), '医院,'.repeat(150_000), ...paragraphs.slice(12, 24)].join('\n\n') + '\n';
    await client.open(uri, text);
    const line = text.split('\n').findIndex((l) => l.startsWith('医院,医院,'));
    const next = client.nextDiagnostics(uri);
    const at = { line, character: 30 };
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: '甲' }],
    });
    const diagnostics = await next;
    // capped at articleProofreader.maxProblems, with a note saying how many more there are
    assert.equal(diagnostics.filter((d) => d.code === 'halfwidth-punctuation').length, 5000 - diagnostics.filter((d) => d.code !== 'halfwidth-punctuation' && d.code !== 'too-many-problems').length);
    assert.match(String(diagnostics.find((d) => d.code === 'too-many-problems')?.message), /more problems are not shown/);
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('proofreads a document whose file: URI names no local path (a broken escape, a remote host)', { timeout: 20_000 }, async () => {
    for (const uri of ['file:///hostile/%E5%A4.txt', 'file://remote-host/share/article.txt']) {
      const diagnostics = await client.open(uri, samples()[0].raw);
      assert.ok(diagnostics.some((d) => d.code === 'broken-wrap'), uri);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });

  let n = 0;
  for (const { name, text } of largeHostileTexts()) {
    it(`answers on ${name}`, async () => {
      const uri = `file:///hostile/large-${n++}.txt`;
      const diagnostics = await client.open(uri, text, 'article');
      await exercise(client, uri, text, diagnostics);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });
  }
});

describe('a newer version of a document supersedes an older one', LIMIT, () => {
  const client = new TestClient();
  /** Every publishDiagnostics, in the order it arrived (this client's own waiters are not used). */
  const published: PublishDiagnosticsParams[] = [];
  const waiting: { uri: string; version: number; resolve: () => void }[] = [];
  before(async () => {
    client.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.push(p);
      for (const w of waiting.filter((x) => x.uri === p.uri && (p.version ?? -1) >= x.version)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
    });
    await client.initialize();
  });
  after(() => client.dispose());

  const publishedAt = (uri: string, version: number) => new Promise<void>((resolve) => {
    if (published.some((p) => p.uri === uri && (p.version ?? -1) >= version)) resolve();
    else waiting.push({ uri, version, resolve });
  });
  const change = (uri: string, version: number, text: string) =>
    client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });

  it('publishes, after two quick changes, the diagnostics of the newer one, carrying its version', async () => {
    const uri = 'file:///hostile/versions.txt';
    const v1 = '西峡县人民医院新院区正式启用。\n\n医院开放床位1200张，门诊量80万人次。\n';
    const v2 = '西峡县人民医院新院区正式启用。\n\n医院开放床位1300张，门诊量80万人次。\n';
    const v3 = '西峡县人民医院新院区正式启用。\n\n医院开放床位1200 张，门诊量80万人次。\n';
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: v1 } });
    await publishedAt(uri, 1);
    const from = published.length;
    await change(uri, 2, v2);
    await change(uri, 3, v3);
    // requests are answered in order: once this one is, the server has seen version 3
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const seen = published.length;
    await publishedAt(uri, 3);
    // a sentinel change: whatever the server published for versions 2 and 3 has arrived before its diagnostics
    await change(uri, 4, v3 + '\n');
    await publishedAt(uri, 4);

    const mine = published.slice(from).filter((p) => p.uri === uri);
    for (const p of mine) assert.equal(typeof p.version, 'number', 'publishDiagnostics carries the version');
    const versions = mine.map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions never go back: ${versions}`);
    const afterV3 = published.slice(seen).filter((p) => p.uri === uri && p.version !== 4);
    assert.ok(afterV3.length > 0 || versions.includes(3), 'the diagnostics of version 3 were published');
    for (const p of afterV3) assert.equal(p.version, 3, 'once version 3 is known, no diagnostics of version 2 arrive');
    const v3Diagnostics = mine.filter((p) => p.version === 3).at(-1)!;
    assert.ok(v3Diagnostics.diagnostics.some((d) => d.code === 'split-number' && d.range.start.line === 2), 'the split number of version 3 is reported');
  });

  it('after a burst of keystrokes on a sample, the last diagnostics carry the last version', async () => {
    const uri = 'file:///hostile/burst.txt';
    const raw = samples()[1].raw;
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: raw } });
    await publishedAt(uri, 1);
    for (let v = 2; v <= 6; v++) {
      const at = { line: v, character: 0 };
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: v }, contentChanges: [{ range: { start: at, end: at }, text: '甲' }],
      });
    }
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const seen = published.length;
    await publishedAt(uri, 6);
    const later = published.slice(seen).filter((p) => p.uri === uri);
    for (const p of later) assert.equal(p.version, 6);
    const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'the last version is still an article with an outline');
  });
});

// A long document is analysed in steps; a request for it waits meanwhile. These documents are
// long enough (over a million UTF-8 bytes) that the analysis is still running 20 ms after the
// request is sent, which is when each test cancels it or changes the document.
describe('a request that waits for the analysis of a long document', LIMIT, () => {
  const client = new TestClient();
  before(() => client.initialize());
  after(() => client.dispose());

  const longText = () => Array.from({ length: 80 }, () => samples()[0].raw).join('\n\n');
  const codeOf = async (request: Promise<unknown>) => request.then(() => 'answered', (e: { code?: number }) => e.code);
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
  const openLong = (uri: string, text: string) =>
    client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });

  it('ends with RequestCancelled when the client cancels it, and the diagnostics still come', async () => {
    const uri = 'file:///hostile/cancelled.txt';
    const diagnostics = client.nextDiagnostics(uri);
    await openLong(uri, longText());
    const source = new CancellationTokenSource();
    const request = codeOf(client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }, source.token));
    await pause();
    source.cancel();
    assert.equal(await request, LSPErrorCodes.RequestCancelled);
    assert.ok((await diagnostics).length > 0, 'the analysis the request gave up on went on for the diagnostics');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('ends with ContentModified when it names a position and the document changes meanwhile', async () => {
    const uri = 'file:///hostile/modified.txt';
    const text = longText();
    await openLong(uri, text);
    const at = { textDocument: { uri }, position: { line: 0, character: 1 } };
    const hover = codeOf(client.connection.sendRequest('textDocument/hover', at));
    const tokens = codeOf(client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }));
    await pause();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '甲' }],
    });
    assert.equal(await hover, LSPErrorCodes.ContentModified);
    assert.equal(await tokens, LSPErrorCodes.ContentModified, 'an empty answer would wipe the highlighting');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('answers a burst of keystrokes with fewer lists than keystrokes, the last one for the last version and exact', async () => {
    const uri = 'file:///hostile/burst-long.txt';
    const text = longText();
    const published: PublishDiagnosticsParams[] = [];
    client.onPublish((p) => void (p.uri === uri && published.push(p)));
    await client.open(uri, text);
    // 20 characters typed into one line, sent without waiting: each list of about 5,000 problems
    // takes the client a while to read, and the keystrokes that come meanwhile are answered together
    const line = text.split('\n').findIndex((l, i) => i > 40 && l.length > 30 && !l.includes(' '));
    let typed = text;
    const lineStart = text.split('\n').slice(0, line).join('\n').length + 1;
    for (let k = 0; k < 20; k++) {
      const at = { line, character: 4 + k };
      typed = typed.slice(0, lineStart + 4 + k) + '甲' + typed.slice(lineStart + 4 + k);
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 + k }, contentChanges: [{ range: { start: at, end: at }, text: '甲' }],
      });
    }
    while (!published.some((p) => p.version === 21)) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the exact analysis, if it differs
    const versions = published.map((p) => p.version!).filter((v) => v > 1);
    assert.ok(new Set(versions).size < 20, `a list for each of the 20 keystrokes: ${versions}`);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'never an older version after a newer one');
    const fresh = 'file:///hostile/burst-fresh.txt';
    const expected = await client.open(fresh, typed);
    const last = published.at(-1)!.diagnostics;
    assert.deepEqual(last.map((d) => [d.code, d.range]), expected.map((d) => [d.code, d.range]), 'the last list is that of the typed text');
    for (const u of [uri, fresh]) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  });

  it('about the whole document, is answered for the version the document changed to', async () => {
    const uri = 'file:///hostile/followed.txt';
    const text = longText();
    await openLong(uri, text);
    const symbols = client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Promise<DocumentSymbol[]>;
    const rows = client.connection.sendRequest('articleProofreader/entities', { uri }) as Promise<{ line: number }[]>;
    await pause();
    // a blank line on top: every symbol and entity of the new version is one line further down
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }],
    });
    const [outline, entities] = await Promise.all([symbols, rows]);
    // the same requests on a document opened with version 2's text, with nothing racing them
    const fresh = 'file:///hostile/followed-fresh.txt';
    await client.open(fresh, '\n' + text);
    const expectedOutline = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: fresh } }) as DocumentSymbol[];
    const expectedEntities = await client.connection.sendRequest('articleProofreader/entities', { uri: fresh }) as { line: number }[];
    assert.ok(expectedOutline.length > 1 && expectedEntities.length > 0);
    assert.deepEqual(outline, expectedOutline, 'the outline of version 2');
    assert.deepEqual(entities, expectedEntities, 'the entities of version 2');
    for (const u of [uri, fresh]) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  });
});

describe('a long analysis shows as work-done progress', LIMIT, () => {
  const client = new TestClient();
  /** What the server sent about progress, in order: a created token, or a $/progress value. */
  const events: { token: string; kind: string; title?: string; message?: string }[] = [];
  before(async () => {
    client.connection.onRequest('window/workDoneProgress/create', (p: { token: string }) => {
      events.push({ token: p.token, kind: 'create' });
      return null;
    });
    client.connection.onNotification('$/progress', (p: { token: string; value: { kind: string; title?: string; message?: string } }) => {
      events.push({ token: p.token, ...p.value });
    });
    await client.initialize('zh', { workDoneProgress: true });
  });
  after(() => client.dispose());

  it('begins and ends once, titled and naming the file, as an article of about 1 MB opens; not for a sample, nor after an edit', async () => {
    const uri = 'file:///hostile/%E5%A4%A7%E7%A8%BF.txt';
    await client.open(uri, Array.from({ length: 70 }, () => samples()[0].raw).join('\n\n'));
    await client.open('file:///hostile/small-sample.txt', samples()[1].raw);
    // the end may follow the diagnostics: a request answered after the analysis is over comes after it too
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    const tokens = [...new Set(events.map((e) => e.token))];
    assert.equal(tokens.length, 1, 'one progress, for the long article only');
    assert.deepEqual(events.map((e) => e.kind), ['create', 'begin', 'end']);
    assert.equal(events[1].title, '正在校对');
    assert.equal(events[1].message, '大稿.txt');
    // an edit, then a request that needs the exact analysis of the new version: no progress this time
    const at = { line: 3, character: 0 };
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: '甲' }] });
    await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
    assert.equal(events.length, 3, 'the analyses after an edit show no progress');
  });

  it('names a file whose URI has a broken escape as it is written, and still publishes its problems', async () => {
    const uri = 'file:///hostile/%E5%A4broken.txt';
    const diagnostics = await client.open(uri, Array.from({ length: 70 }, () => samples()[0].raw).join('\n\n'));
    assert.ok(diagnostics.length > 0);
    await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(events.find((e) => e.kind === 'begin' && e.message !== '大稿.txt')?.message, '%E5%A4broken.txt');
  });
});

// The server once told about a large document with a request, and exited when the client
// answered it with an error.
describe('a client that does not answer window/showMessageRequest', LIMIT, () => {
  const client = new TestClient();
  let exited = false;
  before(async () => {
    client.connection.onClose(() => (exited = true));
    await client.initialize();
  });
  after(() => client.dispose().catch(() => undefined));

  it('still gets answers after opening a large document', async () => {
    // a small largeDocument setting makes a sample-sized text "large"
    client.configuration = { largeDocument: 10_000 };
    const text = samples().map((s) => s.raw).join('\n\n');
    const uri = 'file:///hostile/large-told.txt';
    await client.open(uri, text);
    const closed = new Promise<never>((_, reject) => client.connection.onClose(() => reject(new Error('the server exited'))));
    const symbols = await Promise.race([client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), closed]);
    assert.ok(Array.isArray(symbols));
    assert.equal(exited, false);
  });
});

describe('a document past the largeDocument setting', LIMIT, () => {
  const client = new TestClient();
  before(async () => {
    client.connection.onRequest('window/showMessageRequest', () => null);
    // a small setting makes the five samples, one after another, a "large" document
    client.configuration = { largeDocument: 10_000 };
    await client.initialize();
  });
  after(() => client.dispose());

  it('has its names, dates and figures found when the export asks for them, which its analysis leaves out', async () => {
    const text = samples().map((s) => s.raw).join('\n\n');
    const uri = 'file:///hostile/large-export.txt';
    await client.open(uri, text);
    const rows = await client.connection.sendRequest('articleProofreader/entities', { uri }) as { kind: string; text: string; line: number }[];
    const expected = findEntities(text, { hospitals: [] });
    assert.ok(expected.length > 100);
    assert.deepEqual(rows.map((r) => `${r.kind} ${r.text}`), expected.map((e) => `${e.kind} ${e.text}`));
    const tokens = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as { data: number[] };
    assert.deepEqual(tokens.data, [], 'the highlighting stays off, as the notice says');
  });
});
