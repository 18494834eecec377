// Hospital names: a place or a university, then an institution (`西峡县人民医院`,
// `郑州大学第一附属医院`, `西坪镇卫生院`), their branches (`宝丰分院`) and the short forms an article
// uses for them (`市第二人民医院`, `市二院`, a bare `人民医院`). Generic uses (`县医院`, `三级综合医院`)
// and honours (`河南省群众满意医院`) are not names: an institution word needs a proper name before it.
import { gazetteer } from './places';
import { resolveCanonicals } from './hospitalNames';
import { charSet, occurrences } from './scan';
import { institutionEndingAt } from './institution';
import type { Kind } from './institution';
import { hospitalMatch } from './hospitalNames';
import type { HospitalMatch } from './hospitalNames';

export type { HospitalMatch };

/** The longest institution word, in code units. */
const WINDOW = 12;
/** What the institution words have before their 院 (医院, 卫生院, 保健院, 分院, 二院). */
const BEFORE_YUAN = charSet('医生健分一二三四五六七八九十');
/** What makes `市二院` something else: 市二院区, 市二院长. */
const NOT_AFTER_ABBREVIATION = charSet('区长办系部校士');

const HAN = /[\u3400-\u9fff]/;
/** Words that can stand before a bare `人民医院` that refers to the article's hospital. */
const BEFORE_BARE = new Set([...'的在到和与及或往赴至去来从自、，。：“（(']);
/** `全省中医院`, `各县人民医院`: every hospital of a kind, not one. */
const GENERIC_BEFORE_SHORT = '全各每诸多几两';
/** Words that end the text before a university's name (`与复旦大学`). */
const BEFORE_UNIVERSITY = /[与和及在到为是的由从对将把被向同跟、]/;
/** A town's name cannot start with these (`全镇`, `各乡`, `乡镇` as in 乡镇卫生院). */
const NOT_A_TOWN = /^[各该本全每其此两几多这那]|[乡镇]$/;

export function findHospitals(text: string, dictionary: readonly string[]): HospitalMatch[] {
  const byPattern = findByPattern(text);
  const inDictionary = findInDictionary(text, dictionary);
  // the pattern's matches come in text order and apart: only a merge with the dictionary's needs sorting
  const found = inDictionary.length ? byPattern.concat(inDictionary).sort((a, b) => a.start - b.start || b.end - a.end) : byPattern;
  return resolveCanonicals(text, pickLongest(text, found));
}

function findByPattern(text: string): HospitalMatch[] {
  const out: HospitalMatch[] = [];
  let lastEnd = 0;
  // Every institution word ends with 院, so the search jumps from one 院 to the next.
  for (let i = text.indexOf('院'); i !== -1; i = text.indexOf('院', i + 1)) {
    if (!BEFORE_YUAN.has(text.charCodeAt(i - 1))) continue;
    const from = Math.max(lastEnd, i + 1 - WINDOW);
    const institution = institutionEndingAt(text, from, i);
    if (!institution) continue;
    const { start, kind } = institution;
    if (kind === 'abbrev' && NOT_AFTER_ABBREVIATION.has(text.charCodeAt(i + 1))) continue;
    const end = i + 1;
    const match = readName(text, start, end, kind, lastEnd);
    if (match) {
      out.push(match);
      lastEnd = match.end;
    }
  }
  return out;
}

/** Reads backwards from the institution word at [start, end) for the name it belongs to. */
function readName(
  text: string,
  start: number,
  end: number,
  kind: Kind,
  min: number,
): HospitalMatch | undefined {
  if (kind === 'affiliated') return university(text, start, end, min);
  if (kind === 'town') return town(text, start, end, min);
  if (kind === 'branch') {
    const place = gazetteer.startOfChainEndingAt(text, start, min);
    return place === undefined ? undefined : hospitalMatch(place, end, 'branch', text.slice(place, end));
  }
  if (kind === 'abbrev') {
    return hospitalMatch(start - 1, end, 'abbrev', `第${text[start]}人民医院`, undefined, text[start - 1]);
  }
  const institution = text.slice(start, end);
  // 北京大学第一医院, 北京大学人民医院: a university's hospital without 附属.
  if (afterUniversity(text, start, min)) return university(text, start, end, min);
  const place = gazetteer.startOfChainEndingAt(text, start, min) ?? (kind === 'specialty' ? namedPlace(text, start, min) : undefined);
  if (place !== undefined) {
    return hospitalMatch(place, end, 'full', institution, text.slice(place, start));
  }
  if (kind === 'specialty') return undefined;
  const before = text[start - 1];
  if (start - 1 >= min && '省市县区'.includes(before ?? '') && !GENERIC_BEFORE_SHORT.includes(text[start - 2])) {
    return hospitalMatch(start - 1, end, 'short', institution, undefined, before);
  }
  if (kind === 'people' && institution === '人民医院' && (start === 0 || BEFORE_BARE.has(before) || !HAN.test(before))) {
    return hospitalMatch(start, end, 'bare', institution);
  }
  return undefined;
}

