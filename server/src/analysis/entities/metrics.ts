// Figures with a unit or counter in the compact text: 7亿元, 14.2万平方米, 1万余张, 50多处, 95%,
// 300余台(套). Ranks (第14批, 5级), names and codes (5G, 120, 3.0T, GE4100) and years are not figures.
import { scaleDecimal } from './numerals';

/** A figure in the compact text. */
export interface MetricMatch {
  kind: 'metric';
  start: number;
  end: number;
  value: number;
  unit: string;
  approx?: boolean;
}

/** Units and counters, longest first so that 个月 wins over 个 and 人次 over 人. */
export const UNITS = [
  '个百分点', '平方公里', '平方米', '立方米', '台(套)', '台（套）', '个多月', '个余月', '个多小时', '公里', '千米', '公顷',
  '公斤', '千克', '毫升', '人次', '例次', '台次', '架次', '场次', '个月', '分钟', '小时', '周岁',
  '%', '％', '‰', '℃', '元', '米', '亩', '吨', '克', '升', '张', '人', '名', '位', '个', '家', '所', '座', '层', '间',
  '处', '项', '台', '套', '辆', '架', '艘', '件', '份', '本', '篇', '部', '条', '支', '门', '种', '类', '批', '场',
  '次', '例', '床', '单', '户', '村', '岁', '倍', '年', '天', '周',
];

const escape = (s: string): string => s.replace(/[()%]/g, (c) => `\\${c}`);
/**
 * Ten digits at most: longer runs are phone numbers and codes (a count that large is written with
 * 亿); and no leading zero (`000人` is the tail of a number cut by a paragraph break).
 */
const NUMBER = '(?:0|[1-9]\\d{0,9})(?:,\\d{3}){0,3}(?:\\.\\d{1,6})?';
const RANGE = '(?:[~～\\-－—–]|至|到)';
const METRIC = new RegExp(
  `(?<![\\dA-Za-z.．第])(${NUMBER})(?:${RANGE}(${NUMBER}))?(万亿|亿|万|千)?(余|多)?(${UNITS.map(escape).join('|')})`,
  'g',
);
/** What may follow a unit and make it part of another word: 100周年, 80年代, 3年级. */
const NOT_A_UNIT_AFTER: Record<string, string> = { 周: '年', 年: '代级' };
const APPROX_AFTER = ['以上', '左右', '上下'];

export function findMetrics(text: string): MetricMatch[] {
  const out: MetricMatch[] = [];
  METRIC.lastIndex = 0;
  for (let m = METRIC.exec(text); m; m = METRIC.exec(text)) {
    const [whole, digits, upper, multiplier = '', marker, rawUnit] = m;
    const end = m.index + whole.length;
    if (NOT_A_UNIT_AFTER[rawUnit]?.includes(text[end] ?? '\0')) continue;
    // A four-digit number of years is a year (a date), not a duration.
    if (rawUnit === '年' && !multiplier && !marker && !upper && /^[12]\d{3}$/.test(digits)) continue;
    const unit = marker === undefined && upper === undefined && rawUnit.length < 3 ? rawUnit : rawUnit.replace(/[多余]/, '');
    const approx = marker !== undefined || upper !== undefined || unit !== rawUnit || approximateAround(text, m.index, end);
    const value = scaleDecimal(digits, multiplier);
    out.push(approx ? { kind: 'metric', start: m.index, end, value, unit, approx } : { kind: 'metric', start: m.index, end, value, unit });
  }
  return out;
}

/** 约3000平方米, 近1万人次, 95%以上, 97%左右 (but not 最近3天: the latest three days). */
function approximateAround(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if ((before === '约' || before === '近' || before === '逾') && text[start - 2] !== '最') return true;
  return APPROX_AFTER.some((w) => text.startsWith(w, end));
}
