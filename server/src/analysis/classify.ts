// Second pass of the structure: what each segment is (title, heading, caption, paragraph...).
import {
  endsLikeContinuation, hasNoRunningPunct, inkLength, isBylineLine, isCreditLine, isInstitutionTitle,
  isPhrasePair, isSubtitleLine, endsWithByline,
} from './patterns';
import type { LineFacts } from './lineFacts';
import type { Segment } from './segments';
import { displayWidth, endsSentence, headingBreak, inkWidth, showsPhraseBreak } from './text';
import type { Lines } from './lines';
import type { BlockKind } from './types';

/** A segment with what it was found to be. */
export interface Classified extends Segment {
  kind: BlockKind;
  level: 0 | 1 | 2;
  /**
   * The trimmed lines joined with nothing between them; for a long segment only its last
   * characters, since every check that reads a long segment reads its end.
   */
  joined: string;
  /** The length of the whole joined text. */
  length: number;
}

/** What the text before the segments says, when only part of a document is classified. */
export interface ClassifyContext {
  /** A level-1 heading of the current article comes before the first segment. */
  underHeading: boolean;
}

/**
 * Labels every segment; the order of the passes matters (titles before captions before headings).
 * In steps (see `analysisSteps`): the segments' texts, their shapes, then their places in the article.
 */
export function* classifySteps(lines: Lines, facts: LineFacts, segments: Segment[], context: ClassifyContext = { underHeading: false }): Generator<void, Classified[], void> {
  const out: Classified[] = segments.map((s) => classified(lines, facts, s));
  yield;
  out.forEach((s, i) => (s.kind = lineKind(out, i)));
  yield;
  markCaptions(lines, out);
  const nextParagraph = new Array<number>(out.length).fill(-1);
  for (let i = out.length - 2; i >= 0; i--) nextParagraph[i] = out[i + 1].kind === 'paragraph' ? i + 1 : nextParagraph[i + 1];
  out.forEach((s, i) => {
    if (s.kind !== 'paragraph') return;
    if (isLevelOneHeading(lines, out, i, nextParagraph[i])) (s.kind = 'heading'), (s.level = 1);
  });
  let underHeading = context.underHeading;
  out.forEach((s, i) => {
    if (s.kind === 'title') underHeading = false;
    else if (s.kind === 'heading') underHeading = true;
    else if (underHeading && s.kind === 'paragraph' && isLevelTwoHeading(out, i)) (s.kind = 'heading'), (s.level = 2);
  });
  return out;
}

const KEEP = 240;

function classified(lines: Lines, facts: LineFacts, s: Segment): Classified {
  let length = 0;
  for (let i = s.first; i <= s.last; i++) length += lines.end(i) - lines.start(i);
  let joined = '';
  if (length <= KEEP) for (let i = s.first; i <= s.last; i++) joined += facts.trimmed(i);
  else for (let i = s.last; i >= s.first && joined.length < KEEP / 2; i--) joined = facts.trimmed(i) + joined;
  return { first: s.first, last: s.last, blankBefore: s.blankBefore, kind: 'paragraph', level: 0, joined, length };
}

function lineTexts(lines: Lines, s: Segment): string[] {
  const out: string[] = [];
  for (let i = s.first; i <= s.last; i++) if (!lines.blank(i)) out.push(lines.lineText(i).trim());
  return out;
}

/** What a line's text makes it by its shape alone: a subtitle, a byline or a credit. */
export function shapeKind(t: string): BlockKind | undefined {
  if (isSubtitleLine(t)) return 'subtitle';
  if (isBylineLine(t)) return 'byline';
  if (isCreditLine(t)) return 'credit';
  return undefined;
}

/** Kinds that a segment's text shows by itself, however many lines it was printed on. */
function lineKind(segs: Classified[], i: number): BlockKind {
  const s = segs[i];
  const t = s.joined;
  const lines = s.last - s.first + 1;
  if (s.length > 120) return 'paragraph'; // longer than any title, subtitle, byline or credit
  const shaped = shapeKind(t);
  if (shaped) return shaped;
  if (isInstitutionTitle(t)) return 'title';
  const next = segs[i + 1];
  if (next && next.blankBefore <= 1 && next.length <= 120 && isSubtitleLine(next.joined) && !endsSentence(t) && inkLength(t) <= 60 && lines <= 3) {
    return 'title';
  }
  return 'paragraph';
}

const FRAME: ReadonlySet<BlockKind> = new Set(['title', 'subtitle', 'byline', 'credit']);

/** Short lines without a closing full stop; two-line captions are allowed. */
function captionShaped(s: Classified): boolean {
  return s.kind === 'paragraph' && s.length <= 200 && !endsSentence(s.joined) && inkLength(s.joined) <= 64;
}

