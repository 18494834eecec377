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

const COUNTY = '县';

/** The name as written, without a branch written after it. */
const written = (m: HospitalMatch, text: string): string => text.slice(m.start, m.end - (m.branch?.length ?? 0));

/** What the full names of an article say about its places, gathered once. */
class Anchors {
  /** `市第二人民医院` -> the first full name with a 市 place and that institution. */
  readonly byInstitution = new Map<string, string>();
  private readonly placeCounts = new Map<string, Map<string, number>>();
  private readonly nameCounts = new Map<string, number>();

  constructor(text: string, matches: HospitalMatch[]) {
    for (const m of matches) {
      if (m.form !== 'full' || !m.place) continue;
      const name = written(m, text);
      const suffix = m.place[m.place.length - 1];
      if (!this.byInstitution.has(suffix + m.rest)) this.byInstitution.set(suffix + m.rest, name);
      const counts = this.placeCounts.get(suffix) ?? new Map<string, number>();
      counts.set(m.place, (counts.get(m.place) ?? 0) + 1);
      this.placeCounts.set(suffix, counts);
      if (m.rest === '人民医院') this.nameCounts.set(name, (this.nameCounts.get(name) ?? 0) + 1);
    }
  }

  /** The place with this suffix that the article's full names use most. */
  commonPlace(suffix: string): string | undefined {
    return mostFrequent(this.placeCounts.get(suffix));
  }

  /** The `…人民医院` the article names most: what a bare 人民医院 refers to. */
  commonPeoplesHospital(): string | undefined {
    return mostFrequent(this.nameCounts);
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
  const anchors = new Anchors(text, matches);
  const lastPlace = new Map<string, string>();
  let lastHospital: string | undefined;
  const out: HospitalMatch[] = [];
  for (const m of matches) {
    const base = baseName(m, text, anchors, lastPlace, lastHospital);
    if (base === undefined) continue;
    m.canonical = m.branch ? base + m.branch : base;
    out.push(m);
    if (m.form !== 'branch') lastHospital = base;
    if (m.form === 'full' && m.place) lastPlace.set(m.place[m.place.length - 1], m.place);
  }
  return out;
}

function baseName(
  m: HospitalMatch,
  text: string,
  anchors: Anchors,
  lastPlace: Map<string, string>,
  lastHospital: string | undefined,
): string | undefined {
  switch (m.form) {
    case 'full':
    case 'dictionary':
      return written(m, text);
    case 'short':
    case 'abbrev': {
      const suffix = m.suffix ?? '';
      const named = anchors.byInstitution.get(suffix + m.rest) ?? (m.form === 'abbrev' ? anchors.byInstitution.get(suffix + m.rest.replace('人民', '')) : undefined);
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
