// The pieces of the duplicate finder that its results rest on: the bounded edit distance, the
// alignment behind `differences`, the scan (whitespace, sentences, hashes) and the LSH bucket links.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { boundedEditDistance, differingRuns, editDistanceUpTo } from '../../server/src/analysis/duplicates/editDistance';
import { hashGrams } from '../../server/src/analysis/duplicates/grams';
import { fnv, FNV_OFFSET, gramHash, hash31 } from '../../server/src/analysis/duplicates/hash';
import { linkBuckets } from '../../server/src/analysis/duplicates/lsh';
import { stripWhitespace } from '../../server/src/analysis/duplicates/normalise';
import { scanTexts } from '../../server/src/analysis/duplicates/scan';
import { CLOSERS, TERMINALS } from '../../server/src/analysis/duplicates/sentences';
import { slotCounts } from '../../server/src/analysis/duplicates/stock';
import { createRandom } from './helpers/generate';

/** Levenshtein distance by the full table: the reference. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    prev = cur;
  }
  return prev[b.length];
}

/** Random pairs of short strings over a few characters, the second often an edit of the first. */
function pairs(count: number, seed: number): [string, string][] {
  const random = createRandom(seed);
  const alphabet = ['医', '院', '党', '建', '，', '。', '𠀀'];
  const word = (n: number) => Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  return Array.from({ length: count }, () => {
    const a = word(Math.floor(random() * 30));
    if (random() < 0.3) return [a, word(Math.floor(random() * 30))];
    let b = a;
    for (let e = Math.floor(random() * 5); e > 0; e--) {
      const at = Math.floor(random() * (b.length + 1));
      b = b.slice(0, at) + (random() < 0.6 ? word(1) : '') + b.slice(at + (random() < 0.6 ? 1 : 0));
    }
    return [a, b];
  });
}

describe('bounded edit distance', () => {
  it('equals the Levenshtein distance when within the bound, and bound + 1 beyond it', () => {
    for (const [a, b] of pairs(2000, 7)) {
      const d = levenshtein(a, b);
      for (const k of [0, 1, 2, 3, 5, 8, 40]) {
        assert.equal(boundedEditDistance(a, b, k), Math.min(d, k + 1), `${a} / ${b}, k = ${k}`);
        assert.equal(editDistanceUpTo(a, b, k), Math.min(d, k + 1), `${a} / ${b}, k = ${k}, by doubling`);
      }
    }
  });
});

describe('differing runs', () => {
  it('rebuild the later text from the first one, with as many edits as the distance allows', () => {
    for (const [a, b] of pairs(2000, 11)) {
      const d = levenshtein(a, b);
      const runs = differingRuns(a, b, Math.max(d, 1));
      let rebuilt = '';
      let at = 0;
      for (const r of runs) {
        rebuilt += a.slice(at, r.aStart) + b.slice(r.bStart, r.bEnd);
        at = r.aEnd;
      }
      assert.equal(rebuilt + a.slice(at), b, `${a} / ${b}`);
      const edits = runs.reduce((n, r) => n + Math.max(r.aEnd - r.aStart, r.bEnd - r.bStart), 0);
      assert.ok(edits <= 2 * d, `${a} / ${b}: ${edits} edited characters for distance ${d}`);
    }
  });
});

/** The sentence ends and hashes of one text, as the partial-repeat finder sees them. */
function splitSentences(text: string): { ends: readonly number[]; prefix: readonly number[]; sentence: readonly number[] } {
  const { sentences } = scanTexts([text], () => true);
  return { ends: [...sentences.ends], prefix: [...sentences.prefix], sentence: [...sentences.sentence] };
}

describe('whitespace-free scan', () => {
  it('drops exactly what stripWhitespace drops (CRLF, U+3000, no-break and zero-width no-break spaces), keeping surrogate pairs', () => {
    const text = '第一行\r\n第二行\u3000\u00a0𠀀😀 a\tb\ufeff\u2028。';
    const { texts } = scanTexts([text], () => true);
    const codes = texts.codes.subarray(texts.start(0), texts.start(0) + texts.length(0));
    assert.equal(String.fromCharCode(...codes), stripWhitespace(text));
  });
});

