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

async function tokensDelta(client: TestClient, uri: string, previousResultId: string): Promise<SemanticTokensDelta> {
  return client.connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument: { uri }, previousResultId }) as Promise<SemanticTokensDelta>;
}

function patched(data: number[], delta: SemanticTokensDelta): number[] {
  const out = [...data];
  for (const e of delta.edits) out.splice(e.start, e.deleteCount, ...(e.data ?? []));
  return out;
}

describe('fuzzing the server: random hostile documents, every feature, every range inside', { timeout: 300_000 }, () => {
  const client = new TestClient();
  before(async () => {
    client.connection.onRequest('window/showMessageRequest', () => null);
    // as VS Code: the server may read the tokens after an edit from its quick analysis
    await client.initialize('en', {}, 'off', { semanticTokens: { refreshSupport: true } });
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
          const refreshes = client.tokenRefreshes;
          const delta = await tokensDelta(client, uri, before.tokens.resultId!);
          const held = patched(before.tokens.data, delta);
          // a request at a position waits for the exact analysis; if it reads the tokens otherwise,
          // the server asks for them again, and that request comes before the next answer
          await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
          const settled = patched(held, await tokensDelta(client, uri, delta.resultId!));
          const after = await exercise(client, uri, changed, diagnostics);
          assert.deepEqual(settled, after.tokens.data, 'the tokens before the edit, with the deltas, are the tokens after it');
          const differed = JSON.stringify(held) !== JSON.stringify(settled);
          assert.equal(client.tokenRefreshes - refreshes, differed ? 1 : 0, 'asked to fetch the tokens again exactly when they changed');
          await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        },
      ),
      { numRuns: RUNS, seed: SEED },
    );
    assert.ok(n >= RUNS);
  });
});
