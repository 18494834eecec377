// Hospitals, dates and figures in an article, found on a whitespace-free view of the text so that
// a mention cut by a hard wrap (`1950 年 10\n月`) is still one mention, and mapped back to UTF-16
// spans of the original text.
import type { Entity, Span } from '../types';
import { compact, OriginalOffsets } from './compact';
import type { CompactText } from './compact';
import { findDates } from './dates';
import type { DateMatch } from './dates';
import { findHospitals } from './hospitals';
import type { HospitalMatch } from './hospitals';
import { findMetrics } from './metrics';
import type { MetricMatch } from './metrics';
import { findChineseMetrics } from './chineseMetrics';
import { finish } from '../steps';

export { isImpossibleDate } from './dateTimeline';

export interface EntityOptions {
  /** The user's dictionary: full hospital names to find as they are written. */
  hospitals: string[];
}

type Match = DateMatch | HospitalMatch | MetricMatch;

/** Every hospital, date and figure, sorted by `span.start` and never overlapping. */
export function findEntities(text: string, options: EntityOptions): Entity[] {
  return finish(entitySteps(text, options));
}

/** The same in steps (see `analysisSteps`), one per kind of entity and one to place them. */
export function* entitySteps(text: string, options: EntityOptions): Generator<void, Entity[], void> {
  const c = compact(text);
  // Dates first, so that 2021年 is a year and not 2021 years; then names; then figures.
  const dates = findDates(c);
  yield;
  const datesAndNames = withoutOverlaps(dates, findHospitals(c.text, options.hospitals));
  yield;
  const all = withoutOverlaps(datesAndNames, findMetrics(c));
  yield;
  return toEntities(c, all);
}

/**
 * Figures written in Chinese numerals (两层, 一周, 六大项), as metric entities. They are less
 * certain than `findEntities`' figures (Chinese numerals also make slogans and names), so they are
 * kept apart for the caller to use or not. None overlaps a date.
 */
export function findChineseNumeralMetrics(text: string): Entity[] {
  const c = compact(text);
  const metrics = withoutOverlaps(findDates(c), findChineseMetrics(c.text)).filter((m) => m.kind === 'metric');
  return toEntities(c, metrics);
}

/** `first` and those of `then` that overlap none of `first`, merged in text order. */
function withoutOverlaps(first: Match[], then: Match[]): Match[] {
  const out: Match[] = [];
  let i = 0;
  for (const m of then) {
    while (i < first.length && first[i].end <= m.start) out.push(first[i++]);
    if (i < first.length && first[i].start < m.end) continue;
    if (out.length && out[out.length - 1].end > m.start) continue;
    out.push(m);
  }
  while (i < first.length) out.push(first[i++]);
  return out;
}

/** The entities of these matches, sorted and not overlapping. */
function toEntities(c: CompactText, matches: Match[]): Entity[] {
  const offsets = new OriginalOffsets(c);
  const { spaces } = c;
  // the first kept space at or after the current match: matches are sorted
  let space = 0;
  return matches.map((m) => {
    while (space < spaces.length && spaces[space] < m.start) space++;
    return toEntity(c.text, offsets, m, space < spaces.length && spaces[space] < m.end);
  });
}

function toEntity(compactText: string, offsets: OriginalOffsets, m: Match, spaced: boolean): Entity {
  const written = compactText.slice(m.start, m.end);
  const text = spaced ? written.replace(/ /g, '') : written;
  const span = offsets.span(m.start, m.end);
  // whole literals where the fields are known: one object shape each, not a field added at a time
  switch (m.kind) {
    case 'hospital':
      return { kind: m.kind, span, text, canonical: m.canonical };
    case 'date':
      return dateEntity(m, span, text);
    case 'metric':
      return m.approx
        ? { kind: m.kind, span, text, value: m.value, unit: m.unit, approx: true }
        : { kind: m.kind, span, text, value: m.value, unit: m.unit };
  }
}

function dateEntity(m: DateMatch, span: Span, text: string): Entity {
  const entity: Entity = { kind: m.kind, span, text };
  if (m.iso !== undefined) entity.iso = m.iso;
  if (m.inferred) entity.inferred = true;
  if (m.lunar !== undefined) entity.lunar = m.lunar;
  return entity;
}
