// Scaling a written figure by its 万/亿 without strings must give the very double that shifting the
// decimal point in the string and reading it with Number() gives.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scaleDecimal } from '../../server/src/analysis/entities/numerals';

const SHIFT: Record<string, number> = { '': 0, 千: 3, 万: 4, 亿: 8, 万亿: 12 };

/** The decimal point moved in the string, then one Number(): exact by construction. */
function byString(digits: string, multiplier: string): number {
  const shift = SHIFT[multiplier];
  const plain = digits.replace(/,/g, '');
  if (shift === 0) return Number(plain);
  const [whole, frac = ''] = plain.split('.');
  const padded = frac.padEnd(shift, '0');
  const rest = padded.slice(shift);
  return Number(`${whole}${padded.slice(0, shift)}${rest ? '.' + rest : ''}`);
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** What the figure pattern reads: no leading zero, up to ten digits, groups of three, six decimals. */
function randomFigure(next: () => number): string {
  const digit = (): string => String(Math.floor(next() * 10));
  let s = next() < 0.1 ? '0' : String(1 + Math.floor(next() * 9));
  if (s !== '0') for (let k = Math.floor(next() * 10); k > 0; k--) s += digit();
  for (let g = next() < 0.2 ? Math.floor(next() * 4) : 0; g > 0; g--) s += ',' + digit() + digit() + digit();
  if (next() < 0.5) {
    s += '.';
    for (let k = 1 + Math.floor(next() * 6); k > 0; k--) s += digit();
  }
  return s;
}

describe('scaling figures', () => {
  it('gives what the shifted string reads as, for 100,000 random figures and every multiplier', () => {
    const next = random(7);
    for (let n = 0; n < 100_000; n++) {
      const digits = randomFigure(next);
      for (const multiplier of Object.keys(SHIFT)) {
        assert.equal(scaleDecimal(digits, multiplier), byString(digits, multiplier), `${digits}${multiplier}`);
      }
    }
  });

  it('reads 5.8288万 as exactly 58288 and 6.09万 as 60900', () => {
    assert.equal(scaleDecimal('5.8288', '万'), 58288);
    assert.equal(scaleDecimal('6.09', '万'), 60900);
    assert.equal(scaleDecimal('0.1', ''), 0.1);
    assert.equal(scaleDecimal('1,234,567,890,123.456789', '万亿'), byString('1,234,567,890,123.456789', '万亿'));
  });
});
