// Calendar dates in the compact text: 2021年10月14日, 2021-10-14, 2021年10月, 2021年, 2018~2020年, 7月10日,
// 今年5月8日, 今年上半年, 2021年年初, 二〇二一年十月, 正月十六. Vague periods (近年来, 十年来) and
// ordinal events (第十八个世界肾病日) have no calendar anchor and are left alone.
import type { CompactText } from './compact';
import { parseNumber } from './numerals';
import { charSet, forEachMatchAt, occurrences } from './scan';
import type { CharSet } from './scan';
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

/**
 * Where a pattern is tried: at a character every match has at a known distance from its start (the
 * first 年 or 月 in it, or the start of its first digit run), that distance back; and only where
 * the characters around that one can begin a match (`[offset from it, chars]`).
 */
interface Sites {
  anchor: '年' | '月' | 'digits';
  back: number[];
  around: [number, CharSet][];
}

interface DatePattern {
  re: RegExp;
  sites: Sites;
  read: Reader;
}

const YEAR_START = charSet('12一二');
const AR_YEAR_START = charSet('12');
/** What the first character of MONTH and DAY can be. */
const NUMBER_START = charSet('0123456789一二三四五六七八九十');
const LUNAR_DAY_START = charSet('初十二廿三一四五六七八九');
/** What follows YEAR in a year range (`2018~2020年`, `2018年至2020年`). */
const YEAR_RANGE_NEXT = charSet('年~～-－—–至到');
const AFTER_YEAR = { anchor: '年', back: [4], around: [[-4, YEAR_START]] } as const satisfies Sites;
const AFTER_YEAR_MONTH: Sites = { anchor: '年', back: [4], around: [[-4, YEAR_START], [1, NUMBER_START]] };

/** The patterns, each with how to read its groups. Longer forms win over the shorter they contain. */
const PATTERNS: DatePattern[] = [
  {
    re: new RegExp(`${NOT_AFTER_NUMBER}(${AR_YEAR})年?${RANGE}(${AR_YEAR})年(?!代)`, 'y'),
    sites: { anchor: 'digits', back: [0], around: [[0, AR_YEAR_START], [4, YEAR_RANGE_NEXT]] },
    read: (m) => ({ year: num(m[1]), year2: num(m[2]) }),
  },
  {
    re: /(?<![\d.])([12]\d{3})([-./])(1[0-2]|0?[1-9])\2(3[01]|[12]\d|0?[1-9])(?![\d.])/y,
    sites: { anchor: 'digits', back: [0], around: [[0, AR_YEAR_START], [4, charSet('-./')]] },
    read: (m) => ({ year: num(m[1]), month: num(m[3]), day: num(m[4]) }),
  },
  {
    re: new RegExp(`${NOT_AFTER_NUMBER}${YEAR}年${MONTH}月${RANGE}${YEAR}年${MONTH}月`, 'y'),
    sites: AFTER_YEAR_MONTH,
    read: (m) => ({ year: num(m[1]), month: num(m[2]), year2: num(m[3]), month2: num(m[4]) }),
  },
  {
    re: new RegExp(`${NOT_AFTER_NUMBER}${YEAR}年${MONTH}月${DAY}[日号]`, 'y'),
    sites: AFTER_YEAR_MONTH,
    read: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }),
  },
  {
    re: new RegExp(`${NOT_AFTER_NUMBER}${YEAR}年${MONTH}月?${RANGE}${MONTH}月`, 'y'),
    sites: AFTER_YEAR_MONTH,
    read: (m) => ({ year: num(m[1]), month: num(m[2]), year2: num(m[1]), month2: num(m[3]) }),
  },
  {
    re: new RegExp(`${NOT_AFTER_NUMBER}${YEAR}年${MONTH}月(?:份|${EDGE}|[上中下]旬)?`, 'y'),
    sites: AFTER_YEAR_MONTH,
    read: (m) => ({ year: num(m[1]), month: num(m[2]) }),
  },
  {
    re: new RegExp(`${NOT_AFTER_NUMBER}${YEAR}年${PART_OF_YEAR}?(?!代)`, 'y'),
    sites: AFTER_YEAR,
    read: (m) => ({ year: num(m[1]), ...partOfYear(m[2]) }),
  },
  {
    re: new RegExp(`${NOT_AFTER_NUMBER}${MONTH}月${DAY}[日号]`, 'y'),
    sites: { anchor: '月', back: [2, 1], around: [[1, NUMBER_START]] },
    read: (m) => ({ month: num(m[1]), day: num(m[2]) }),
  },
  {
    re: new RegExp(`(今年|去年|明年|前年|同年|当年)(?:${MONTH}月(?:${DAY}[日号])?|${PART_OF_YEAR})`, 'y'),
    sites: { anchor: '年', back: [1], around: [[-1, charSet('今去明前同当')]] },
    read: (m) => ({ relative: m[1], month: num(m[2]), day: num(m[3]), ...partOfYear(m[4]) }),
  },
  {
    re: new RegExp(
      `${NOT_AFTER_NUMBER}(农历)?(正|冬|腊|十[一二]|[一二三四五六七八九十])月` +
        '(初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|[一二三四五六七八九十])' +
        '(?![日号〇零一二三四五六七八九十])',
      'y',
    ),
    sites: { anchor: '月', back: [4, 3, 2, 1], around: [[1, LUNAR_DAY_START]] },
    read: readLunar,
  },
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

