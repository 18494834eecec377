import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyse } from '../../server/src/analysis/analyse';
import { applyEdits, fixAllEdits, formatEdits } from '../../server/src/analysis/fixes';
import { withDefaults } from '../../server/src/analysis/settings';
import type { TextEdit } from '../../server/src/analysis/types';
import { anyText, articleText } from './helpers/arbitraries';
import { noWs, samples } from './helpers/samples';

// CI runs a short fuzz with a fixed seed; `npm run fuzz` runs a long one with a random seed.
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === 'random' ? undefined : Number(process.env.FUZZ_SEED ?? 20261123);
const params = { numRuns: RUNS, seed: SEED };
const settings = withDefaults({});

function disjoint(edits: TextEdit[], length: number): boolean {
  const s = [...edits].sort((a, b) => a.span.start - b.span.start);
  return s.every((e, i) => e.span.start >= 0 && e.span.end <= length && e.span.start <= e.span.end && (i === 0 || e.span.start >= s[i - 1].span.end));
}

/** What fix-all may delete: the spans named by its findings (doubled text, repeated blocks). */
function expectedAfterFixAll(text: string): string {
  const a = analyse(text);
  const deleting = new Set(['doubled-text', 'duplicate-paragraph', 'partial-duplicate', 'duplicate-heading']);
  const deletions = a.findings.filter((f) => f.safe && deleting.has(f.rule)).flatMap((f) => f.edits ?? []);
  return noWs(applyEdits(text, deletions));
}

describe('nothing is lost, on generated article-like text', () => {
  it('analysis never throws and every span lies inside the document', () => {
    fc.assert(fc.property(fc.oneof(articleText, anyText), (text) => {
      const a = analyse(text, { plaintext: 'always' });
      for (const x of [...a.blocks, ...a.findings, ...a.entities]) {
        assert.ok(x.span.start >= 0 && x.span.start <= x.span.end && x.span.end <= text.length);
      }
      for (const f of a.findings) assert.ok(disjoint(f.edits ?? [], text.length), `${f.rule} edits overlap`);
    }), params);
  });

  it('formatting keeps the exact sequence of non-whitespace characters', () => {
    fc.assert(fc.property(articleText, (text) => {
      const edits = formatEdits(analyse(text), settings);
      assert.ok(disjoint(edits, text.length));
      assert.equal(noWs(applyEdits(text, edits)), noWs(text));
    }), params);
  });

  it('fix-all removes only what its findings name', () => {
    fc.assert(fc.property(articleText, (text) => {
      const edits = fixAllEdits(analyse(text), settings);
      assert.ok(disjoint(edits, text.length));
      assert.equal(noWs(applyEdits(text, edits)), expectedAfterFixAll(text));
    }), params);
  });

  it('formatting and fix-all are idempotent', () => {
    fc.assert(fc.property(articleText, (text) => {
      const formatted = applyEdits(text, formatEdits(analyse(text), settings));
      assert.equal(applyEdits(formatted, formatEdits(analyse(formatted), settings)), formatted);
      const fixed = applyEdits(text, fixAllEdits(analyse(text), settings));
      assert.equal(applyEdits(fixed, fixAllEdits(analyse(fixed), settings)), fixed);
    }), params);
  });

  it('each quick fix of a whitespace rule changes whitespace only', () => {
    const whitespaceRules = new Set(['broken-wrap', 'split-paragraph', 'split-number', 'cjk-space']);
    fc.assert(fc.property(articleText, (text) => {
      for (const f of analyse(text).findings) {
        if (!whitespaceRules.has(f.rule)) continue;
        assert.equal(noWs(applyEdits(text, f.edits ?? [])), noWs(text), f.rule);
      }
    }), params);
  });
});

describe('nothing is lost, on the real samples with damage shuffled in', () => {
  for (const s of samples()) {
    it(`${s.name}: formatting keeps every character under CRLF, CR and form feeds`, () => {
      for (const variant of [s.raw.replace(/\n/g, '\r\n'), s.raw.replace(/\n/g, '\r'), s.raw.replace(/\n\n/g, '\n\f\n')]) {
        const edits = formatEdits(analyse(variant), settings);
        assert.equal(noWs(applyEdits(variant, edits)), noWs(variant));
      }
    });
  }
});
