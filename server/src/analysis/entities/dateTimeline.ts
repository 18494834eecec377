// Turns the parts of each date into ISO 8601, taking the year of a partial date (7月10日, 今年5月8日)
// from the article's own timeline: the latest explicit year written before it.
import type { Entity } from '../types';

/** What a date expression says, before the timeline fills in what it leaves out. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** The end of a range: 2018~2020年, 2021年3月至5月, 上半年 (month 1 to 6). */
  year2?: number;
  month2?: number;
  /** 今年, 去年, 明年, 前年, 同年, 当年. */
  relative?: string;
  /** A lunar date, as written without 农历. */
  lunar?: string;
  /** The lunar date says by itself that it is one (农历, 正月, 初八...). */
  lunarMarked?: boolean;
}

/** A date in the compact text. */
export interface DateMatch {
  kind: 'date';
  start: number;
  end: number;
  parts: DateParts;
  iso?: string;
  inferred?: boolean;
  lunar?: string;
}

const OFFSET: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2 };

const pad = (n: number): string => String(n).padStart(2, '0');

function isoOf(p: DateParts, year: number | undefined): string | undefined {
  const y = year === undefined ? '-' : String(year);
  if (p.year2 !== undefined && p.month === undefined) return `${p.year}/${p.year2}`;
  if (p.month !== undefined && p.month2 !== undefined) {
    const y2 = p.year2 ?? year;
    return `${y}-${pad(p.month)}/${y2 === undefined ? '-' : y2}-${pad(p.month2)}`;
  }
  if (p.month !== undefined && p.day !== undefined) return `${y}-${pad(p.month)}-${pad(p.day)}`;
  if (p.month !== undefined) return `${y}-${pad(p.month)}`;
  return year === undefined ? undefined : y;
}

/** A single explicit year (not a range, which may reach into a planned future). */
function explicitYear(p: DateParts): number | undefined {
  return p.relative === undefined && p.year2 === undefined ? p.year : undefined;
}

export function resolveTimeline(text: string, dates: DateMatch[]): DateMatch[] {
  let articleLatest: number | undefined;
  for (const d of dates) {
    const y = explicitYear(d.parts);
    if (y !== undefined && (articleLatest === undefined || y > articleLatest)) articleLatest = y;
  }
  let latest: number | undefined;
  let last: number | undefined;
  const out: DateMatch[] = [];
  for (const d of dates) {
    const p = d.parts;
    if (p.lunar !== undefined) {
      const lunar = lunarNote(text, d, out[out.length - 1]);
      if (lunar) out.push(lunar);
      continue;
    }
    if (p.year !== undefined && p.relative === undefined) {
      d.iso = isoOf(p, p.year);
      out.push(d);
      const y = explicitYear(p);
      if (y !== undefined) {
        latest = latest === undefined ? y : Math.max(latest, y);
        last = y;
      }
      continue;
    }
    const anchor = p.relative === '同年' || p.relative === '当年' ? last ?? latest : latest ?? articleLatest;
    const year = anchor === undefined ? undefined : anchor + (OFFSET[p.relative ?? ''] ?? 0);
    d.iso = isoOf(p, year);
    if (year !== undefined) d.inferred = true;
    out.push(d);
  }
  return out;
}

/** A lunar note in brackets right after a date is the same day (`2023年2月6日（正月十六）`). */
function lunarNote(text: string, d: DateMatch, previous: DateMatch | undefined): DateMatch | undefined {
  d.lunar = d.parts.lunar;
  const bracket = d.start > 0 && '（('.includes(text[d.start - 1]);
  if (previous && bracket && previous.end === d.start - 1 && previous.iso) {
    d.iso = previous.iso;
    d.inferred = previous.inferred;
    return d;
  }
  return d.parts.lunarMarked ? d : undefined;
}

function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether a date entity names a day no calendar has: 2月30日, 4月31日, 2023年2月29日. */
export function isImpossibleDate(entity: Entity): boolean {
  if (entity.kind !== 'date' || !entity.iso) return false;
  return entity.iso.split('/').some((part) => {
    const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(part);
    if (!m) return false;
    const year = m[1] === '-' ? undefined : Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return true;
    return m[3] !== undefined && (Number(m[3]) < 1 || Number(m[3]) > daysInMonth(year, month));
  });
}