/** Where a place, then a proper name of two characters, before a specialty starts (`上海` + `东方` + `肝胆外科医院`). */
function namedPlace(text: string, start: number, min: number): number | undefined {
  const place = gazetteer.startOfChainEndingAt(text, start - 2, min);
  return place !== undefined && HAN.test(text[start - 1]) && HAN.test(text[start - 2]) ? place : undefined;
}

const UNIVERSITY = /(?:医科大学|中医药大学|医学院|大学)$/;
const UNIVERSITY_LAST = charSet('学院');

function afterUniversity(text: string, start: number, min: number): boolean {
  if (start - 1 < min || !UNIVERSITY_LAST.has(text.charCodeAt(start - 1))) return false;
  return UNIVERSITY.test(text.slice(Math.max(min, start - 4), start));
}

/** `郑州大学` + `第一附属医院`, `广州医科大学` + `附属第一医院`. */
function university(text: string, start: number, end: number, min: number): HospitalMatch | undefined {
  const head = text.slice(Math.max(min, start - 12), start);
  const suffix = UNIVERSITY.exec(head);
  if (!suffix) return undefined;
  const nameEnd = start - (head.length - suffix.index);
  // The university's name starts at a place name, possibly followed by up to four more characters.
  for (let k = nameEnd; k >= Math.max(min, nameEnd - 4); k--) {
    const place = gazetteer.startOfChainEndingAt(text, k, min);
    if (place !== undefined) {
      return hospitalMatch(place, end, 'full', text.slice(k, end), text.slice(place, k));
    }
    if (!HAN.test(text[k - 1] ?? '')) break;
  }
  // Or it is a name of two to four characters after punctuation or a function word (`与复旦大学`).
  let from = nameEnd;
  while (from > Math.max(min, nameEnd - 4) && HAN.test(text[from - 1]) && !BEFORE_UNIVERSITY.test(text[from - 1])) from--;
  const bounded = from === 0 || from === min || !HAN.test(text[from - 1]) || BEFORE_UNIVERSITY.test(text[from - 1]);
  if (!bounded || nameEnd - from < 2) return undefined;
  return hospitalMatch(from, end, 'full', text.slice(nameEnd, end), text.slice(from, nameEnd));
}

/** `西坪镇卫生院`, `西峡县西坪镇卫生院`, `二郎坪镇中心卫生院`; not `乡镇卫生院`. */
function town(text: string, start: number, end: number, min: number): HospitalMatch | undefined {
  const marker = start - 1;
  if (text[marker] !== '镇' && text[marker] !== '乡') return undefined;
  let run = 0;
  while (run < 4 && marker - run - 1 >= min && HAN.test(text[marker - run - 1])) run++;
  if (run === 0) return undefined;
  const length = townNameLength(text, marker, run, min);
  const name = text.slice(marker - length, marker);
  if (NOT_A_TOWN.test(name)) return undefined;
  const rest = text.slice(marker - length, end);
  const county = gazetteer.startOfChainEndingAt(text, marker - length, min);
  if (county === undefined) return hospitalMatch(marker - length, end, 'town', rest);
  return hospitalMatch(county, end, 'full', rest, text.slice(county, marker - length));
}

/**
 * Town names have two characters, or three: three when a county name or nothing but punctuation
 * comes before them (`西峡县二郎坪镇`, `、二郎坪镇`), two when the text runs on (`成员单位西坪镇`).
 */
function townNameLength(text: string, marker: number, run: number, min: number): number {
  if (run <= 2) return run;
  if (gazetteer.startOfNameEndingAt(text, marker - 2, min) !== undefined) return 2;
  if (gazetteer.startOfNameEndingAt(text, marker - 3, min) !== undefined || run === 3) return 3;
  return 2;
}

function findInDictionary(text: string, dictionary: readonly string[]): HospitalMatch[] {
  const byFirst = new Map<string, string[]>();
  for (const raw of dictionary) {
    const name = raw.replace(/\s+/g, '');
    if (name.length < 2) continue;
    const list = byFirst.get(name[0]) ?? [];
    list.push(name);
    byFirst.set(name[0], list);
  }
  if (byFirst.size === 0) return [];
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  // only where a name's first code unit is: one search for each
  const starts = [...byFirst.keys()].flatMap((first) => occurrences(text, first)).sort((a, b) => a - b);
  const out: HospitalMatch[] = [];
  let next = 0;
  for (const i of starts) {
    if (i < next) continue;
    const name = byFirst.get(text[i])?.find((n) => text.startsWith(n, i));
    if (!name) continue;
    out.push(hospitalMatch(i, i + name.length, 'dictionary', name));
    next = i + name.length;
  }
  return out;
}

/** Non-overlapping matches of these, sorted by start and longest first: the first wins where two overlap. */
function pickLongest(text: string, matches: readonly HospitalMatch[]): HospitalMatch[] {
  const out: HospitalMatch[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    // A branch written right after its hospital is one name: 平顶山市第二人民医院宝丰分院.
    if (last && m.form === 'branch' && m.start === last.end && last.form !== 'branch' && !last.branch) {
      out[out.length - 1] = hospitalMatch(last.start, m.end, last.form, last.rest, last.place, last.suffix, text.slice(m.start, m.end));
      continue;
    }
    out.push(m);
  }
  return out;
}
