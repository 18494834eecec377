// Ties the short forms of hospital names to the full names the article gives them:
// `市第二人民医院` -> `平顶山市第二人民医院`, `县妇幼保健院` -> `西峡县妇幼保健院`,
// `西坪镇卫生院` -> `西峡县西坪镇卫生院`, `宝丰分院` -> `平顶山市第二人民医院宝丰分院`.

export type HospitalForm = 'full' | 'short' | 'abbrev' | 'bare' | 'town' | 'branch' | 'dictionary';

/** A hospital mention in the compact text, before and after its full name is worked out. */
export interface HospitalMatch {
  kind: 'hospital';
  start: number;
  end: number;
  form: HospitalForm;
  /** full: the place or university before the institution (`平顶山市`, `郑州大学`... ). */
  place?: string;
  /** short, abbrev: the 省/市/县/区 that stands for the article's place. */
  suffix?: string;
  /** The institution (`第二人民医院`), a town's `西坪镇卫生院`, a branch's `宝丰分院`. */
  rest: string;
  /** A branch written right after its hospital (`…人民医院宝丰分院`). */
  branch?: string;
  /** The full name, once resolved. */
  canonical?: string;
}

/**
 * A match with every field set, absent ones to undefined: matches of one shape keep the code that
 * reads them (the merges, the entities) on one fast path instead of a lookup per shape.
 */
export function hospitalMatch(
  start: number,
  end: number,
  form: HospitalForm,
  rest: string,
  place?: string,
  suffix?: string,
  branch?: string,
): HospitalMatch {
  return { kind: 'hospital', start, end, form, place, suffix, rest, branch, canonical: undefined };
}

const COUNTY = '县'.charCodeAt(0);

/** The name as written, without a branch written after it. */
const written = (m: HospitalMatch, text: string): string => text.slice(m.start, m.end - (m.branch?.length ?? 0));

/**
 * The 省, 市, 县 or 区 a place ends with, by code unit: a string of one CJK character is a fresh
 * string to hash every time.
 */
const suffixOf = (place: string): number => place.charCodeAt(place.length - 1);

/**
 * What the full names of an article say about its places, each table gathered on its first use:
 * most articles need one or two of them, and they cost a hash or two per full name.
 */
class Anchors {
  private byInstitution?: Map<string, Map<number, string>>;
  private placeCounts?: Map<number, Map<string, number>>;
  private commonPeoples?: { name: string | undefined };

  /** `names[k]`: how `matches[k]` is written, for the full names. */
  constructor(
    private readonly matches: HospitalMatch[],
    private readonly names: (string | undefined)[],
  ) {}

  /** The first full name with this institution and a place ending with `suffix`. */
  named(suffix: number, institution: string): string | undefined {
    this.byInstitution ??= this.gatherInstitutions();
    return this.byInstitution.get(institution)?.get(suffix);
  }

  /** The place with this suffix that the article's full names use most. */
  commonPlace(suffix: number): string | undefined {
    this.placeCounts ??= this.countPlaces();
    return mostFrequent(this.placeCounts.get(suffix));
  }

  /** The `…人民医院` the article names most: what a bare 人民医院 refers to. */
  commonPeoplesHospital(): string | undefined {
    this.commonPeoples ??= { name: mostFrequent(this.countPeoplesHospitals()) };
    return this.commonPeoples.name;
  }

  /** Calls `visit` with each full name that has a place, in text order. */
  private forEachFull(visit: (m: HospitalMatch & { place: string }, name: string) => void): void {
    for (let k = 0; k < this.matches.length; k++) {
      const m = this.matches[k];
      const name = this.names[k];
      if (m.form === 'full' && m.place && name !== undefined) visit(m as HospitalMatch & { place: string }, name);
    }
  }

  private gatherInstitutions(): Map<string, Map<number, string>> {
    const byInstitution = new Map<string, Map<number, string>>();
    this.forEachFull((m, name) => {
      let bySuffix = byInstitution.get(m.rest);
      if (!bySuffix) byInstitution.set(m.rest, (bySuffix = new Map()));
      const suffix = suffixOf(m.place);
      if (!bySuffix.has(suffix)) bySuffix.set(suffix, name);
    });
    return byInstitution;
  }

  private countPlaces(): Map<number, Map<string, number>> {
    const placeCounts = new Map<number, Map<string, number>>();
    this.forEachFull((m) => {
      const suffix = suffixOf(m.place);
      let counts = placeCounts.get(suffix);
      if (!counts) placeCounts.set(suffix, (counts = new Map()));
      counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
    });
    return placeCounts;
  }

  private countPeoplesHospitals(): Map<string, number> {
    const nameCounts = new Map<string, number>();
    this.forEachFull((m, name) => {
      if (m.rest === '人民医院') nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
    });
    return nameCounts;
  }
}

function mostFrequent(counts: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [k, n] of counts ?? []) if (n > bestCount) [best, bestCount] = [k, n];
  return best;
}

/** Sets `canonical` on every match; drops a bare 人民医院 that no full name explains. */
export function resolveCanonicals(text: string, matches: HospitalMatch[]): HospitalMatch[] {
  const names = matches.map((m) => (m.form === 'full' || m.form === 'dictionary' ? written(m, text) : undefined));
  const anchors = new Anchors(matches, names);
  const lastPlace = new Map<number, string>();
  let lastHospital: string | undefined;
  const out: HospitalMatch[] = [];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const base = names[k] ?? baseName(m, text, anchors, lastPlace, lastHospital);
    if (base === undefined) continue;
    m.canonical = m.branch ? base + m.branch : base;
    out.push(m);
    if (m.form !== 'branch') lastHospital = base;
    if (m.form === 'full' && m.place) lastPlace.set(suffixOf(m.place), m.place);
  }
  return out;
}

/** The full name of a short, abbreviated, town, branch or bare mention. */
function baseName(
  m: HospitalMatch,
  text: string,
  anchors: Anchors,
  lastPlace: Map<number, string>,
  lastHospital: string | undefined,
): string | undefined {
  switch (m.form) {
    case 'full':
    case 'dictionary':
      return written(m, text);
    case 'short':
    case 'abbrev': {
      const suffix = (m.suffix ?? '').charCodeAt(0);
      const named = anchors.named(suffix, m.rest) ?? (m.form === 'abbrev' ? anchors.named(suffix, m.rest.replace('人民', '')) : undefined);
      if (named) return named;
      const place = m.form === 'short' ? lastPlace.get(suffix) ?? anchors.commonPlace(suffix) : undefined;
      return place ? place + m.rest : written(m, text);
    }
    case 'town': {
      const county = lastPlace.get(COUNTY) ?? anchors.commonPlace(COUNTY);
      return county ? county + m.rest : written(m, text);
    }
    case 'branch':
      return lastHospital ? lastHospital + m.rest : written(m, text);
    case 'bare':
      return anchors.commonPeoplesHospital();
  }
}