export function findDates(c: CompactText): DateMatch[] {
  const text = c.text;
  const anchors = { 年: occurrences(text, '年'), 月: occurrences(text, '月'), digits: c.digitRuns };
  // patterns that share their sites (four start with YEAR年MONTH) share the search for them
  const startsFor = new Map<Sites, number[]>();
  const candidates: DateMatch[] = [];
  for (const { re, sites, read } of PATTERNS) {
    let starts = startsFor.get(sites);
    if (!starts) startsFor.set(sites, (starts = startsOf(text, anchors[sites.anchor], sites)));
    forEachMatchAt(re, text, starts, (m) => {
      const parts = read(m);
      if (parts && valid(parts)) candidates.push({ kind: 'date', start: m.index, end: m.index + m[0].length, parts, iso: undefined, inferred: undefined, lunar: undefined });
    });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const picked: DateMatch[] = [];
  for (const d of candidates) {
    const last = picked[picked.length - 1];
    if (!last || d.start >= last.end) picked.push(d);
  }
  return resolveTimeline(text, picked);
}

/** Where a pattern can start, ascending: `sites.back` before each anchor with the right characters around it. */
function startsOf(text: string, anchors: readonly number[], sites: Sites): number[] {
  const starts = sitesBefore(text, anchors, sites.around, sites.back);
  // with several distances, the starts of neighbouring anchors can interleave
  return sites.back.length > 1 ? inOrder(starts) : starts;
}

function sitesBefore(text: string, anchors: readonly number[], around: Sites['around'], back: readonly number[]): number[] {
  const starts: number[] = [];
  for (let k = 0; k < anchors.length; k++) {
    const at = anchors[k];
    if (!fitsAround(text, at, around)) continue;
    for (let j = 0; j < back.length; j++) if (at >= back[j]) starts.push(at - back[j]);
  }
  return starts;
}

const inOrder = (starts: number[]): number[] => starts.sort((a, b) => a - b);

function fitsAround(text: string, at: number, around: Sites['around']): boolean {
  for (let k = 0; k < around.length; k++) {
    if (!around[k][1].has(text.charCodeAt(at + around[k][0]))) return false;
  }
  return true;
}

/** Years between 1000 and 2999 (`二〇二一`), months 1 to 12, days 1 to 31; a range runs forward. */
function valid(p: DateParts): boolean {
  if (p.year !== undefined && (p.year < 1000 || p.year > 2999)) return false;
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== undefined && (p.day < 1 || p.day > 31)) return false;
  if (p.year2 !== undefined && p.year !== undefined && p.year2 < p.year) return false;
  return true;
}
