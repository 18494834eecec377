// Calendar dates in the compact text: 2021年10月14日, 2021-10-14, 2021年10月, 2021年, 2018~2020年, 7月10日,
// 今年5月8日, 今年上半年, 2021年年初, 二〇二一年十月, 正月十六. Vague periods (近年来, 十年来) and
// ordinal events (第十八个世界肾病日) have no calendar anchor and are left alone.
import { parseNumber } from './numerals';
import { resolveTimeline } from './dateTimeline';
import type { DateParts, DateMatch } from './dateTimeline';

export type { DateMatch };

const AR_YEAR = '[12]\\d{3}';
const CN_YEAR = '[一二][〇零一二三四五六七八九]{3}';
const YEAR = `(${AR_YEAR}|${CN_YEAR})`;
const MONTH = '(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(3[01]|[12]\\d|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const RANGE = '(?:[~～\\-－—–]{1,2}|至|到)';
/** 初 and 底 begin other words too: 初步, 底线. */
const EDGE = '(?:初|底|末)(?![步见心衷期次级稿线层部子气])';
const PART_OF_YEAR = `(年初|年底|年末|年中|${EDGE}|度|上半年|下半年|第?[一二三四]季度)`;
const NOT_AFTER_NUMBER = '(?<![\\d.〇零一二三四五六七八九十])';

type Reader = (m: RegExpExecArray) => DateParts | undefined;

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : parseNumber(s));

/** The patterns, each with how to read its groups. Longer forms win over the shorter they contain. */
const PATTERNS: [RegExp, Reader][] = [
  [
    new RegExp(`${NOT_AFTER_NUMBER}(${AR_YEAR})年?${RANGE}(${AR_YEAR})年(?!代)`, 'g'),
    (m) => ({ year: num(m[1]), year2: num(m[2]) }),
  ],
  [
    /(?<![\d.])([12]\d{3})([-./])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d.])/g,
    (m) => ({ year: num(m[1]), month: num(m[3]), day: num(m[4]) }),
  ],
  [
    new RegExp(`${NOT_AFTER_NUMBER}${YEAR}年${MONTH}月${RANGE}${YEAR}年${MONTH}月`, 'g'),
    (m) => ({ year: num(m[1]), month: num(m[2]), year2: num(m[3]), month2: num(m[4]) }),
  ],
  [
    new RegExp(`${NOT_AFTER_NUMBER}${YEAR}年${MONTH}月${DAY}[日号]`, 'g'),
    (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }),
  ],
  [
    new RegExp(`${NOT_AFTER_NUMBER}${YEAR}年${MONTH}月?${RANGE}${MONTH}月`, 'g'),
    (m) => ({ year: num(m[1]), month: num(m[2]), year2: num(m[1]), month2: num(m[3]) }),
  ],
  [
    new RegExp(`${NOT_AFTER_NUMBER}${YEAR}年${MONTH}月(?:份|${EDGE}|[上中下]旬)?`, 'g'),
    (m) => ({ year: num(m[1]), month: num(m[2]) }),
  ],
  [
    new RegExp(`${NOT_AFTER_NUMBER}${YEAR}年${PART_OF_YEAR}?(?!代)`, 'g'),
    (m) => ({ year: num(m[1]), ...partOfYear(m[2]) }),
  ],
  [
    new RegExp(`${NOT_AFTER_NUMBER}${MONTH}月${DAY}[日号]`, 'g'),
    (m) => ({ month: num(m[1]), day: num(m[2]) }),
  ],
  [
    new RegExp(`(今年|去年|明年|前年|同年|当年)(?:${MONTH}月(?:${DAY}[日号])?|${PART_OF_YEAR})`, 'g'),
    (m) => ({ relative: m[1], month: num(m[2]), day: num(m[3]), ...partOfYear(m[4]) }),
  ],
  [
    new RegExp(
      `${NOT_AFTER_NUMBER}(农历)?(正|冬|腊|十[一二]|[一二三四五六七八九十])月` +
        '(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|[一二三四五六七八九十])' +
        '(?![日号〇零一二三四五六七八九十])',
      'g',
    ),
    readLunar,
  ],
];

/** 上半年 -> January to June; 年初, 年底 and 年度 leave the year as it is. */
function partOfYear(part: string | undefined): Partial<DateParts> {
  if (!part) return {};
  if (part === '上半年') return { month: 1, month2: 6 };
  if (part === '下半年') return { month: 7, month2: 12 };
  const quarter = /([一二三四])季度/.exec(part);
  if (quarter) {
    const q = num(quarter[1]) ?? 1;
    return { month: q * 3 - 2, month2: q * 3 };
  }
  return {};
}

/**
 * A lunar date is told from a Gregorian one written in Chinese numerals by 农历, by a month only
 * the lunar calendar has (正月, 冬月, 腊月), or by a two-character day (初八, 十六, 廿三). A lunar note
 * in brackets after a date (`2023年2月6日（正月十六）`) is accepted later whatever its form.
 */
function readLunar(m: RegExpExecArray): DateParts | undefined {
  const lunar = m[0].replace(/^农历/, '');
  const marked = m[1] !== undefined || '正冬腊'.includes(m[2]) || m[3].length >= 2;
  return { lunar, lunarMarked: marked };
}

export function findDates(text: string): DateMatch[] {
  const candidates: DateMatch[] = [];
  for (const [re, read] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const parts = read(m);
      if (parts && valid(parts)) candidates.push({ kind: 'date', start: m.index, end: m.index + m[0].length, parts });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const picked: DateMatch[] = [];
  for (const c of candidates) {
    const last = picked[picked.length - 1];
    if (!last || c.start >= last.end) picked.push(c);
  }
  return resolveTimeline(text, picked);
}

/** Years between 1000 and 2999 (`二〇二一`), months 1 to 12, days 1 to 31; a range runs forward. */
function valid(p: DateParts): boolean {
  if (p.year !== undefined && (p.year < 1000 || p.year > 2999)) return false;
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== undefined && (p.day < 1 || p.day > 31)) return false;
  if (p.year2 !== undefined && p.year !== undefined && p.year2 < p.year) return false;
  return true;
}
