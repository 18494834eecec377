// The hand-written figure reader against the pattern it stands for, at every digit of random text
// made of the pieces of figures: it must end where the pattern ends and read the same groups.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { figureAt, UnitTable } from '../../server/src/analysis/entities/figureAt';
import type { Figure } from '../../server/src/analysis/entities/figureAt';
import { UNITS } from '../../server/src/analysis/entities/metrics';

const escape = (s: string): string => s.replace(/[()%]/g, (c) => `\\${c}`);
const NUMBER = '(?:0|[1-9]\\d{0,9})(?:,\\d{3}){0,3}(?:\\.\\d{1,6})?';
const RANGE = '(?:[~～\\-－—–]|至|到)';
/** The pattern the reader replaced. */
const METRIC = new RegExp(
  `(?<![\\dA-Za-z.．第])(${NUMBER})(?:${RANGE}(${NUMBER}))?(万亿|亿|万|千)?(余|多)?(${UNITS.map(escape).join('|')})`,
  'y',
);
const units = new UnitTable(UNITS);

function byPattern(text: string, at: number): Figure | undefined {
  METRIC.lastIndex = at;
  const m = METRIC.exec(text);
  if (!m) return undefined;
  return { end: at + m[0].length, digits: m[1], ranged: m[2] !== undefined, multiplier: m[3] ?? '', marker: m[4], unit: m[5] };
}

const PIECES = [
  ...'0123456789', '1', '2', '3', '12', '1000', '12345678901', ',', ',000', ',12', '.', '.5', '.1234567', '．', 'A', 'x', '第', '~', '-', '—',
  '至', '到', '万', '亿', '万亿', '千', '余', '多', '个', '月', '个多', '百分点', '平方', '米', '公里', '台', '(套)', '（套）', '年', '%', '元',
  '次', '人', '周', '以上', '，',
];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('figures read by hand', () => {
  it('match the pattern at every digit of 100,000 random texts', () => {
    const next = random(42);
    let found = 0;
    for (let n = 0; n < 100_000; n++) {
      let text = '';
      for (let k = 1 + Math.floor(next() * 8); k > 0; k--) text += PIECES[Math.floor(next() * PIECES.length)];
      for (let at = 0; at < text.length; at++) {
        const c = text.charCodeAt(at);
        if (c < 0x30 || c > 0x39) continue;
        const want = byPattern(text, at);
        if (want) found++;
        assert.deepEqual(figureAt(text, at, units), want, `${text} at ${at}`);
      }
    }
    assert.ok(found > 10_000, `only ${found} figures in the random texts`);
  });

  it('take 千 as a multiplier before 米, as the pattern does: 5千米 is 5 thousand 米', () => {
    assert.deepEqual(figureAt('5千米', 0, units), { end: 3, digits: '5', ranged: false, multiplier: '千', marker: undefined, unit: '米' });
  });
});
