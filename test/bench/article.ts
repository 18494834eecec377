// Generates a long, realistic raw article as a PDF extraction gives it: a title, section
// headings, and distinct paragraphs hard-wrapped at a newspaper column width (14 to 22
// characters), blank lines between paragraphs, and the usual damage: a paragraph split by a
// stray blank line, a figure cut by a space or a line break, a space between two Han characters,
// a paragraph printed twice.
// The same size and seed always give the same text. Used by the benchmarks and the hostile tests.
import { createRandom, generateParagraphs } from '../unit/helpers/generate';

// Headings are made of three parts so that each is distinct (16 x 16 x 16 of them): a repeated
// heading would be reported as a duplicate, which a real article seldom has.
const HEAD_TOPICS = [...'党建学科人才智慧文化公益护理科研急救康复中医预防基层信息后勤服务'.match(/../g)!];
const HEAD_VERBS = [...'引领建设强院赋能铸魂担当提质创新攻坚融合升级惠民下沉聚力保障先行'.match(/../g)!];
const HEAD_GOALS = [
  '推动医院高质量发展', '提升医疗服务能力', '打造过硬医疗队伍', '改善群众就医体验', '助力分级诊疗', '凝聚干事创业合力',
  '守护群众健康', '迈向崭新院区', '筑牢安全防线', '擦亮健康品牌', '深化医改成效', '夯实发展根基', '书写为民答卷',
  '跑出加速度', '绘就新蓝图', '彰显责任担当',
];

function heading(n: number): string {
  return `${HEAD_TOPICS[n % 16]}${HEAD_VERBS[Math.floor(n / 16) % 16]} ${HEAD_GOALS[Math.floor(n / 256) % 16]}`;
}

/** Paragraphs generated per batch until the text is long enough (the generator keeps them distinct). */
const BATCH = 2_000;

/** Cuts a figure such as 1200张 with a space (12 00张) so the split-number rule has work to do. */
function cutFigure(p: string, random: () => number): string {
  const m = /\d{3,}/.exec(p);
  if (!m) return p;
  const at = m.index + 1 + Math.floor(random() * (m[0].length - 1));
  return p.slice(0, at) + ' ' + p.slice(at);
}

/** Hard-wraps one paragraph at a column width, as the PDF's text layer does. */
function wrap(p: string, width: number, random: () => number): string[] {
  const lines: string[] = [];
  let i = 0;
  while (i < p.length) {
    const w = width + (random() < 0.2 ? 1 : 0);
    let line = p.slice(i, i + w);
    if (/[\ud800-\udbff]$/.test(line)) line = p.slice(i, i + w + 1);
    lines.push(line);
    i += line.length;
  }
  return lines;
}

/**
 * About `bytes` UTF-8 bytes of raw article text (LF line breaks, ending with one). Each
 * paragraph gets its own column width in 14..22; 5% are split by a blank line, 5% have a
 * figure cut by a space, 3% a space between two Han characters, and 0.5% repeat one of the
 * 50 paragraphs before them.
 */
export function generateArticle(bytes: number, seed = 1): string {
  const random = createRandom(seed ^ 0x9e3779b9);
  const out: string[] = ['西峡县人民医院十年巨变纪实\n——凤凰涅槃佑民康\n\n'];
  let size = Buffer.byteLength(out[0], 'utf8');
  let headings = 0;
  const recent: string[] = [];
  for (let batch = 0; size < bytes; batch++) {
    for (const raw of generateParagraphs(BATCH, seed * 7919 + batch)) {
      if (size >= bytes) break;
      const block: string[] = [];
      if (random() < 0.06) block.push(heading(headings++), '');
      // a paragraph printed twice, as at a page break, now and then
      let p = recent.length > 0 && random() < 0.005 ? recent[Math.floor(random() * recent.length)] : raw;
      recent.push(raw);
      if (recent.length > 50) recent.shift();
      if (random() < 0.05) p = cutFigure(p, random);
      if (random() < 0.03) {
        const at = 2 + Math.floor(random() * Math.max(1, p.length - 4));
        if (/[\u4e00-\u9fff]{2}/.test(p.slice(at - 1, at + 1))) p = p.slice(0, at) + ' ' + p.slice(at);
      }
      const lines = wrap(p, 14 + Math.floor(random() * 9), random);
      if (lines.length > 2 && random() < 0.05) lines.splice(1 + Math.floor(random() * (lines.length - 1)), 0, '');
      block.push(...lines, '');
      const chunk = block.join('\n') + '\n';
      size += Buffer.byteLength(chunk, 'utf8');
      out.push(chunk);
    }
  }
  return out.join('');
}

/** UTF-8 size of a text in bytes. */
export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
