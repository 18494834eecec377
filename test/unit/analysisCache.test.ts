import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, analysisSteps } from '../../server/src/analysis/analyse';
import { withDefaults } from '../../server/src/analysis/settings';
import { AnalysisCache } from '../../server/src/documents';
import { samples } from './helpers/samples';

const settings = withDefaults({ plaintext: 'always' });
/** Long enough for the cache to analyse it in steps (past 100,000 characters). */
const long = Array.from({ length: 12 }, () => samples().map((s) => s.raw).join('\n\n')).join('\n\n');

const noErrors = (rule: string, e: unknown) => assert.fail(`rule ${rule} threw ${String(e)}`);

describe('the analysis in steps', () => {
  it('pauses between its stages and ends with the same analysis as analyse()', () => {
    const steps = analysisSteps(samples()[0].raw, settings);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses++;
    assert.ok(pauses >= 5, `paused ${pauses} times`);
    assert.deepEqual(step.value, analyse(samples()[0].raw, settings));
  });

  it('ends as if alone when another document is analysed in the pauses (no state is shared across a pause)', () => {
    // past 4,096 blocks, so the blocks are made in more than one step; the second text differs in
    // its order and its line breaks, so whatever one analysis left behind would show in the other
    const a = Array.from({ length: 20 }, () => samples().map((s) => s.raw).join('\n\n')).join('\n\n');
    const b = Array.from({ length: 9 }, () => samples().map((s) => s.raw).reverse().join('\n\n')).join('\n\n').replace(/\n/g, '\r\n');
    const alone = [analyse(a, settings), analyse(b, settings)];
    assert.ok(alone[0].blocks.length > 4096, `${alone[0].blocks.length} blocks`);
    const steps = [analysisSteps(a, settings), analysisSteps(b, settings)];
    const results: unknown[] = [undefined, undefined];
    for (let turn = 0; results.includes(undefined); turn = 1 - turn) {
      if (results[turn] !== undefined) continue;
      const step = steps[turn].next();
      if (step.done) results[turn] = step.value;
    }
    assert.deepEqual(results, alone);
  });
});

describe('the server\'s analysis cache', () => {
  it('analyses a long document in steps and keeps the result for its version', async () => {
    const cache = new AnalysisCache(noErrors);
    const doc = TextDocument.create('file:///long.txt', 'plaintext', 1, long);
    const pending = cache.get(doc, settings);
    // still being made: the first step has not even run past a pause yet
    let done = false;
    void pending.then(() => (done = true));
    await Promise.resolve();
    assert.equal(done, false, 'a long document is not analysed in one go');
    const analysis = await pending;
    assert.ok(analysis);
    assert.equal(analysis.findings.length, analyse(long, settings).findings.length);
    assert.equal(await cache.get(doc, settings), analysis, 'the same version is not analysed twice');
  });

  it('lets callers asking for the same version share one analysis', async () => {
    const cache = new AnalysisCache(noErrors);
    const doc = TextDocument.create('file:///shared.txt', 'plaintext', 1, long);
    const [a, b] = await Promise.all([cache.get(doc, settings), cache.get(doc, settings)]);
    assert.ok(a);
    assert.equal(a, b);
  });

  it('drops the work on a version once a newer one arrives, and answers the newer one', async () => {
    const cache = new AnalysisCache(noErrors);
    const doc = TextDocument.create('file:///edited.txt', 'plaintext', 1, long);
    const old = cache.get(doc, settings);
    TextDocument.update(doc, [{ text: long + '\n\n西峡县人民医院新院区正式启用。' }], 2);
    assert.equal(await old, undefined, 'the analysis of version 1 was dropped');
    const fresh = await cache.get(doc, settings);
    assert.ok(fresh?.text.endsWith('正式启用。'));
  });

  it('drops the work on a document that closes meanwhile', async () => {
    const cache = new AnalysisCache(noErrors);
    const doc = TextDocument.create('file:///closed.txt', 'plaintext', 1, long);
    const pending = cache.get(doc, settings);
    cache.delete(doc.uri);
    assert.equal(await pending, undefined);
  });

  it('serves the structure from the quick analysis of an edit, and the exact one when there is none', async () => {
    const cache = new AnalysisCache(noErrors);
    const raw = samples()[0].raw;
    const doc = TextDocument.create('file:///quick.txt', 'plaintext', 1, raw);
    const exact = await cache.get(doc, settings);
    assert.equal(await cache.latest(doc, settings), exact);
    const at = doc.positionAt(raw.indexOf('。', raw.length >> 1) + 1);
    TextDocument.update(doc, [{ range: { start: at, end: at }, text: '医' }], 2);
    const quick = cache.quick(doc, settings);
    assert.ok(quick, 'a one-character edit takes the quick path');
    assert.equal(await cache.latest(doc, settings), quick, 'no exact analysis is made for the structure');
    const full = analyse(doc.getText(), settings);
    assert.deepEqual(quick.articles, full.articles);
    TextDocument.update(doc, [{ text: raw }], 3);
    const again = await cache.latest(doc, settings);
    assert.ok(again && again !== quick && again.text === raw, 'with no quick analysis of version 3, the exact one');
  });

  it('analyses a short document at once', async () => {
    const cache = new AnalysisCache(noErrors);
    const doc = TextDocument.create('file:///short.txt', 'plaintext', 1, samples()[2].raw);
    const pending = cache.get(doc, settings);
    // updated right away: had it paused, the analysis would have been dropped
    TextDocument.update(doc, [{ text: 'x' }], 2);
    assert.ok(await pending);
  });
});
