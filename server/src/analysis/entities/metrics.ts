// Figures with a unit or counter in the compact text: 7亿元, 14.2万平方米, 1万余张, 50多处, 95%,
// 300余台(套). Ranks (第14批, 5级), names and codes (5G, 120, 3.0T, GE4100) and years are not figures.
import type { CompactText } from './compact';
import { scaleDecimal } from './numerals';
import { charSet } from './scan';
import { figureAt, UnitTable } from './figureAt';
import type { Figure } from './figureAt';

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

const UNIT_TABLE = new UnitTable(UNITS);
const APPROX_AFTER = ['以上', '左右', '上下'];
const APPROX_AFTER_FIRST = charSet(APPROX_AFTER.map((w) => w[0]).join(''));

export function findMetrics(c: CompactText): MetricMatch[] {
  const text = c.text;
  const out: MetricMatch[] = [];
  let from = 0;
  // a figure starts with a digit and no digit before it: at the start of a digit run
  for (const at of c.digitRuns) {
    if (at < from) continue;
    const figure = figureAt(text, at, UNIT_TABLE);
    if (!figure) continue;
    from = figure.end;
    const metric = readMetric(text, at, figure);
    if (metric) out.push(metric);
  }
  return out;
}

function readMetric(text: string, start: number, figure: Figure): MetricMatch | undefined {
  const { digits, ranged, multiplier, marker, unit: rawUnit, end } = figure;
  if (isPartOfWord(rawUnit, text.charCodeAt(end))) return undefined;
  // A four-digit number of years is a year (a date), not a duration.
  if (rawUnit === '年' && !multiplier && !marker && !ranged && /^[12]\d{3}$/.test(digits)) return undefined;
  const unit = marker === undefined && !ranged && rawUnit.length < 3 ? rawUnit : rawUnit.replace(/[多余]/, '');
  const approx = marker !== undefined || ranged || unit !== rawUnit || approximateAround(text, start, end);
  const value = scaleDecimal(digits, multiplier);
  return { kind: 'metric', start, end, value, unit, approx: approx || undefined };
}

const NIAN = '年'.charCodeAt(0);
const DAI = '代'.charCodeAt(0);
const JI = '级'.charCodeAt(0);

/** Whether what follows a unit makes it part of another word: 100周年, 80年代, 3年级. */
function isPartOfWord(unit: string, next: number): boolean {
  if (unit === '周') return next === NIAN;
  return unit === '年' && (next === DAI || next === JI);
}

const YUE = '约'.charCodeAt(0);
const JIN = '近'.charCodeAt(0);
const YU = '逾'.charCodeAt(0);
const ZUI = '最'.charCodeAt(0);

/** 约3000平方米, 近1万人次, 95%以上, 97%左右 (but not 最近3天: the latest three days). */
function approximateAround(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  if ((before === YUE || before === JIN || before === YU) && text.charCodeAt(start - 2) !== ZUI) return true;
  return APPROX_AFTER_FIRST.has(text.charCodeAt(end)) && APPROX_AFTER.some((w) => text.startsWith(w, end));
}
