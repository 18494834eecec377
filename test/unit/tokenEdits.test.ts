import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tokenEdits } from '../../server/src/features/semanticTokens';

/** Token data: whole tokens of five small numbers, so that equal runs are common. */
const tokens = fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }), { maxLength: 12 }).map((ts) => ts.flat());

describe('the edit between two sets of semantic tokens', () => {
  it('turns the old tokens into the new, in whole tokens, and is empty when they are equal', () => {
    fc.assert(fc.property(tokens, tokens, (before, after) => {
      const edits = tokenEdits(before, after);
      const patched = [...before];
      for (const e of edits) patched.splice(e.start, e.deleteCount, ...(e.data ?? []));
      assert.deepEqual(patched, after);
      for (const e of edits) assert.ok(e.start % 5 === 0 && e.deleteCount % 5 === 0, JSON.stringify(e));
      assert.equal(edits.length === 0, before.join() === after.join());
    }), { numRuns: 2000 });
  });

  it('keeps the common start and end out of the edit', () => {
    const common = [1, 2, 3, 0, 0];
    const before = [...common, 0, 4, 2, 1, 0, ...common];
    const after = [...common, 0, 5, 2, 1, 0, ...common];
    assert.deepEqual(tokenEdits(before, after), [{ start: 5, deleteCount: 5, data: [0, 5, 2, 1, 0] }]);
  });
});
