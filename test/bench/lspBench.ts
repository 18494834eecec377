// The built server over a real JSON-RPC connection: open-to-diagnostics; keystroke-to-diagnostics
// (the first diagnostics of the new version, the settled ones, and in this process the full and
// the quick re-analysis of each edited text; less the 150 ms debounce when the server waits for
// it); request times of the features; and the server's peak memory.
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from '../../server/src/analysis/analyse';
import { reanalyse } from '../../server/src/analysis/incremental';
import { withDefaults } from '../../server/src/analysis/settings';
import { createRandom } from '../unit/helpers/generate';
import { utf8Bytes } from './article';
import type { PublishTiming } from '../../server/src/features/diagnostics';
import { EchoPeer } from './echoPeer';
import { BenchClient } from './lsp';
import { mb, median, ms, percentile, printTable } from './stats';

/** The server waits this long after a change before it analyses (features/diagnostics.ts). */
const DEBOUNCE_MS = 150;
const EDITS = Number(process.env.BENCH_EDITS ?? 30);
/**
 * Keystrokes typed first and not counted: the quick path's code is not compiled yet after an open
 * (the first keystroke takes several times as long). Their times are shown apart, not hidden.
 */
const COLD_EDITS = 5;
const REQUEST_RUNS = 9;
/** A lower cap on the problems listed, for the run that shows what the Problems list costs. */
const CAPPED = 1000;
/** Diagnostics are taken as settled when none has come for this long. */
const QUIET_MS = 1200;

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const r = await fn();
  return [performance.now() - start, r];
}

/**
 * Milliseconds to answer a request that needs no analysis (a hover in a document that is not
 * open), sent every 10 ms until `busy` settles: how long the server leaves a message waiting
 * while it analyses, which is its longest step.
 */
