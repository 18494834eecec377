// A tiny article with one repeat of every kind, for the run that keeps the finder's hidden classes
// alive (see index.ts).
import type { DuplicateInput } from './types';

const HEADING = '一、智慧医院建设';
const A = '西峡县人民医院引进达芬奇手术机器人，累计完成手术326例。该院心血管内科主任王建国介绍，患者平均住院日缩短两天。';
const B = '该院党委书记表示，将坚持把党的建设作为医院的发展大计。全面促进医院高质量发展，让群众在家门口看好病。';
const C = '西峡县人民医院先后获得“全国优秀县级医院”等荣誉称号，儿科被评为省级临床重点专科，年门诊量突破百万人次。';
const C_CHANGED = C.replace('百万', '千万');

/** Blocks laid end to end, a blank line apart. */
function laidOut(items: [DuplicateInput['kind'], string][]): DuplicateInput[] {
  let offset = 0;
  return items.map(([kind, text]) => {
    const span = { start: offset, end: offset + text.length };
    offset = span.end + 2;
    return { kind, span, text };
  });
}

export const SAMPLE_ARTICLE: readonly DuplicateInput[] = laidOut([
  ['heading', HEADING],
  ['paragraph', A],
  ['paragraph', B],
  ['paragraph', C],
  ['heading', HEADING],
  ['paragraph', A],
  ['paragraph', B.slice(0, B.indexOf('。') + 1)],
  ['paragraph', C_CHANGED],
]);
