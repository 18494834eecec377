// Hospitals, dates and figures in an article, found on a whitespace-free view of the text so that
// a mention cut by a hard wrap (`1950 年 10\n月`) is still one mention, and mapped back to UTF-16
// spans of the original text.
import type { Entity, EntityKind } from '../types';
import { compact, originalSpan } from './compact';
import type { CompactText } from './compact';
import { findDates } from './dates';
import { findHospitals } from './hospitals';
import { findMetrics } from './metrics';
import { findChineseMetrics } from './chineseMetrics';

export { isImpossibleDate } from './dateTimeline';

export interface EntityOptions {
  /** The user's dictionary: full hospital names to find as they are written. */
  hospitals: string[];
}

interface Found {
  kind: EntityKind;
  start: number;
  end: number;
  fields: Partial<Entity>;
}

/** Every hospital, date and figure, sorted by `span.start` and never overlapping. */
export function findEntities(text: string, options: EntityOptions): Entity[] {
  const c = compact(text);
  const dates = datesIn(c);
  const hospitals: Found[] = findHospitals(c.text, options.hospitals).map((h) => ({
    kind: 'hospital', start: h.start, end: h.end, fields: { canonical: h.canonical },
  }));
  const metrics: Found[] = findMetrics(c.text).map((m) => ({
    kind: 'metric', start: m.start, end: m.end, fields: { value: m.value, unit: m.unit, approx: m.approx },
  }));
  return withoutOverlaps(withoutOverlaps(dates, hospitals), metrics).map((f) => toEntity(c, f));
}

/**
 * Figures written in Chinese numerals (两层, 一周, 六大项), as metric entities. They are less
 * certain than `findEntities`' figures (Chinese numerals also make slogans and names), so they are
 * kept apart for the caller to use or not. None overlaps a date.
 */
export function findChineseNumeralMetrics(text: string): Entity[] {
  const c = compact(text);
  const metrics: Found[] = findChineseMetrics(c.text).map((m) => ({
    kind: 'metric', start: m.start, end: m.end, fields: { value: m.value, unit: m.unit, approx: m.approx },
  }));
  const dates = datesIn(c);
  return withoutOverlaps(dates, metrics).filter((f) => f.kind === 'metric').map((f) => toEntity(c, f));
}

function datesIn(c: CompactText): Found[] {
  return findDates(c.text).map((d) => ({
    kind: 'date', start: d.start, end: d.end, fields: { iso: d.iso, inferred: d.inferred, lunar: d.lunar },
  }));
}

/** `first` and those of `then` that overlap none of `first`, merged in text order. */
function withoutOverlaps(first: Found[], then: Found[]): Found[] {
  const out: Found[] = [];
  let i = 0;
  for (const f of then) {
    while (i < first.length && first[i].end <= f.start) out.push(first[i++]);
    if (i < first.length && first[i].start < f.end) continue;
    if (out.length && out[out.length - 1].end > f.start) continue;
    out.push(f);
  }
  while (i < first.length) out.push(first[i++]);
  return out;
}

function toEntity(c: CompactText, f: Found): Entity {
  const entity: Entity = { kind: f.kind, span: originalSpan(c, f.start, f.end), text: c.text.slice(f.start, f.end).replace(/\s+/g, '') };
  for (const [key, value] of Object.entries(f.fields)) {
    if (value !== undefined) (entity as unknown as Record<string, unknown>)[key] = value;
  }
  return entity;
}
