import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from '../../server/src/analysis/analyse';
import { withDefaults } from '../../server/src/analysis/settings';
import { semanticTokens, tokenEdits } from '../../server/src/features/semanticTokens';
import { samples } from './helpers/samples';

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

describe('semantic tokens of an analysis', () => {
  const settings = withDefaults({ plaintext: 'always' });
  const tokensOf = (text: string) => semanticTokens(TextDocument.create('file:///t.txt', 'plaintext', 1, text), analyse(text, settings));

  it('are the same whatever ends the lines: LF, CRLF, CR or a mix (a position counts no line break)', () => {
    for (const s of samples()) {
      const lf = tokensOf(s.raw);
      assert.ok(lf.length > 0, s.name);
      const variants = { crlf: s.raw.replace(/\n/g, '\r\n'), cr: s.raw.replace(/\n/g, '\r'), mixed: s.raw.replace(/\n/g, (_, i: number) => (i % 3 ? '\n' : '\r\n')) };
      for (const [name, text] of Object.entries(variants)) assert.deepEqual(tokensOf(text), lf, `${s.name} ${name}`);
    }
  });

  it('give each piece of a mention cut by line breaks its own line, and only its characters', () => {
    const text = '医院成立于1950年10\n月，西峡县人民\r\n医院开放床位1200张。\n';
    const doc = TextDocument.create('file:///t.txt', 'plaintext', 1, text);
    const data = semanticTokens(doc, analyse(text, settings));
    const pieces: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      const start = doc.offsetAt({ line, character });
      pieces.push(`${line}:${text.slice(start, start + data[i + 2])}`);
    }
    assert.deepEqual(pieces, ['0:1950年10', '1:月', '1:西峡县人民', '2:医院', '2:1200张']);
  });
});
