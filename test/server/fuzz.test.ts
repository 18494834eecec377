import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { SemanticTokensDelta } from 'vscode-languageserver-protocol';
import { applyEdits, exercise, Lines } from '../fixtures/hostile/lspChecks';
import { PIECES } from '../fixtures/hostile/texts';
import { TestClient } from './lspClient';

// CI runs a few documents with a fixed seed; FUZZ_RUNS raises the count, FUZZ_SEED=random varies them.
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 20261124);

const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((xs) => xs.join(''));
/** Mostly lines of article pieces and hostile characters; now and then any UTF-16 string at all. */
const documentText = fc.oneof(
  { arbitrary: fc.array(line, { maxLength: 20 }).map((ls) => ls.join('\n')), weight: 5 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 1 },
);

describe('fuzzing the server: random hostile documents, every feature, every range inside', { timeout: 300_000 }, () => {
  const client = new TestClient();
  before(async () => {
    client.connection.onRequest('window/showMessageRequest', () => null);
    await client.initialize();
  });
  after(() => client.dispose());

  let n = 0;
  it(`answers on ${RUNS} random documents, and again after a random edit (seed ${SEED ?? 'random'})`, async () => {
    await fc.assert(
      fc.asyncProperty(
        documentText, fc.constantFrom('plaintext', 'article'), fc.nat(), fc.constantFrom(...PIECES),
        async (text, languageId, where, inserted) => {
          const uri = `file:///fuzz/${n++}.txt`;
          const before = await exercise(client, uri, text, await client.open(uri, text, languageId));

          // one keystroke-sized incremental change somewhere, then everything again on the new text
          const lines = new Lines(text);
          const at = lines.count - 1 - (where % lines.count);
          const position = { line: at, character: (where >> 4) % (lines.length(at) + 1) };
          const change = { range: { start: position, end: position }, text: inserted };
          const changed = applyEdits(uri, text, [{ range: change.range, newText: inserted }]);
          const next = client.nextDiagnostics(uri);
          await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [change] });
          const diagnostics = await next;
          // what the editor asks after the edit: the tokens that changed since the ones it holds
          const delta = await client.connection.sendRequest('textDocument/semanticTokens/full/delta', {
            textDocument: { uri }, previousResultId: before.tokens.resultId,
          }) as SemanticTokensDelta;
          const after = await exercise(client, uri, changed, diagnostics);
          const patched = [...before.tokens.data];
          for (const e of delta.edits) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
          assert.deepEqual(patched, after.tokens.data, 'the tokens before the edit, with the delta, are the tokens after it');
          await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    assert.ok(n >= RUNS);
  });
});
