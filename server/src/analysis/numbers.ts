// Numbers with their units or date parts, possibly cut by spaces or line breaks in a raw
// article (`1950 年 10\n月`, `600 万元`). Quantifiers are bounded, so matching stays linear.
import type { Span } from './types';

const UNITS = '平方米|平方公里|人次|场次|个月|分钟|小时|万元|亿元|年|月|日|号|万|亿|元|%|％|个|张|人|台|套|项|名|家|层|辆|次|场|间|处|岁|天|周|米|床|例|倍|所|座|条|余|多';
const NUM = String.raw`\d{1,12}(?:\.\d{1,6})?`;
const WS = String.raw`\s{0,6}`;
const EXPRESSION = new RegExp(
  String.raw`(?:${NUM}${WS}[~～—－-]${WS})?${NUM}(?:${WS}(?:${UNITS})(?:${WS}${NUM}(?=${WS}(?:${UNITS})))?){1,4}`,
  'g',
);

/** Number expressions that hold whitespace inside them, and the whitespace runs. */
export interface CutNumber {
  span: Span;
  gaps: Span[];
}

export function findCutNumbers(text: string, within: Span): CutNumber[] {
  const out: CutNumber[] = [];
  const slice = text.slice(within.start, within.end);
  EXPRESSION.lastIndex = 0;
  for (let m = EXPRESSION.exec(slice); m; m = EXPRESSION.exec(slice)) {
    const start = within.start + m.index;
    const gaps: Span[] = [];
    const ws = /\s+/g;
    for (let g = ws.exec(m[0]); g; g = ws.exec(m[0])) gaps.push({ start: start + g.index, end: start + g.index + g[0].length });
    if (gaps.length) out.push({ span: { start, end: start + m[0].length }, gaps });
  }
  return out;
}
