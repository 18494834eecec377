// A seeded generator of article-like Chinese text (hospital news), for tests and benchmarks that
// need much more text than the samples. The same seed always gives the same text.

/** A seeded pseudo-random source in [0, 1) (mulberry32). */
export function createRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const between = (random: Random, lo: number, hi: number): number => lo + Math.floor(random() * (hi - lo + 1));

const HOSPITALS = [
  '西峡县人民医院', '平顶山市第二人民医院', '汝州市第一人民医院', '南阳市中心医院', '焦作市人民医院',
  '商丘市第一人民医院', '县妇幼保健院', '西坪镇卫生院', '市中医院', '淅川县人民医院', '邓州市人民医院',
];
const DEPARTMENTS = [
  '心血管内科', '神经外科', '急诊科', '重症医学科', '儿科', '妇产科', '骨科', '呼吸与危重症医学科', '肿瘤科',
  '消化内科', '康复医学科', '眼科', '口腔科', '麻醉科', '检验科', '影像中心', '胸痛中心', '卒中中心',
  '内分泌科', '泌尿外科', '肾内科', '普外科', '血液科', '感染性疾病科', '病理科', '超声科', '中医科', '疼痛科',
];
/** Words of hospital reporting; clauses are random runs of them, so distinct sentences share little. */
const WORDS = `
  坚持 党建 引领 深化 改革 创新 服务 模式 提升 医疗 质量 安全 水平 能力 建设 学科 人才 队伍 培养 引进
  开展 新技术 新项目 填补 空白 区域 龙头 辐射 带动 基层 群众 就医 体验 获得感 幸福感 满意度 便捷 高效
  智慧 医院 信息化 平台 互联网 远程 会诊 预约 诊疗 检查 检验 结果 互认 分级 医共体 医联体 协作
  帮扶 义诊 健康 教育 宣传 讲座 筛查 慢病 管理 签约 家庭 医生 公共卫生 应急 救治 急危重症 抢救 绿色通道
  手术 微创 介入 腔镜 机器人 精准 规范 流程 优化 再造 床位 病房 门诊 住院 患者 家属 护理 优质
  舒适 温馨 环境 改善 设施 设备 购置 更新 投入 资金 项目 工程 竣工 启用 搬迁 新院区 综合楼
  科研 论文 课题 专利 成果 奖项 荣誉 称号 表彰 先进 典型 模范 榜样 精神 文化 品牌 形象 口碑
  廉洁 作风 纪律 监督 考核 绩效 薪酬 激励 机制 制度 体系 标准 目标 任务 措施 举措 落实 推进
  全面 持续 不断 稳步 扎实 积极 主动 切实 有效 显著 明显 大幅 进一步 高质量 发展 新征程 新篇章
  初心 使命 担当 奉献 仁心 仁术 大爱 无疆 守护 生命 健康 中国 乡村 振兴 老龄 儿童 妇女 孕产妇
  新生儿 肿瘤 心脑血管 糖尿病 高血压 康复 中医药 特色 专科 联盟 专家 团队 骨干 青年 医师 护士
`.trim().split(/\s+/);
const CONNECTORS = ['同时', '此外', '与此同时', '目前', '截至目前', '据介绍', '近年来', '今年以来', '下一步', '在此基础上'];
const UNITS = ['台', '张', '人次', '例', '项', '个', '万元', '平方米', '名', '台(套)'];
const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建国红梅志新春晓燕文斌宇浩凯'];
/** Openings that many distinct paragraphs share, as in real reports about one hospital. */
const STOCK_OPENINGS = ['西峡县人民医院', '近年来，西峡县人民医院党委坚持以人民为中心，', '西峡县人民医院党委书记、院长闫金伟表示，'];
const ENDS = ['。', '。', '。', '。', '；', '！'];

function personName(random: Random): string {
  return pick(random, SURNAMES) + pick(random, GIVEN) + (random() < 0.6 ? pick(random, GIVEN) : '');
}

