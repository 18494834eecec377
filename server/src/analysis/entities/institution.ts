// The institution word a hospital name ends with (`第二人民医院`, `妇幼保健院`, `附属第一医院`,
// `肝胆外科医院`, `中心卫生院`, `分院`, the `二院` of `市二院`), read backwards from its 院.
//
// It finds what this pattern, run on the window `text.slice(from, yuan + 1)`, would find: the
// leftmost start, and where two kinds of word start there, the first kind in this order.
//
//   people      (第N)?人民医院                         N: [一二三四五六七八九十]{1,3}
//   general     中心医院 | 中医医院 | 中医院 | 妇幼保健院 | 第N医院
//   affiliated  第N附属医院 | 附属(第N)?医院 | (?<=大学|医学院)(附属)?(?!NOT_A_NAME)[\u4e00-\u9fff]{2}医院
//   specialty   SPECIALTY(专科)?医院
//   town        (中心)?卫生院
//   branch      分院
//   abbrev      (?<=[省市县])[一二三四五六七八九十]院
//
// The lookbehinds see only the window, never before `from`.
import { charSet } from './scan';

export type Kind = 'people' | 'general' | 'affiliated' | 'specialty' | 'town' | 'branch' | 'abbrev';

/** Where an institution word starts and what kind it is. */
export interface Institution {
  start: number;
  kind: Kind;
}

/** What a university's hospital is to it, not its name: 郑州大学河南医学院教学医院. */
export const NOT_A_NAME = [
  '教学', '实习', '合作', '协作', '定点', '签约', '共建', '对口', '帮扶', '直属', '所属', '下属', '实训', '培训', '临床', '示范',
  '重点', '联盟', '托管',
];
/** Specialties a hospital is named after (`肿瘤医院`, `肝胆外科医院`). */
export const SPECIALTY = [
  '妇女儿童', '儿童', '妇产', '妇婴', '口腔', '眼科', '耳鼻喉', '骨科', '骨伤', '胸科', '肺科', '传染病', '精神病',
  '精神卫生', '结核病', '肝胆外科', '整形外科', '外科', '康复', '心血管病', '心脑血管病', '脑科', '皮肤病', '职业病',
  '中西医结合', '肿瘤', '老年病', '肛肠', '烧伤',
];

const NUMERAL = charSet('一二三四五六七八九十');
const ABBREVIATED_PLACE = charSet('省市县');
const NOT_A_NAME_SET = new Set(NOT_A_NAME);
/** The specialties by their last code unit, longest first: the longest that fits starts leftmost. */
const SPECIALTY_BY_LAST = new Map<number, string[]>();
for (const word of [...SPECIALTY].sort((a, b) => b.length - a.length)) {
  const last = word.charCodeAt(word.length - 1);
  SPECIALTY_BY_LAST.set(last, [...(SPECIALTY_BY_LAST.get(last) ?? []), word]);
}

const YI = '医'.charCodeAt(0);
const JIAN = '健'.charCodeAt(0);
const SHENG = '生'.charCodeAt(0);
const FEN = '分'.charCodeAt(0);
const DI = '第'.charCodeAt(0);
const NONE = -1;

/** The institution word ending at the 院 at `yuan` and starting at or after `from`. */
export function institutionEndingAt(text: string, from: number, yuan: number): Institution | undefined {
  if (yuan - 1 < from) return undefined;
  const before = text.charCodeAt(yuan - 1);
  if (before === YI) return hospitalEndingAt(text, from, yuan);
  if (before === JIAN) return found(wordAt(text, from, yuan - 4, '妇幼保健院'), 'general');
  if (before === SHENG) return found(townStart(text, from, yuan), 'town');
  if (before === FEN) return { start: yuan - 1, kind: 'branch' };
  const abbreviates = NUMERAL.has(before) && yuan - 2 >= from && ABBREVIATED_PLACE.has(text.charCodeAt(yuan - 2));
  return abbreviates ? { start: yuan - 1, kind: 'abbrev' } : undefined;
}

const found = (start: number, kind: Kind): Institution | undefined => (start === NONE ? undefined : { start, kind });

/** The words that end with 医院, the leftmost start winning, the earlier kind on a tie. */
function hospitalEndingAt(text: string, from: number, yuan: number): Institution | undefined {
  const yi = yuan - 1;
  let start = peopleStart(text, from, yi);
  let kind: Kind = 'people';
  const general = generalStart(text, from, yi);
  if (general !== NONE && (start === NONE || general < start)) {
    start = general;
    kind = 'general';
  }
  const affiliated = affiliatedStart(text, from, yi);
  if (affiliated !== NONE && (start === NONE || affiliated < start)) {
    start = affiliated;
    kind = 'affiliated';
  }
  const specialty = specialtyStart(text, from, yi);
  if (specialty !== NONE && (start === NONE || specialty < start)) {
    start = specialty;
    kind = 'specialty';
  }
  return found(start, kind);
}