/**
 * Captions stand at the end of an article (after its last paragraph, among credits and titles)
 * and right under a title (a picture printed below it).
 */
function markCaptions(lines: Lines, segs: Classified[]): void {
  let inTail = true;
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i];
    if (s.kind === 'title') inTail = true;
    if (FRAME.has(s.kind)) continue;
    if (inTail && captionShaped(s)) s.kind = 'caption';
    else inTail = false;
  }
  for (let i = 1; i < segs.length; i++) {
    const prev = segs[i - 1];
    const s = segs[i];
    if (!(FRAME.has(prev.kind) || (prev.kind === 'caption' && i > 1 && FRAME.has(segs[i - 2].kind)))) continue;
    const t = s.joined;
    if (s.kind === 'paragraph' && s.first === s.last && s.length <= 60 && hasNoRunningPunct(t) && !isPhrasePair(lines.lineText(s.first)) && inkLength(t) <= 24) {
      s.kind = 'caption';
    }
  }
}

/** Not glued to the text around it: a blank line or a finished block on each side. */
function standalone(segs: Classified[], i: number): boolean {
  const prev = segs[i - 1];
  const next = segs[i + 1];
  const before = !prev || prev.kind !== 'paragraph' || finishesParagraph(prev);
  const after = !next || next.blankBefore > 0 || next.kind !== 'paragraph';
  return before && after;
}

/** The widest line of a segment, spaces not counted (so removing them cannot change a verdict). */
function widest(lines: Lines, s: Segment): number {
  let w = 0;
  for (let i = s.first; i <= s.last; i++) w = Math.max(w, inkWidth(lines.lineText(i)));
  return w;
}

/** `党建引领 推动医院高质量发展`, also when split over two or three lines no wider than the column. */
function isLevelOneHeading(lines: Lines, segs: Classified[], i: number, nextParagraph: number): boolean {
  const s = segs[i];
  if (s.length > 120 || !hasNoRunningPunct(s.joined)) return false;
  const ink = inkLength(s.joined);
  if (ink < 4 || ink > 34 || endsSentence(s.joined)) return false;
  if (endsLikeContinuation(s.joined) || !standalone(segs, i) || s.last - s.first > 2) return false;
  const column = nextParagraph >= 0 ? widest(lines, segs[nextParagraph]) : 0;
  if (s.first === s.last) {
    const t = lines.lineText(s.first);
    return isPhrasePair(t) || quoted(t) || (column > 0 && inkWidth(t) <= 0.7 * column);
  }
  // a line wider than the paragraph's column is no heading line set in that column; a paragraph
  // of one line shows no column (日月其迈，岁律更新。)
  const shown = nextParagraph >= 0 && segs[nextParagraph].last > segs[nextParagraph].first;
  for (let l = s.first; l <= s.last; l++) {
    if (!lines.blank(l) && shown && displayWidth(lines.lineText(l)) > column + 0.5) return false;
  }
  // Joined as its block joins it, it must read as a heading on one line too, so formatting is stable.
  const joined = joinHeadingLines(lineTexts(lines, s));
  return isPhrasePair(joined) || quoted(joined);
}

/** A heading's trimmed lines joined as its block joins them (see `headingBreak`). */
function joinHeadingLines(parts: string[]): string {
  const spaced = parts.some((t) => showsPhraseBreak(t, 0, t.length));
  let out = parts[0];
  for (let k = 1; k < parts.length; k++) out += headingBreak(spaced, out.charCodeAt(out.length - 1), parts[k].charCodeAt(0)) + parts[k];
  return out;
}

/** `“便民就医少跑腿”提升群众满意度`: a heading that opens with a quotation. */
function quoted(t: string): boolean {
  return t.trim().startsWith('“') && balancedQuotes(t);
}

function balancedQuotes(t: string): boolean {
  let depth = 0;
  for (const ch of t) {
    if (ch === '“') depth++;
    else if (ch === '”' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * `“最多跑一次”。医务人员对住院患者开启无缝衔接100%全程陪检。`: a lead sentence standing alone
 * (the caller checks that a level-1 heading of the same article comes before it).
 */
function isLevelTwoHeading(segs: Classified[], i: number): boolean {
  const s = segs[i];
  const t = s.joined;
  if (s.length > 80 || !/。$/.test(t) || /[，；：,;]/.test(t) || inkLength(t) > 40 || !standalone(segs, i)) return false;
  return t.startsWith('“') || t.includes('——');
}

/** Whether a paragraph segment is finished, so the text after a blank line starts a new one. */
export function finishesParagraph(s: Classified): boolean {
  return endsSentence(s.joined) || endsWithByline(s.joined);
}
