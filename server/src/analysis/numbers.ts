// Numbers with their units or date parts, possibly cut by spaces or line breaks in a raw
// article (`1950 年 10\n月`, `600 万元`). Quantifiers are bounded, so matching stays linear.
import { isRegExpSpaceCode } from './charCodes';
import { nextMatch } from './scan';
import type { Block, Span } from './types';

const UNITS = '平方米|平方公里|人次|场次|个月|分钟|小时|万元|亿元|年|月|日|号|万|亿|元|%|％|个|张|人|台|套|项|名|家|层|辆|次|场|间|处|岁|天|周|米|床|例|倍|所|座|条|余|多';
const NUM = String.raw`\d{1,12}(?:\.\d{1,6})?`;
const WS = String.raw`\s{0,6}`;
const RANGE = '~～—－-';
const EXPRESSION = new RegExp(
  String.raw`(?:${NUM}${WS}[${RANGE}]${WS})?${NUM}(?:${WS}(?:${UNITS})(?:${WS}${NUM}(?=${WS}(?:${UNITS})))?){1,4}`,
  'g',
);

// Every character EXPRESSION can match or look at, by code unit: a match never reaches past
// one that is not listed, so it lies inside one stretch of listed characters. A match holds a
// digit and a unit, and a cut one whitespace too.
const IN_EXPRESSION = 1;
const DIGIT = 2;
const SPACE = 4;
const UNIT_START = 8;
const CUT_NUMBER_NEEDS = IN_EXPRESSION | DIGIT | SPACE | UNIT_START;
const CLASSES = classTable();

function classTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of UNITS.replace(/\|/g, '') + RANGE + '.') table[ch.charCodeAt(0)] |= IN_EXPRESSION;
  for (const unit of UNITS.split('|')) table[unit.charCodeAt(0)] |= UNIT_START;
  for (let c = 48; c <= 57; c++) table[c] |= IN_EXPRESSION | DIGIT;
  for (let c = 0; c < 0x10000; c++) if (isRegExpSpaceCode(c)) table[c] |= IN_EXPRESSION | SPACE;
  return table;
}

const DIGIT_CHAR = /\d/g;

/** Number expressions that hold whitespace inside them, and the whitespace runs. */
export interface CutNumber {
  span: Span;
  gaps: Span[];
}

/**
 * The same matches as running EXPRESSION over the whole span, found by running it only over the
 * stretches of expression characters that hold a digit, a unit and whitespace: no other stretch
 * can hold a cut number.
 */
export function findCutNumbers(text: string, within: Span): CutNumber[] {
  const out: CutNumber[] = [];
  let stretch = within.start;
  let seen = 0;
  for (let i = within.start; i < within.end; i++) {
    const cls = CLASSES[text.charCodeAt(i)];
    if (cls !== 0) {
      seen |= cls;
      continue;
    }
    if (seen === CUT_NUMBER_NEEDS) cutsInStretch(text, stretch, i, out);
    stretch = i + 1;
    seen = 0;
  }
  if (seen === CUT_NUMBER_NEEDS) cutsInStretch(text, stretch, within.end, out);
  return out;
}

/**
 * findCutNumbers over each block in turn, found from the digits outward: only the stretches
 * around them are read, and the walk from digit to digit reads the text once.
 */
export function cutNumbersInBlocks(text: string, blocks: readonly Block[]): CutNumber[] {
  const out: CutNumber[] = [];
  let digit = -1;
  for (const b of blocks) {
    if (digit < b.span.start) digit = nextMatch(DIGIT_CHAR, text, b.span.start);
    while (digit < b.span.end) digit = nextMatch(DIGIT_CHAR, text, searchAround(text, b.span, digit, out));
  }
  return out;
}

/** Searches the stretch of expression characters around `at`; returns where the stretch ends. */
function searchAround(text: string, within: Span, at: number, out: CutNumber[]): number {
  let seen = 0;
  let start = at;
  while (start > within.start && CLASSES[text.charCodeAt(start - 1)] !== 0) seen |= CLASSES[text.charCodeAt(--start)];
  let end = at;
  while (end < within.end && CLASSES[text.charCodeAt(end)] !== 0) seen |= CLASSES[text.charCodeAt(end++)];
  if (seen === CUT_NUMBER_NEEDS) cutsInStretch(text, start, end, out);
  return end;
}

function cutsInStretch(text: string, start: number, end: number, out: CutNumber[]): void {
  const stretch = text.slice(start, end);
  EXPRESSION.lastIndex = 0;
  for (let m = EXPRESSION.exec(stretch); m; m = EXPRESSION.exec(stretch)) {
    const from = start + m.index;
    const gaps = whitespaceRuns(text, from, from + m[0].length);
    if (gaps.length) out.push({ span: { start: from, end: from + m[0].length }, gaps });
  }
}

function whitespaceRuns(text: string, start: number, end: number): Span[] {
  const runs: Span[] = [];
  for (let i = start; i < end; i++) {
    if (!isRegExpSpaceCode(text.charCodeAt(i))) continue;
    let stop = i + 1;
    while (stop < end && isRegExpSpaceCode(text.charCodeAt(stop))) stop++;
    runs.push({ start: i, end: stop });
    i = stop;
  }
  return runs;
}
