import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyse } from '../../server/src/analysis/analyse';
import { reanalyse, textChange } from '../../server/src/analysis/incremental';
import { withDefaults } from '../../server/src/analysis/settings';
import type { ArticleAnalysis } from '../../server/src/analysis/types';
import { samples } from './helpers/samples';

const settings = withDefaults({});
const LOCAL = new Set(['broken-wrap', 'split-paragraph', 'split-number', 'cjk-space', 'doubled-text', 'halfwidth-punctuation', 'stray-latin', 'unbalanced-pair']);

const blocksOf = (a: ArticleAnalysis) => a.blocks.map((b) => `${b.kind}${b.level}@${b.span.start}-${b.span.end}:${b.text}`);
const localFindings = (a: ArticleAnalysis) => a.findings.filter((f) => LOCAL.has(f.rule)).map((f) => `${f.rule}@${f.span.start}-${f.span.end}`).sort();

describe('provisional re-analysis after an edit', () => {
  it('finds the changed middle of two texts', () => {
    assert.deepEqual(textChange('医院发展', '医院大发展'), { start: 2, end: 2, delta: 1 });
    assert.deepEqual(textChange('abcabc', 'abc'), { start: 3, end: 6, delta: -3 });
  });

  for (const s of samples()) {
    it(`${s.name}: agrees with a full analysis on the blocks and on every local problem, for random small edits`, () => {
      const before = analyse(s.raw, settings);
      let used = 0;
      fc.assert(
        fc.property(fc.nat(s.raw.length - 1), fc.constantFrom('', '医', '。', '\n', ' ', '\n\n', '2'), fc.nat(3), (at, insert, removed) => {
          const text = s.raw.slice(0, at) + insert + s.raw.slice(Math.min(s.raw.length, at + removed));
          const quick = reanalyse(before, text, settings);
          if (!quick) return;
          used++;
          const full = analyse(text, settings);
          assert.deepEqual(blocksOf(quick), blocksOf(full));
          assert.deepEqual(localFindings(quick), localFindings(full));
          assert.equal(quick.lines.length, full.lines.length);
          assert.deepEqual(quick.lines.map((l) => [l.start, l.end, l.next]), full.lines.map((l) => [l.start, l.end, l.next]));
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 60), seed: process.env.FUZZ_SEED === "random" ? undefined : 7 },
      );
      assert.ok(used > 20, `the quick path was taken ${used} times of 60`);
    });
  }
});