async function answeredWhile(client: BenchClient, busy: Promise<unknown>): Promise<number[]> {
  let done = false;
  void busy.then(() => (done = true));
  const times: number[] = [];
  const probe = { textDocument: { uri: 'file:///bench/not-open.txt' }, position: { line: 0, character: 0 } };
  while (!done) {
    times.push((await timed(() => client.connection.sendRequest('textDocument/hover', probe)))[0]);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return times;
}

/** A one-character insertion inside a paragraph line, at a seeded random place. */
function randomEdit(doc: TextDocument, random: () => number): { line: number; character: number } {
  for (;;) {
    const line = Math.floor(random() * doc.lineCount);
    const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    if (text.trim().length >= 8) return { line, character: 4 };
  }
}

interface Typed {
  doc: TextDocument;
  /** Milliseconds from each of the first COLD_EDITS keystrokes to its first diagnostics. */
  cold: number[];
  /** Milliseconds from each counted keystroke to the first diagnostics of its version, and to the last. */
  first: number[];
  settled: number[];
  /** What the first diagnostics of each counted keystroke cost the server, from its trace. */
  server: PublishTiming[];
  /** The text before the counted keystrokes, and after each of them. */
  before: string;
  edited: string[];
  /** JSON characters and number of the diagnostics published for the last keystroke. */
  payload: number;
  count: number;
  last: Diagnostic[];
}

/** Opens `text` and types COLD_EDITS, then EDITS characters into it, one at a time, timing the diagnostics. */
async function typeKeystrokes(client: BenchClient, uri: string, text: string, random: () => number): Promise<Typed> {
  let doc = TextDocument.create(uri, 'plaintext', 1, text);
  await client.open(uri, text);
  const cold: number[] = [];
  const first: number[] = [];
  const settled: number[] = [];
  const edited: string[] = [];
  const versions: number[] = [];
  let last: Diagnostic[] = [];
  let before = text;
  for (let k = -COLD_EDITS; k < EDITS; k++) {
    const at = randomEdit(doc, random);
    const change = { range: { start: at, end: at }, text: '甲' };
    doc = TextDocument.update(doc, [change], doc.version + 1);
    edited.push(doc.getText());
    const sent = performance.now();
    const firstPublished = client.diagnosticsFor(uri, doc.version);
    const lastPublished = client.settled(uri, doc.version, QUIET_MS);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
    const p = await firstPublished;
    if (p.version !== doc.version) throw new Error(`diagnostics for version ${p.version}, expected ${doc.version}`);
    if (k < 0) {
      cold.push(p.at - sent);
      before = edited.pop()!;
      await lastPublished;
      continue;
    }
    first.push(p.at - sent);
    versions.push(doc.version);
    last = p.diagnostics;
    settled.push((await lastPublished).at - sent);
  }
  // the trace of a publish follows it: by now, quiet for a while, every one has come
  const server = versions.map((v) => {
    const t = client.timings.find((x) => x.uri === uri && x.version === v);
    if (!t) throw new Error(`no trace from the server for version ${v}`);
    return t;
  });
  return { doc, cold, first, settled, server, before, edited, payload: JSON.stringify(last).length, count: last.length, last };
}

/** Long enough for the exact analysis after the last keystroke to have come and gone. */
const quiet = () => new Promise((resolve) => setTimeout(resolve, QUIET_MS));

/** A fast typist's burst: keystrokes this far apart, sent without waiting for diagnostics. */
const BURST = 20;
const BURST_GAP_MS = 15;

/**
 * Types BURST characters into one line, BURST_GAP_MS apart: milliseconds from each keystroke to
 * the first diagnostics that include it, and how many lists the server sent for the burst.
 */
async function typeBurst(client: BenchClient, start: TextDocument): Promise<{ doc: TextDocument; latencies: number[]; lists: number }> {
  const { uri } = start;
  let doc = start;
  const first = doc.version + 1;
  const at = randomEdit(doc, createRandom(11));
  const answered: Promise<number>[] = [];
  for (let k = 0; k < BURST; k++) {
    const where = { line: at.line, character: at.character + k };
    const change = { range: { start: where, end: where }, text: '丙' };
    doc = TextDocument.update(doc, [change], doc.version + 1);
    const sent = performance.now();
    answered.push(client.diagnosticsFor(uri, doc.version).then((p) => p.at - sent));
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
    await new Promise((resolve) => setTimeout(resolve, BURST_GAP_MS));
  }
  const latencies = await Promise.all(answered);
  await quiet(); // for the exact analysis, sent if it differs
  const lists = client.timings.filter((t) => t.uri === uri && t.sent && t.version >= first).length;
  return { doc, latencies, lists };
}

interface Floor {
  /** Milliseconds per publish. */
  times: number[];
  idle: number;
  peak: number;
}

/**
 * A peer with no analysis that keeps `text` and publishes `diagnostics` `publishes` times: the
 * transport alone, and the memory any server needs to hold the document and publish them.
 */
async function floorOf(text: string, diagnostics: Diagnostic[], publishes: number): Promise<Floor> {
  const peer = new EchoPeer(__filename);
  await peer.publish(0); // started and idle
  const idle = peer.memory().now;
  await peer.open(text);
  await peer.hold(diagnostics);
  const times: number[] = [];
  for (let k = 1; k <= publishes; k++) {
    times.push(await peer.publish(k));
    // as between keystrokes in the server's run, there is time to collect garbage
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { peak } = peer.memory();
  peer.dispose();
  return { times, idle, peak };
}

export async function benchServer(text: string, bigText: string, sample: { name: string; text: string }): Promise<void> {
  const rows: string[][] = [];
  const row = (what: string, p50: number, p95: number | string, note = '') => rows.push([what, ms(p50), typeof p95 === 'string' ? p95 : ms(p95), note]);
  const client = new BenchClient();
  await client.initialize();
  const baseline = client.memory().now;

  // open to first diagnostics, a few times on fresh uris (the first also warms the server up)
  const opens: number[] = [];
  for (let k = 0; k < 4; k++) {
    const uri = `file:///bench/open-${k}.txt`;
    const [t, published] = await timed(() => client.open(uri, text));
    if (published.diagnostics.length === 0) throw new Error('no diagnostics for the 1 MB article: is it read as an article?');
    opens.push(t);
    await client.close(uri);
  }
  row(`didOpen -> publishDiagnostics, ${mb(utf8Bytes(text))}`, median(opens.slice(1)), '', `first (cold) ${ms(opens[0])} ms; median of ${opens.length - 1} warm`);

  // keystrokes: one character typed, then the first diagnostics of that version, and the last
  // ones once the server goes quiet (a server may answer a keystroke quickly, then exactly)
  const uri = 'file:///bench/edit.txt';
  const random = createRandom(7);
  const typed = await typeKeystrokes(client, uri, text, random);
  let doc = typed.doc;
  const { cold, first, settled, server, before, edited, payload, count } = typed;
  const settings = withDefaults({});
  const pure = edited.map((t) => {
    const start = performance.now();
    analyse(t, settings);
    return performance.now() - start;
  });
  // the server's quick path: re-analyse the blocks around each edit from the previous analysis
  let previous = analyse(before, settings);
  let declined = 0;
  const quick = edited.map((t) => {
    const start = performance.now();
    const q = reanalyse(previous, t, settings);
    const took = performance.now() - start;
    if (!q) declined++;
    previous = q ?? analyse(t, settings);
    return took;
  });
  const debounced = Math.min(...first) >= DEBOUNCE_MS;
  row(`one-character didChange -> first diagnostics (${EDITS} edits)`, percentile(first, 50), percentile(first, 95),
    `${debounced ? `includes the ${DEBOUNCE_MS} ms debounce` : `min ${ms(Math.min(...first))}`}; ${count} diagnostics, ${mb(payload)} of JSON each`);
  row(`  the ${COLD_EDITS} keystrokes before, not counted above`, percentile(cold, 50), Math.max(...cold),
    `the first ${ms(cold[0])}: code not yet compiled; p95 column: the longest`);
  if (debounced) row(`  the same, less the ${DEBOUNCE_MS} ms debounce`, percentile(first, 50) - DEBOUNCE_MS, percentile(first, 95) - DEBOUNCE_MS, 'analysis + diagnostics + JSON-RPC');
  const own = server.map((t) => t.analysis + t.conversion + t.sending);
  row('  of which the server: analysis, conversion, sending', percentile(own, 50), percentile(own, 95), 'from its trace; the rest: the change and the list in the pipes, parsed');
  row('    quick analysis', percentile(server.map((t) => t.analysis), 50), percentile(server.map((t) => t.analysis), 95),
    `${server.filter((t) => t.quick).length} of ${server.length} quick`);
  row('    findings -> diagnostics', percentile(server.map((t) => t.conversion), 50), percentile(server.map((t) => t.conversion), 95), '');
  row('    serialise and write', percentile(server.map((t) => t.sending), 50), percentile(server.map((t) => t.sending), 95), '');
  row('  -> settled diagnostics (the last for that version)', percentile(settled, 50), percentile(settled, 95), `quiet for ${QUIET_MS} ms after`);
  row('  pure analyse() of each edited text', percentile(pure, 50), percentile(pure, 95), 'full analysis, in this process');
  row('  reanalyse() of each edit (the quick path)', percentile(quick, 50), percentile(quick, 95), `in this process; declined ${declined} of ${EDITS}`);
  const floor = await floorOf(text, typed.last, EDITS);
  row('  the transport alone: a peer with no analysis publishing the same diagnostics', percentile(floor.times, 50), percentile(floor.times, 95), 'serialise, pipe and parse');
  // the same keystrokes with the Problems list capped lower, in a fresh server
  const capped = new BenchClient({ maxProblems: CAPPED });
  await capped.initialize();
  const few = await typeKeystrokes(capped, uri, text, createRandom(7));
  await capped.dispose();
  row(`  the same with articleProofreader.maxProblems ${CAPPED}`, percentile(few.first, 50), percentile(few.first, 95), `${few.count} diagnostics, ${mb(few.payload)} of JSON each`);
  // the same keystrokes in an article of the size users edit
  const small = await typeKeystrokes(client, 'file:///bench/sample.txt', sample.text, createRandom(7));
  await client.close('file:///bench/sample.txt');
  row(`  the same in sample ${sample.name} (${mb(utf8Bytes(sample.text))})`, percentile(small.first, 50), percentile(small.first, 95),
    `${small.count} diagnostics, ${mb(small.payload)} of JSON each`);

  // feature requests on the analysed version (the analysis is memoised, so these are the features' own cost)
  const requests: [string, string, object][] = [
    ['semanticTokens/full', 'textDocument/semanticTokens/full', { textDocument: { uri } }],
    ['documentSymbol', 'textDocument/documentSymbol', { textDocument: { uri } }],
    ['foldingRange', 'textDocument/foldingRange', { textDocument: { uri } }],
    ['formatting', 'textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }],
    ['codeAction source.fixAll', 'textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] },
    }],
    // what VS Code asks on every cursor move for its light bulb: no `only`, the diagnostics under the cursor
    ['codeAction at the cursor (light bulb)', 'textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 10, character: 2 }, end: { line: 10, character: 2 } }, context: { diagnostics: [] },
    }],
    ['hover', 'textDocument/hover', { textDocument: { uri }, position: { line: 10, character: 4 } }],
  ];
  for (const [name, method, params] of requests) {
    const times: number[] = [];
    for (let r = 0; r < REQUEST_RUNS; r++) times.push((await timed(() => client.connection.sendRequest(method, params)))[0]);
    row(name, median(times), percentile(times, 95), `${REQUEST_RUNS} requests`);
  }
  // what VS Code asks after an edit: the tokens that changed since the ones it holds
  const tokensBefore = await client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }) as { resultId: string; data: number[] };
  const deltaAt = randomEdit(doc, random);
  const deltaChange = { range: { start: deltaAt, end: deltaAt }, text: '丁' };
  doc = TextDocument.update(doc, [deltaChange], doc.version + 1);
  const typedDelta = client.diagnosticsFor(uri, doc.version);
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [deltaChange] });
  await typedDelta;
  const [deltaMs, delta] = await timed(() => client.connection.sendRequest('textDocument/semanticTokens/full/delta', {
    textDocument: { uri }, previousResultId: tokensBefore.resultId,
  }));
  row('semanticTokens/full/delta after a keystroke', deltaMs, '',
    `${mb(JSON.stringify(delta).length)} of JSON, the full tokens ${mb(JSON.stringify(tokensBefore).length)}; from the quick analysis`);
  // a request right after a keystroke waits for the quick analysis of the new version and its diagnostics
  const at = randomEdit(doc, random);
  const change = { range: { start: at, end: at }, text: '乙' };
  doc = TextDocument.update(doc, [change], doc.version + 1);
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: [change] });
  const [symbolsAfter] = await timed(() => client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
  row('documentSymbol right after a keystroke', symbolsAfter, '', 'the quick analysis of the new version and its diagnostics come first');
  await quiet();
  const burst = await typeBurst(client, doc);
  doc = burst.doc;
  row(`a burst of ${BURST} keystrokes ${BURST_GAP_MS} ms apart -> diagnostics`, percentile(burst.latencies, 50), percentile(burst.latencies, 95),
    `${burst.lists} lists; the last keystroke answered after ${ms(burst.latencies.at(-1)!)} ms`);

  const mem = client.memory();
  await client.dispose();

  // a 10 MB article in a fresh server, for the open time and the memory it takes
  const big = new BenchClient();
  await big.initialize();
  const bigBaseline = big.memory().now;
  const openStart = performance.now();
  const opening = big.open('file:///bench/big.txt', bigText);
  const probes = await answeredWhile(big, opening);
  const bigPublished = await opening;
  const bigOpen = bigPublished.at - openStart;
  const [bigSymbols] = await timed(() => big.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///bench/big.txt' } }));
  const bigMem = big.memory();
  // the same again in the same server, its code now compiled: as when a second large file is opened
  await big.close('file:///bench/big.txt');
  const reopenStart = performance.now();
  const reopening = big.open('file:///bench/big-again.txt', bigText);
  const warmProbes = await answeredWhile(big, reopening);
  const bigReopen = (await reopening).at - reopenStart;
  await big.dispose();
  const bigFloor = await floorOf(bigText, bigPublished.diagnostics, 3);
  row(`didOpen -> publishDiagnostics, ${mb(utf8Bytes(bigText))}`, bigOpen, '', `${bigPublished.diagnostics.length} diagnostics`);
  row('  a request answered meanwhile (one every 10 ms)', percentile(probes, 50), percentile(probes, 95),
    `${probes.length} requests, longest ${ms(Math.max(...probes))}; a fresh server, its code not yet compiled`);
  row(`the same ${mb(utf8Bytes(bigText))} opened again in that server`, bigReopen, '', '');
  row('  a request answered meanwhile (one every 10 ms)', percentile(warmProbes, 50), percentile(warmProbes, 95),
    `${warmProbes.length} requests, longest ${ms(Math.max(...warmProbes))}; the first waits for the document to be read`);
  row(`documentSymbol, ${mb(utf8Bytes(bigText))}`, bigSymbols, '', 'first request after open');

  printTable(['over LSP (ms)', 'p50', 'p95', 'note'], rows);
  const bytes = utf8Bytes(text);
  const bigBytes = utf8Bytes(bigText);
  console.log('');
  printTable(['server memory', 'idle RSS', 'peak RSS (VmHWM)', 'peak - idle', '(peak - idle) / doc', 'peak / doc'], [
    [`${mb(bytes)} session (5 opens, ${EDITS + 1} edits, requests)`, mb(baseline), mb(mem.peak), mb(mem.peak - baseline),
      `${((mem.peak - baseline) / bytes).toFixed(1)}x`, `${(mem.peak / bytes).toFixed(1)}x`],
    [`${mb(bigBytes)} opened once`, mb(bigBaseline), mb(bigMem.peak), mb(bigMem.peak - bigBaseline),
      `${((bigMem.peak - bigBaseline) / bigBytes).toFixed(1)}x`, `${(bigMem.peak / bigBytes).toFixed(1)}x`],
    ...([[floor, bytes, `${EDITS} publishes`], [bigFloor, bigBytes, '3 publishes']] as const).map(([f, size, what]) => [
      `  a peer with no analysis: ${mb(size)} kept, the same diagnostics, ${what}`, mb(f.idle), mb(f.peak), mb(f.peak - f.idle),
      `${((f.peak - f.idle) / size).toFixed(1)}x`, `${(f.peak / size).toFixed(1)}x`]),
  ]);
  console.log('doc = UTF-8 size of one document; the 1 MB session keeps one document open at a time (the others are closed).');
  summary.edit95 = percentile(first, 95) - (debounced ? DEBOUNCE_MS : 0);
  summary.edit95Server = percentile(own, 95);
  summary.edit95Capped = percentile(few.first, 95);
  summary.edit95Sample = percentile(small.first, 95) - (Math.min(...small.first) >= DEBOUNCE_MS ? DEBOUNCE_MS : 0);
  summary.memoryRatio = (mem.peak - baseline) / bytes;
  summary.memoryRatioBig = (bigMem.peak - bigBaseline) / bigBytes;
}

/** Figures the run checks against its targets. */
export const summary = { edit95: NaN, edit95Server: NaN, edit95Capped: NaN, edit95Sample: NaN, memoryRatio: NaN, memoryRatioBig: NaN };
