// Chinese numerals (`二〇二一`, `十二`, `三千五百`, `两`) and exact decimal scaling (`5.8288万`).

const DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const SMALL_UNITS: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
const BIG_UNITS: Record<string, number> = { '万': 1e4, '亿': 1e8 };

/** Characters a Chinese numeral is written with. */
export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百千万亿';

/**
 * The value of a Chinese numeral: positional (`二〇二一` = 2021) when it has no 十/百/千/万/亿,
 * otherwise additive-multiplicative (`三千五百` = 3500, `十二` = 12). Undefined when malformed.
 */
export function parseChineseNumber(s: string): number | undefined {
  if (s === '') return undefined;
  if (s === '半') return 0.5;
  if (![...s].every((ch) => ch in DIGITS || ch in SMALL_UNITS || ch in BIG_UNITS)) return undefined;
  if (![...s].some((ch) => ch in SMALL_UNITS || ch in BIG_UNITS)) {
    // Two digits side by side are an estimate (两三个) or a word (唯一一个), not a number.
    if (s.length === 2 && !/[〇零]/.test(s)) return undefined;
    let v = 0;
    for (const ch of s) v = v * 10 + DIGITS[ch];
    return v;
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch];
      digit = undefined;
    } else {
      total = (total + section + (digit ?? 0)) * BIG_UNITS[ch];
      section = 0;
      digit = undefined;
    }
  }
  return total + section + (digit ?? 0);
}

/** An Arabic numeral (`1,200`, `14.2`) or a Chinese one. */
export function parseNumber(s: string): number | undefined {
  const plain = Number(s);
  if (s !== '' && !Number.isNaN(plain)) return plain;
  if (/^\d[\d,]*(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  return parseChineseNumber(s);
}

function multiplierDigits(multiplier: string): number {
  switch (multiplier) {
    case '千': return 3;
    case '万': return 4;
    case '亿': return 8;
    case '万亿': return 12;
    default: return 0;
  }
}

/**
 * `digits` × 10^(power of `multiplier`), shifting the decimal point in the string so that
 * 5.8288万 is exactly 58288 and 6.09万 exactly 60900 (floating-point products are not).
 */
export function scaleDecimal(digits: string, multiplier: string): number {
  const shift = multiplierDigits(multiplier);
  const exact = scaledExactly(digits, shift);
  if (exact !== undefined) return exact;
  const plain = digits.includes(',') ? digits.replace(/,/g, '') : digits;
  if (shift === 0) return Number(plain);
  const [whole, frac = ''] = plain.split('.');
  const padded = frac.padEnd(shift, '0');
  const rest = padded.slice(shift);
  return Number(`${whole}${padded.slice(0, shift)}${rest ? '.' + rest : ''}`);
}

/** Powers of ten that are exact doubles, written out (Math.pow need not be exact). */
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * `scaleDecimal` without making strings, when the digits without the point make an integer a double
 * holds exactly: then one multiplication or division by an exact power of ten rounds once, to the
 * same double that Number() gives for the shifted decimal. Undefined when that does not hold.
 */
function scaledExactly(digits: string, shift: number): number | undefined {
  let mantissa = 0;
  let decimals = 0;
  let point = false;
  for (let k = 0; k < digits.length; k++) {
    const c = digits.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      if (point) decimals++;
    } else if (c === 0x2e && !point) {
      point = true;
    } else if (c !== 0x2c) {
      return undefined;
    }
  }
  if (digits.length === 0 || mantissa > Number.MAX_SAFE_INTEGER) return undefined;
  const exponent = shift - decimals;
  if (Math.abs(exponent) >= POWERS_OF_TEN.length) return undefined;
  return exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
}
