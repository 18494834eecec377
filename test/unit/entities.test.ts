// The entity core against the gold annotations of the five sample articles (test/fixtures).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../server/src/analysis/entities';
import type { Entity, EntityKind } from '../../server/src/analysis/types';
import { samples as loadSamples, type GoldEntry, type Sample } from './helpers/samples';

const KINDS: [EntityKind, 'hospitals' | 'dates' | 'metrics'][] = [['hospital', 'hospitals'], ['date', 'dates'], ['metric', 'metrics']];
const samples = loadSamples();
const goldText = (g: GoldEntry): string => g.name ?? g.text ?? '';

type Bag = Map<string, number>;
function bag(texts: string[]): Bag {
  const b: Bag = new Map();
  for (const t of texts) b.set(t, (b.get(t) ?? 0) + 1);
  return b;
}
function goldBag(entries: GoldEntry[]): Bag {
  return new Map(entries.map((g) => [goldText(g), g.count]));
}
const size = (b: Bag): number => [...b.values()].reduce((a, n) => a + n, 0);
function overlap(a: Bag, b: Bag): number {
  let n = 0;
  for (const [k, v] of a) n += Math.min(v, b.get(k) ?? 0);
  return n;
}
/** What is in one bag and not the other, for a failure message that says where. */
function difference(got: Bag, want: Bag): string {
  const out: string[] = [];
  for (const k of new Set([...got.keys(), ...want.keys()])) {
    if ((got.get(k) ?? 0) !== (want.get(k) ?? 0)) out.push(`${k}: found ${got.get(k) ?? 0}, gold ${want.get(k) ?? 0}`);
  }
  return out.join('; ');
}

const textsOf = (entities: Entity[], kind: EntityKind): string[] => entities.filter((e) => e.kind === kind).map((e) => e.text);

/** Offsets of the first character of each line (1-based line n starts at starts[n - 1]). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The raw sample's entities, less those on the lines the gold removes (repeated blocks, doubled
 * titles), plus those of the doubled titles' single clean copy: comparable with the clean text.
 */
function rawComparable(s: Sample): Entity[] {
  const starts = lineStarts(s.raw);
  const removed = (s.gold.removals ?? []).flatMap((r) => r.raw_lines.map((n) => ({ start: starts[n - 1], end: starts[n] ?? s.raw.length })));
  const kept = findEntities(s.raw, { hospitals: [] }).filter((e) => !removed.some((r) => e.span.start >= r.start && e.span.end <= r.end));
  const cleanStarts = lineStarts(s.clean);
  const titles = (s.gold.removals ?? []).filter((r) => r.type === 'doubled_title').map((r) => {
    const line = s.clean.split('\n').indexOf(r.text);
    return { start: cleanStarts[line], end: cleanStarts[line] + r.text.length };
  });
  const restored = findEntities(s.clean, { hospitals: [] }).filter((e) => titles.some((t) => e.span.start >= t.start && e.span.end <= t.end));
  return [...kept, ...restored];
}

function score(found: (s: Sample) => Entity[], label: string, t: { diagnostic(m: string): void }): Map<EntityKind, { p: number; r: number }> {
  const totals = new Map<EntityKind, { tp: number; got: number; want: number }>();
  for (const s of samples) {
    const entities = found(s);
    const line: string[] = [];
    for (const [kind, key] of KINDS) {
      const got = bag(textsOf(entities, kind));
      const want = goldBag(s.gold[key] ?? []);
      const tp = overlap(got, want);
      const total = totals.get(kind) ?? { tp: 0, got: 0, want: 0 };
      totals.set(kind, { tp: total.tp + tp, got: total.got + size(got), want: total.want + size(want) });
      line.push(`${kind} P ${(tp / (size(got) || 1)).toFixed(3)} R ${(tp / (size(want) || 1)).toFixed(3)}`);
    }
    t.diagnostic(`${label} ${s.name}: ${line.join(', ')}`);
  }
  const out = new Map<EntityKind, { p: number; r: number }>();
  for (const [kind, v] of totals) out.set(kind, { p: v.tp / (v.got || 1), r: v.tp / (v.want || 1) });
  t.diagnostic(`${label} all: ${[...out].map(([k, v]) => `${k} P ${v.p.toFixed(3)} R ${v.r.toFixed(3)}`).join(', ')}`);
  return out;
}

describe('entities on the gold samples', () => {
  it('finds the gold hospitals, dates and figures in the clean texts with precision and recall of at least 0.95', (t) => {
    for (const [kind, { p, r }] of score((s) => findEntities(s.clean, { hospitals: [] }), 'clean', t)) {
      assert.ok(p >= 0.95, `${kind} precision ${p.toFixed(3)} is below 0.95`);
      assert.ok(r >= 0.95, `${kind} recall ${r.toFixed(3)} is below 0.95`);
    }
  });

  it('finds them in the raw, hard-wrapped texts just as well, once the repeated text is set aside', (t) => {
    for (const [kind, { p, r }] of score(rawComparable, 'raw', t)) {
      assert.ok(p >= 0.95, `${kind} precision ${p.toFixed(3)} is below 0.95 on raw text`);
      assert.ok(r >= 0.95, `${kind} recall ${r.toFixed(3)} is below 0.95 on raw text`);
    }
  });

  for (const s of samples) {
    it(`gives the same entity texts in the raw and the clean ${s.name}`, () => {
      const raw = rawComparable(s);
      const clean = findEntities(s.clean, { hospitals: [] });
      for (const [kind] of KINDS) {
        assert.deepEqual(bag(textsOf(raw, kind)), bag(textsOf(clean, kind)), `${kind}: ${difference(bag(textsOf(raw, kind)), bag(textsOf(clean, kind)))}`);
      }
    });

    it(`normalises ${s.name} as the gold does (canonical names, ISO dates, values and units)`, () => {
      const entities = findEntities(s.clean, { hospitals: [] });
      for (const g of s.gold.hospitals ?? []) {
        for (const e of entities.filter((x) => x.kind === 'hospital' && x.text === g.name)) assert.equal(e.canonical, g.canonical, `canonical of ${g.name}`);
      }
      for (const g of s.gold.dates ?? []) {
        for (const e of entities.filter((x) => x.kind === 'date' && x.text === g.text)) {
          assert.equal(e.iso, g.iso, `iso of ${g.text}`);
          assert.equal(e.inferred ?? false, g.inferred ?? false, `inferred of ${g.text}`);
        }
      }
      for (const g of s.gold.metrics ?? []) {
        for (const e of entities.filter((x) => x.kind === 'metric' && x.text === g.text)) {
          assert.deepEqual([e.value, e.unit, e.approx ?? false], [g.value, g.unit, g.approx ?? false], `value, unit, approx of ${g.text}`);
        }
      }
    });

    it(`maps every entity of ${s.name} back to its text in the raw article`, () => {
      for (const e of findEntities(s.raw, { hospitals: [] })) {
        assert.equal(s.raw.slice(e.span.start, e.span.end).replace(/\s+/g, ''), e.text);
        assert.match(s.raw[e.span.start], /\S/, `${e.text} starts on whitespace`);
        assert.match(s.raw[e.span.end - 1], /\S/, `${e.text} ends on whitespace`);
      }
    });
  }
});
