// Figures written in Chinese numerals (两层, 一周, 半年, 六大项). Kept apart from `findMetrics`:
// Chinese numerals also make slogans and names (“四个意识”, 七项举措, 三级医院, 十年巨变), so these
// are less certain and the caller decides whether to use them.
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './numerals';
import type { MetricMatch } from './metrics';

const COUNTERS = ['个月', '小时', '分钟', '个', '名', '人', '位', '家', '所', '座', '层', '张', '台', '辆', '间', '项', '类', '条', '种', '批', '年', '周', '天'];
/** Time counters: the only ones where 一 is a quantity rather than an article (一周 but not 一座堡垒). */
const TIME = new Set(['个月', '小时', '分钟', '年', '周', '天']);
/** Counters that name a set when a noun follows: 七项举措, 三条主线 (but 六大项44个分项 counts). */
const SET_NAMING = new Set(['项', '类', '条', '种']);

const CHINESE_METRIC = new RegExp(
  `(?<![\\d.第这那每各几数“"${CHINESE_NUMERAL_CHARS}])(半|[${CHINESE_NUMERAL_CHARS}]{1,6})(大)?(余|多)?(${COUNTERS.join('|')})`,
  'g',
);
const HAN = /^[\u3400-\u9fff]/;

export function findChineseMetrics(text: string): MetricMatch[] {
  const out: MetricMatch[] = [];
  CHINESE_METRIC.lastIndex = 0;
  for (let m = CHINESE_METRIC.exec(text); m; m = CHINESE_METRIC.exec(text)) {
    const [whole, numeral, big, marker, unit] = m;
    const value = parseChineseNumber(numeral);
    const end = m.index + whole.length;
    const after = text.slice(end, end + 1);
    if (value === undefined || value === 0 || !isQuantity(numeral, value, big, marker, unit, after)) continue;
    out.push({ kind: 'metric', start: m.index, end, value, unit, approx: marker ? true : undefined });
  }
  return out;
}

function isQuantity(numeral: string, value: number, big: string | undefined, marker: string | undefined, unit: string, after: string): boolean {
  if (numeral === '半' && !TIME.has(unit)) return false;
  if (value === 1 && !TIME.has(unit)) return false;
  if ((big || SET_NAMING.has(unit)) && HAN.test(after)) return false;
  // 十年, 百年, 十多年来: a decade or a century is a theme or a vague period, not a count.
  if (unit === '年' && (/^[十百千万]$/.test(numeral) || (marker && after === '来'))) return false;
  if (unit === '周' && after === '年') return false;
  return true;
}
