// The hand-written institution matcher against the pattern it stands for, on random text made of
// the pieces of institution words: it must find the same start and kind in every window.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { institutionEndingAt, NOT_A_NAME, SPECIALTY } from '../../server/src/analysis/entities/institution';
import type { Kind } from '../../server/src/analysis/entities/institution';

const ORD = '第[一二三四五六七八九十]{1,3}';
const WORDS: [Kind, string][] = [
  ['people', `(?:${ORD})?人民医院`],
  ['general', `中心医院|中医医院|中医院|妇幼保健院|${ORD}医院`],
  ['affiliated', `${ORD}附属医院|附属(?:${ORD})?医院|(?<=大学|医学院)(?:附属)?(?!${NOT_A_NAME.join('|')})[\u4e00-\u9fff]{2}医院`],
  ['specialty', `(?:${SPECIALTY.join('|')})(?:专科)?医院`],
  ['town', '(?:中心)?卫生院'],
  ['branch', '分院'],
  ['abbrev', '(?<=[省市县])[一二三四五六七八九十]院'],
];
/** The pattern the matcher replaced, run on the window as a string of its own. */
const PATTERN = new RegExp(`(?:${WORDS.map(([, w]) => `(${w})`).join('|')})$`);

function byPattern(text: string, from: number, yuan: number): { start: number; kind: Kind } | undefined {
  const m = PATTERN.exec(text.slice(from, yuan + 1));
  if (!m) return undefined;
  let k = 1;
  while (m[k] === undefined) k++;
  return { start: from + m.index, kind: WORDS[k - 1][0] };
}

const PIECES = [
  '第', '一', '二', '十', '三', '人民', '人', '民', '医', '院', '医院', '中心', '中医', '中', '妇幼保健', '保健', '附属', '大学', '医学院',
  '学', '教学', '临床', '托管', '专科', '卫生', '生', '分', '省', '市', '县', '甲', '乙', 'a', '，', '𠀀', ...SPECIALTY, ...SPECIALTY.map((s) => s.slice(1)),
];

/** A small seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomText(next: () => number): string {
  let text = '';
  const pieces = 1 + Math.floor(next() * 7);
  for (let k = 0; k < pieces; k++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text + (next() < 0.7 ? '医院' : '院');
}

describe('institution words', () => {
  it('are found where the pattern finds them, with the same kind, in 200,000 random windows', () => {
    const next = random(20240611);
    for (let n = 0; n < 200_000; n++) {
      const text = randomText(next);
      const yuan = text.length - 1;
      const from = next() < 0.5 ? Math.max(0, yuan + 1 - 12) : Math.floor(next() * (yuan + 1));
      assert.deepEqual(institutionEndingAt(text, from, yuan), byPattern(text, from, yuan), `${text} from ${from}`);
    }
  });

  it('see nothing before the window: a university cut off by it does not make an affiliated hospital', () => {
    assert.equal(institutionEndingAt('郑州大学河南医院', 4, 7), undefined);
    assert.deepEqual(institutionEndingAt('郑州大学河南医院', 2, 7), { start: 4, kind: 'affiliated' });
  });

  it('prefer the earlier kind where two start together: 大学人民医院 is a people’s hospital', () => {
    assert.deepEqual(institutionEndingAt('大学人民医院', 0, 5), { start: 2, kind: 'people' });
    assert.deepEqual(institutionEndingAt('大学肿瘤医院', 0, 5), { start: 2, kind: 'affiliated' });
  });
});
