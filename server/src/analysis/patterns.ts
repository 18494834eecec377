// The shapes of the lines a newspaper article is made of, told apart by their text alone.
import { isRegExpSpaceCode } from './charCodes';
import { endsSentence } from './text';

/** Characters that show a line is running text rather than a heading or a caption. */
const RUNNING_PUNCT = /[，。；：、！？,;!?]/;

/** `——西峡县人民医院十年巨变纪实`: a subtitle under a title. */
export function isSubtitleLine(text: string): boolean {
  if (!isDashCode(firstInkCode(text))) return false;
  const t = ink(text);
  return /^[—－-]{2}\S/.test(t) && t.length <= 60 && !/[。；]$/.test(t);
}

/** The words a subtitle ends on, naming the kind of piece: `——…十年巨变纪实`, `——…高质量发展侧记`. */
const SUBTITLE_GENRE = /(纪实|侧记|纪事|记事|综述|巡礼|掠影|速写|札记|手记|回眸|纪略)$/;

/**
 * Whether `next`, the line right under the subtitle line `subtitle`, is the rest of it, cut at the
 * line end (`——西峡县人民|医院十年巨变纪实`): the subtitle does not end on the word naming the
 * kind of piece, the next line does, and holds no running punctuation.
 */
export function continuesSubtitle(subtitle: string, next: string): boolean {
  const t = ink(next);
  if (t.length > 30 || RUNNING_PUNCT.test(t) || !SUBTITLE_GENRE.test(t) || SUBTITLE_GENRE.test(ink(subtitle))) return false;
  return isSubtitleLine(subtitle + next);
}

/** `□王正勋 侯林峰 郜秋娟 文/图`, `(本报记者 魏应欣)`, `本报通讯员 张三`. */
export function isBylineLine(text: string): boolean {
  if (text.length > 80 || !hasBylineEdge(text)) return false;
  const t = text.trim();
  // `本报记者 魏应欣)` closes a bracket the line above opened: the tail of a paragraph's byline
  if (t.length > 40 || /^[^（(]*[）)]\s*$/.test(t)) return false;
  return (
    /^[□■◎]\s*\S/.test(t) ||
    BYLINE_ROLE.test(t) ||
    /^[（(]\s*(本报)?(记者|通讯员|特约|实习生)[^）)]*[）)]$/.test(t) ||
    /^本报(记者|通讯员)\s*\S/.test(t)
  );
}

/** `文/图`, `摄影` closing a byline: what the names under it did. */
const BYLINE_ROLE = /(文\s*[\/／]\s*图|图\s*[\/／]\s*文|摄影?)\s*$/;

/**
 * Whether `next`, the line under the byline line `text`, holds the rest of it, up to the role that
 * closes it (`□王正勋 侯林峰|郜秋娟 文/图`, `□王正勋 侯林峰 郜秋娟|文/图`, `…郜秋娟 文/|图`).
 */
export function continuesByline(text: string, next: string): boolean {
  const t = text.trim();
  const n = next.trim();
  return /^[□■◎]/.test(t) && !BYLINE_ROLE.test(t) && !/^[□■◎]/.test(n) && BYLINE_ROLE.test(t + n) && isBylineLine(`${t} ${n}`);
}

/** `(本报记者 魏应欣)` at the end of a paragraph: a byline run inside it. */
export const TRAILING_BYLINE = /[（(]\s*(本报)?(记者|通讯员|特约)[^）()（]{1,30}[）)]\s*$/;

/** Whether text ends with a byline run; only its tail is searched, so long paragraphs cost little. */
export function endsWithByline(text: string): boolean {
  return TRAILING_BYLINE.test(text.length > 60 ? text.slice(-60) : text);
}

/** `图片由市第二人民医院提供`: a photo credit. */
export function isCreditLine(text: string): boolean {
  const first = firstInkCode(text);
  if (first !== 0x56fe && first !== 0x7167 && first !== 0x6444) return false; // 图 照 摄
  const t = ink(text);
  return t.length <= 40 && (/^(图片|照片|图)由.+提供$/.test(t) || /^(图|摄影|图片)[:：]\s*\S+$/.test(t));
}

/**
 * `平顶山市第二人民医院：奋力开启高质量发展新征程`: the title of one of several articles on a
 * page, an institution's name then a colon.
 */
export function isInstitutionTitle(text: string): boolean {
  // past 240 characters `ink` ends the text with a full stop, which rules a title out
  if (text.length > 240 || !/：/.test(text)) return false;
  const t = ink(text);
  if (t.length > 45 || endsSentence(t) || /[，,；]/.test(t)) return false;
  return /^\S{2,20}(医院|卫生院|中心|保健院|分院|集团|大学|委员会)：\S/.test(t);
}

/** No running-text punctuation, and not ending in a sentence: a heading, a title or a caption. */
export function hasNoRunningPunct(text: string): boolean {
  return !RUNNING_PUNCT.test(text);
}

/** Characters a hard-wrapped line often ends on mid-sentence, and a heading never does. */
const CONTINUATION_END = /[的地得了着过和与及或在上中下把被将对为从向以是等其之]$/;

export function endsLikeContinuation(text: string): boolean {
  return CONTINUATION_END.test(text.trim());
}

/**
 * `党建引领 推动医院高质量发展`: two (or three, for a heading once split over three lines)
 * phrases of two or more characters separated by spaces.
 */
export function isPhrasePair(text: string): boolean {
  return /^\S{2,16}(?:[ \u3000]+\S{2,20}){1,2}$/.test(text.trim());
}

/**
 * `党建引领 推动医院高质量发展` as a heading printed with no blank line around it must show itself:
 * stricter than `isPhrasePair`, two phrases of four characters or more, and no running punctuation.
 */
export function isTwoPhraseHeading(text: string): boolean {
  return /^\S{4,12}[ \u3000]\S{4,24}$/.test(text) && hasNoRunningPunct(text);
}

/**
 * The first character of `ink(text)` that is not whitespace, or -1: the cheap test that lets most
 * lines skip the patterns.
 */
function firstInkCode(text: string): number {
  const n = Math.min(text.length, 240);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isRegExpSpaceCode(c)) return c;
  }
  return -1;
}

/** — － - */
function isDashCode(c: number): boolean {
  return c === 0x2014 || c === 0xff0d || c === 0x2d;
}

/** A byline starts with □■◎（( or 本, or ends with 图, 摄 or 影 (whitespace aside). */
function hasBylineEdge(text: string): boolean {
  let first = 0;
  while (first < text.length && isRegExpSpaceCode(text.charCodeAt(first))) first++;
  if (first === text.length) return false;
  const c = text.charCodeAt(first);
  if (c === 0x25a1 || c === 0x25a0 || c === 0x25ce || c === 0xff08 || c === 0x28 || c === 0x672c) return true;
  let last = text.length - 1;
  while (isRegExpSpaceCode(text.charCodeAt(last))) last--;
  const d = text.charCodeAt(last);
  return d === 0x56fe || d === 0x6444 || d === 0x5f71;
}

/**
 * The text without whitespace, so a pattern reads the same before and after formatting. Long
 * texts are never one of the short shapes, so only their first characters are kept.
 */
function ink(text: string): string {
  return (text.length > 240 ? text.slice(0, 240) + '。' : text).replace(/\s+/g, '');
}

/** The count of non-whitespace characters. */
export function inkLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c !== 0x3000 && c !== 0xa0 && c !== 0xfeff) n++;
  }
  return n;
}