/** The UTF-16 code units of a string (spreading it would give code points). */
const unitsOf = (s: string) => Array.from({ length: s.length }, (_, k) => s.charCodeAt(k));
const hashOf = (s: string) => hash31(unitsOf(s).reduce(fnv, FNV_OFFSET));
// a sentence runs to its terminals and the closers after them; a trailing fragment is one too
const SENTENCE = new RegExp(`[^${TERMINALS}]*[${TERMINALS}]+[${CLOSERS}]*|[^${TERMINALS}]+$`, 'g');

/** What the scan makes of one text, worked out the plain way from the stripped string. */
function plainScan(text: string) {
  const s = stripWhitespace(text);
  const pieces = s.match(SENTENCE) ?? [''];
  const ends = pieces.map((_, i) => pieces.slice(0, i + 1).join('').length);
  return {
    codes: unitsOf(s),
    ends,
    prefix: ends.map((end) => hashOf(s.slice(0, end))),
    sentence: pieces.map(hashOf),
    grams: Array.from({ length: Math.max(0, s.length - 2) }, (_, k) => gramHash(s.charCodeAt(k), s.charCodeAt(k + 1), s.charCodeAt(k + 2)) | 0),
  };
}

describe('scan of the texts', () => {
  const unit = fc.constantFrom('医', '院', ' ', '\t', '\r\n', '\n', '\u3000', '\u00a0', '\ufeff', '\u2028', '𠀀', '\ud800', 'a', ...TERMINALS, ...CLOSERS);
  const text = fc.array(unit, { maxLength: 40 }).map((xs) => xs.join(''));

  it('copies, cuts and hashes each compared text as the plain reading of it does, and skips the others', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.boolean()), { maxLength: 8 }), (blocks) => {
        const { texts, sentences } = scanTexts(blocks.map(([t]) => t), (i) => blocks[i][1]);
        const grams = hashGrams(texts, [...blocks.keys()].filter((i) => blocks[i][1]), slotCounts());
        blocks.forEach(([t, compared], i) => {
          const want = compared ? plainScan(t) : { codes: [], ends: [], prefix: [], sentence: [], grams: [] };
          const first = sentences.first(i);
          const count = sentences.last(i) - first + 1;
          assert.deepEqual(
            {
              codes: [...texts.codes.subarray(texts.start(i), texts.start(i) + texts.length(i))],
              ends: [...sentences.ends.subarray(first, first + count)],
              prefix: [...sentences.prefix.subarray(first, first + count)],
              sentence: [...sentences.sentence.subarray(first, first + count)],
              grams: [...grams.hashes.subarray(grams.start(i), grams.end(i))],
            },
            want,
          );
          if (compared) assert.equal(texts.hash(i), want.prefix[want.prefix.length - 1]);
        });
      }),
      { numRuns: 500, seed: 5 },
    );
  });
});

describe('sentence split', () => {
  it('ends a sentence after its terminals and the closing quotes after them', () => {
    const text = '他说：“好。”随后离开！！他问？还有一段';
    assert.deepEqual(splitSentences(text).ends, [7, 13, 16, text.length]);
  });

  it('counts a text without a terminal as one sentence', () => {
    assert.deepEqual(splitSentences('智慧医院惠及患者').ends, [8]);
    assert.deepEqual(splitSentences('').ends, [0]);
  });

  it('hashes a sentence prefix as it hashes the same text on its own', () => {
    const whole = splitSentences('第一句。第二句；第三句！');
    assert.equal(whole.prefix[0], splitSentences('第一句。').prefix[0]);
    assert.equal(whole.prefix[1], splitSentences('第一句。第二句；').prefix[1]);
    assert.equal(whole.sentence[1], splitSentences('第二句；').prefix[0]);
  });
});

describe('LSH bucket links', () => {
  it('links each text to the latest earlier text with the same key in the band, up to the cap', () => {
    // one band; texts 0, 2, 3, 5, 6 share key 7; text 4 has no key
    const keys = Int32Array.from([7, 9, 7, 7, -1, 7, 7]);
    assert.deepEqual([...linkBuckets(keys, 1, 3)], [-1, -1, 0, 2, -1, 3, 3]);
  });

  it('keeps the bands apart', () => {
    // two bands: texts 0 and 1 share a key only in band 1
    const keys = Int32Array.from([5, 6, 8, 6]);
    assert.deepEqual([...linkBuckets(keys, 2, 24)], [-1, -1, -1, 0]);
  });
});
