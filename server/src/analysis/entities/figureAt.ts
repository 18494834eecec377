// A figure with its unit, read by hand at the start of a digit run. It finds what this sticky
// pattern finds there (no object per capture, no string per group):
//
//   (?<![\dA-Za-z.．第])(NUMBER)(?:RANGE(NUMBER))?(万亿|亿|万|千)?(余|多)?(UNIT)
//   NUMBER  (?:0|[1-9]\d{0,9})(?:,\d{3}){0,3}(?:\.\d{1,6})?
//   RANGE   [~～\-－—–]|至|到
//   UNIT    the units in the order of UNITS, the first that fits winning
//
// A NUMBER only takes digits, commas and points, and nothing after it can start with one, so only
// its longest reading can be followed by the rest: it is read greedily, with no going back. Only the
// multiplier and the marker are tried both ways, in the pattern's order: `5千米` is 5 thousand 米.
import { isDigitCode } from '../charCodes';
import { charSet } from './scan';

/** What the pattern's groups held. */
export interface Figure {
  end: number;
  /** The first number as written (`1,200`, `14.2`). */
  digits: string;
  /** Whether a second number follows (`3~5`): a range. */
  ranged: boolean;
  multiplier: string;
  marker: string | undefined;
  unit: string;
}

const NOT_BEFORE = charSet('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.．第');
const RANGE = charSet('~～-－—–至到');
const NOT_AFTER_NUMBER = charSet('0123456789,.');
const MULTIPLIERS = ['万亿', '亿', '万', '千'];
const MARKERS = ['余', '多'];
const MULTIPLIER_START = charSet(MULTIPLIERS.map((w) => w[0]).join(''));
const MARKER_START = charSet(MARKERS.join(''));
const NONE = -1;

/** The figure that starts at `at` (where a digit run starts), or undefined. */
export function figureAt(text: string, at: number, units: UnitTable): Figure | undefined {
  if (NOT_BEFORE.has(text.charCodeAt(at - 1))) return undefined;
  const first = numberEnd(text, at);
  if (first === NONE) return undefined;
  let end = first;
  const ranged = RANGE.has(text.charCodeAt(first));
  if (ranged) {
    // nothing else starts with a range sign: the second number must be there
    end = numberEnd(text, first + 1);
    if (end === NONE) return undefined;
  }
  const read = { at, first, ranged, units };
  if (MULTIPLIER_START.has(text.charCodeAt(end))) {
    for (const multiplier of MULTIPLIERS) {
      const figure = text.startsWith(multiplier, end) ? withMarker(text, end + multiplier.length, multiplier, read) : undefined;
      if (figure) return figure;
    }
  }
  return withMarker(text, end, '', read);
}

/** Where the numbers were read, for the rest of the figure. */
interface NumbersRead {
  at: number;
  first: number;
  ranged: boolean;
  units: UnitTable;
}

/** The rest of the figure after its multiplier: a marker, or none, then the first unit that fits. */
function withMarker(text: string, from: number, multiplier: string, read: NumbersRead): Figure | undefined {
  if (MARKER_START.has(text.charCodeAt(from))) {
    for (const marker of MARKERS) {
      const figure = text.startsWith(marker, from) ? withUnit(text, from + marker.length, multiplier, marker, read) : undefined;
      if (figure) return figure;
    }
  }
  return withUnit(text, from, multiplier, undefined, read);
}

function withUnit(text: string, from: number, multiplier: string, marker: string | undefined, read: NumbersRead): Figure | undefined {
  const unit = read.units.firstAt(text, from);
  if (unit === undefined) return undefined;
  const digits = text.slice(read.at, read.first);
  return { end: from + unit.length, digits, ranged: read.ranged, multiplier, marker, unit };
}

/** Where NUMBER read at `at` ends, or NONE when it cannot be followed by anything. */
function numberEnd(text: string, at: number): number {
  const lead = text.charCodeAt(at);
  if (!isDigitCode(lead)) return NONE;
  let end = at + 1;
  if (lead !== 0x30) while (end < at + 10 && isDigitCode(text.charCodeAt(end))) end++;
  for (let groups = 0; groups < 3 && text.charCodeAt(end) === 0x2c && digitsAt(text, end + 1, 3); groups++) end += 4;
  if (text.charCodeAt(end) === 0x2e && isDigitCode(text.charCodeAt(end + 1))) {
    const point = end;
    end += 2;
    while (end < point + 7 && isDigitCode(text.charCodeAt(end))) end++;
  }
  return NOT_AFTER_NUMBER.has(text.charCodeAt(end)) ? NONE : end;
}

function digitsAt(text: string, at: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (!isDigitCode(text.charCodeAt(at + k))) return false;
  return true;
}

/** Units looked up by their first code unit, keeping the order in which they are tried. */
export class UnitTable {
  private readonly byFirst = new Map<number, string[]>();

  constructor(units: readonly string[]) {
    for (const unit of units) {
      const first = unit.charCodeAt(0);
      this.byFirst.set(first, [...(this.byFirst.get(first) ?? []), unit]);
    }
  }

  /** The first unit, in the table's order, that is written at `at`. */
  firstAt(text: string, at: number): string | undefined {
    const candidates = this.byFirst.get(text.charCodeAt(at));
    if (!candidates) return undefined;
    for (const unit of candidates) if (text.startsWith(unit, at)) return unit;
    return undefined;
  }
}