/** One clause: a few random words, sometimes with a name, a figure, a date or a department. */
function clause(random: Random): string {
  const parts: string[] = [];
  const extra = random();
  if (extra < 0.15) parts.push(pick(random, HOSPITALS));
  else if (extra < 0.25) parts.push(pick(random, DEPARTMENTS) + '主任' + personName(random));
  else if (extra < 0.35) parts.push(`${between(random, 2012, 2024)}年${between(random, 1, 12)}月`);
  for (let n = between(random, 2, 4); n > 0; n--) parts.push(pick(random, WORDS));
  if (random() < 0.2) parts.push(`${between(random, 2, 9999)}${pick(random, UNITS)}`);
  return parts.join('');
}

/** One sentence of 2 to 4 clauses; `opening` replaces its first clause. */
function sentence(random: Random, opening?: string): string {
  const clauses = [opening ?? (random() < 0.2 ? pick(random, CONNECTORS) : clause(random))];
  for (let n = between(random, 1, 3); n > 0; n--) clauses.push(clause(random));
  const text = clauses.join('，') + pick(random, ENDS);
  return random() < 0.05 ? `“${text}”` : text;
}

export interface GenerateOptions {
  /** Share of paragraphs that open with a stock phrase such as 西峡县人民医院; default 0.4. */
  stockShare?: number;
  /** Sentences per paragraph; default 1..5. */
  minSentences?: number;
  maxSentences?: number;
}

/** `count` distinct article-like paragraphs (no two equal), each one line without breaks. */
export function generateParagraphs(count: number, seed: number, options: GenerateOptions = {}): string[] {
  const random = createRandom(seed);
  const { stockShare = 0.4, minSentences = 1, maxSentences = 5 } = options;
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < count) {
    const opening = random() < stockShare ? pick(random, STOCK_OPENINGS) : undefined;
    const n = between(random, minSentences, maxSentences);
    let p = sentence(random, opening?.replace(/，$/, ''));
    for (let k = 1; k < n; k++) p += sentence(random);
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p);
  }
  return out;
}

/** Han characters the generator never writes, so an edit with one always changes the text. */
const EDIT_CHARACTERS = [...'甲乙丙丁戊己庚辛壬癸'];

/**
 * The text wrapped again as a PDF extraction would: lines of 12 to 24 characters, sometimes
 * indented, with CRLF or LF breaks and stray spaces.
 */
export function rewrap(text: string, random: Random): string {
  let out = random() < 0.5 ? '  ' : '';
  let i = 0;
  while (i < text.length) {
    const width = between(random, 12, 24);
    let line = text.slice(i, i + width);
    // never cut a surrogate pair
    if (/[\ud800-\udbff]$/.test(line)) line = text.slice(i, i + width + 1);
    i += line.length;
    if (random() < 0.2) {
      const at = /[\udc00-\udfff]/.test(line.charAt(3)) ? 4 : 3;
      line = line.slice(0, at) + ' ' + line.slice(at);
    }
    out += line + (i < text.length ? (random() < 0.3 ? '\r\n' : '\n') : '');
  }
  return out;
}

export type RepeatKind = 'exact' | 'rewrapped' | 'partial' | 'near';

/** A copy inserted by `generateWithRepeats`: what it is and the index of its first copy. */
export interface InjectedRepeat {
  kind: RepeatKind;
  source: number;
}

/** Sentences as the duplicate finder splits them: up to 。！？； and the closing quotes after. */
function sentencesOf(p: string): string[] {
  return p.match(/[^。！？；]+[。！？；]+[”’）)」』】》]*/g) ?? [p];
}