/** `at` when `word` is there and in the window (compared by code unit: cheaper than startsWith). */
function wordAt(text: string, from: number, at: number, word: string): number {
  if (at < from) return NONE;
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(at + k) !== word.charCodeAt(k)) return NONE;
  return at;
}

/** The earlier of two starts, either possibly NONE. */
function earlier(a: number, b: number): number {
  if (a === NONE) return b;
  return b === NONE || a < b ? a : b;
}

/** Where `第` and one to three numerals ending at `end` start. */
function ordinalEndingAt(text: string, from: number, end: number): number {
  let k = 0;
  while (k < 3 && end - k - 1 >= from && NUMERAL.has(text.charCodeAt(end - k - 1))) k++;
  const di = end - k - 1;
  return k > 0 && di >= from && text.charCodeAt(di) === DI ? di : NONE;
}

/** `人民医院`, `第二人民医院`; `yi` is where 医 is. */
function peopleStart(text: string, from: number, yi: number): number {
  const start = wordAt(text, from, yi - 2, '人民');
  return start === NONE ? NONE : earlier(ordinalEndingAt(text, from, start), start);
}

/** `中心医院`, `中医医院`, `中医院`, `第三医院`. */
function generalStart(text: string, from: number, yi: number): number {
  const named = earlier(earlier(wordAt(text, from, yi - 2, '中心'), wordAt(text, from, yi - 2, '中医')), wordAt(text, from, yi - 1, '中'));
  return earlier(named, ordinalEndingAt(text, from, yi));
}

/** `第一附属医院`, `附属医院`, `附属第一医院`, and a university's `…大学(附属)XX医院`. */
function affiliatedStart(text: string, from: number, yi: number): number {
  let start = NONE;
  const attached = wordAt(text, from, yi - 2, '附属');
  if (attached !== NONE) start = earlier(ordinalEndingAt(text, from, attached), attached);
  const ordinal = ordinalEndingAt(text, from, yi);
  if (ordinal !== NONE) start = earlier(start, wordAt(text, from, ordinal - 2, '附属'));
  return earlier(start, universityHospitalStart(text, from, yi));
}

/** `(?<=大学|医学院)(?:附属)?(?!NOT_A_NAME)[\u4e00-\u9fff]{2}医院`. */
function universityHospitalStart(text: string, from: number, yi: number): number {
  const name = yi - 2;
  if (name < from || !isBasicHan(text.charCodeAt(name)) || !isBasicHan(text.charCodeAt(name + 1))) return NONE;
  const attached = wordAt(text, from, name - 2, '附属');
  let start = NONE;
  if (attached !== NONE && afterUniversityName(text, from, attached)) start = attached;
  else if (afterUniversityName(text, from, name)) start = name;
  // the lookahead last: most 医院 are not after a university, and it makes a string
  return start !== NONE && !NOT_A_NAME_SET.has(text.slice(name, yi)) ? start : NONE;
}

/** The `[\u4e00-\u9fff]` of the pattern this matcher replaced. */
const isBasicHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

function afterUniversityName(text: string, from: number, at: number): boolean {
  return wordAt(text, from, at - 2, '大学') !== NONE || wordAt(text, from, at - 3, '医学院') !== NONE;
}

/** `肿瘤医院`, `儿童专科医院`: the longest specialty in the window. */
function specialtyStart(text: string, from: number, yi: number): number {
  const special = wordAt(text, from, yi - 2, '专科');
  return earlier(specialtyEndingAt(text, from, yi), special === NONE ? NONE : specialtyEndingAt(text, from, special));
}

function specialtyEndingAt(text: string, from: number, end: number): number {
  for (const word of SPECIALTY_BY_LAST.get(text.charCodeAt(end - 1)) ?? []) {
    const start = wordAt(text, from, end - word.length, word);
    if (start !== NONE) return start;
  }
  return NONE;
}

/** `卫生院`, `中心卫生院`. */
function townStart(text: string, from: number, yuan: number): number {
  const start = wordAt(text, from, yuan - 2, '卫生院');
  return start === NONE ? NONE : earlier(wordAt(text, from, start - 2, '中心'), start);
}