/** Changes, adds or removes one Han character. */
function editOnce(text: string, random: Random): string {
  let at: number;
  do at = Math.floor(random() * text.length);
  while (!/[\u4e00-\u9fff]/.test(text[at]));
  const what = random();
  if (what < 0.5) {
    let ch: string;
    do ch = pick(random, EDIT_CHARACTERS);
    while (ch === text[at]);
    return text.slice(0, at) + ch + text.slice(at + 1);
  }
  if (what < 0.75) return text.slice(0, at) + pick(random, EDIT_CHARACTERS) + text.slice(at);
  return text.slice(0, at) + text.slice(at + 1);
}

/** A copy of `text` of the given kind; `partial` keeps the first one or more sentences. */
function copyOf(text: string, kind: RepeatKind, random: Random): string {
  const s = sentencesOf(text);
  if (kind === 'exact') return text;
  if (kind === 'rewrapped') return rewrap(text, random);
  if (kind === 'partial') return s.slice(0, 1 + Math.floor(random() * (s.length - 1))).join('');
  return editOnce(text, random);
}

/**
 * `count` distinct paragraphs with `perKind` copies of each kind inserted further on: exact,
 * rewrapped, the first sentences only, and one character changed, added or lost. `expected`
 * maps the index of each copy in `texts` to its kind and the index of its first copy.
 */
export function generateWithRepeats(count: number, perKind: number, seed: number, options: GenerateOptions = {}) {
  const random = createRandom(seed ^ 0x5bd1e995);
  const originals = generateParagraphs(count, seed, options);
  const used = new Set<number>();
  /** Copies to insert after original t. */
  const after = new Map<number, InjectedRepeat[]>();
  for (const kind of ['exact', 'rewrapped', 'partial', 'near'] as const) {
    for (let n = 0; n < perKind; ) {
      const source = Math.floor(random() * count * 0.9);
      const s = sentencesOf(originals[source]);
      if (used.has(source) || (kind === 'partial' && (s.length < 2 || s[0].length < 12))) continue;
      used.add(source);
      n++;
      const t = source + Math.floor(random() * (count - source));
      after.set(t, [...(after.get(t) ?? []), { kind, source }]);
    }
  }
  const texts: string[] = [];
  const position: number[] = [];
  const expected = new Map<number, InjectedRepeat>();
  originals.forEach((p, t) => {
    position[t] = texts.length;
    texts.push(p);
    for (const copy of after.get(t) ?? []) {
      expected.set(texts.length, { kind: copy.kind, source: position[copy.source] });
      texts.push(copyOf(originals[copy.source], copy.kind, random));
    }
  });
  return { texts, expected };
}

/** Printed width in Han-character units: half for ASCII and for the quotes typesetting compresses. */
function printedWidth(ch: string): number {
  return /^[\x20-\x7e“”‘’（）《》]$/.test(ch) ? 0.5 : 1;
}

/**
 * A clean article (blocks apart by blank lines) printed and extracted again: each block cut into
 * lines of a column 14 to 30 characters wide, its first line indented by two characters that the
 * extraction drops, and at each page end a form feed and, sometimes, a new column width. A line
 * may break anywhere, inside a number or an abbreviation too, as Chinese typesetting does.
 */
export function reextract(clean: string, random: Random): string {
  const out: string[] = [];
  let width = between(random, 14, 30);
  const pageLines = between(random, 30, 60);
  const push = (line: string) => {
    out.push(line);
    if (out.length % pageLines !== 0) return;
    out.push('\f');
    if (random() < 0.5) width = between(random, 14, 30);
  };
  clean.replace(/\n+$/, '').split(/\n\n/).forEach((block, k) => {
    if (k > 0) push('');
    const chars = [...block];
    let i = 0;
    while (i < chars.length) {
      let room = i === 0 ? width - 2 : width;
      let n = 0;
      while (i + n < chars.length && room >= printedWidth(chars[i + n])) room -= printedWidth(chars[i + n++]);
      const line = chars.slice(i, i + Math.max(1, n)).join('');
      i += Math.max(1, n);
      push(line);
    }
  });
  return out.join('\n') + '\n';
}
