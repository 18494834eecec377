import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDuplicates, type Duplicate, type DuplicateInput } from '../../server/src/analysis/duplicates';
import type { BlockKind } from '../../server/src/analysis/types';
import { generateParagraphs, generateWithRepeats, type RepeatKind } from './helpers/generate';

const options = { nearThreshold: 0.8 };

/** Blocks laid end to end, separated by blank lines; a block is `text` or `[kind, text]`. */
function blocks(...items: (string | [BlockKind, string])[]): DuplicateInput[] {
  let offset = 0;
  return items.map((item) => {
    const [kind, text] = typeof item === 'string' ? (['paragraph', item] as const) : item;
    const span = { start: offset, end: offset + text.length };
    offset = span.end + 2;
    return { kind, span, text };
  });
}

/** The findings as `rule index<-first`, for messages that say what was found. */
const brief = (dups: Duplicate[]) => dups.map((d) => `${d.rule} ${d.index}<-${d.first}`);

const A = '西峡县人民医院引进达芬奇手术机器人，累计完成手术326例。该院心血管内科主任王建国介绍，机器人投入使用后，患者平均住院日缩短两天。';
const B = '2021年是“十四五”规划的开局之年，该院党委书记表示，将坚持把党的建设作为医院的发展大计，全面促进医院高质量发展。';
const C = '西峡县人民医院先后获得“全国优秀县级医院”“河南省群众满意医院”等荣誉称号，儿科被评为省级临床重点专科。';

describe('exact repeats', () => {
  it('flags a paragraph repeated word for word, pointing at the first copy', () => {
    const dups = findDuplicates(blocks(A, B, A), options);
    assert.deepEqual(dups, [{ rule: 'duplicate-paragraph', index: 2, first: 0, similarity: 1, removable: true }]);
  });

  it('ignores whitespace and line breaks, so a copy wrapped differently (CRLF, spaces) is exact', () => {
    const wrapped = '西峡县人民医院引进达芬奇手术机器人，\r\n累计完成手术 326 例。\n该院心血管内科主任王建国\r\n介绍，机器人投入使用后，　患者平均住院日缩短两天。';
    assert.deepEqual(brief(findDuplicates(blocks(A, wrapped), options)), ['duplicate-paragraph 1<-0']);
  });

  it('points every later copy of a paragraph repeated four times at the first copy', () => {
    assert.deepEqual(brief(findDuplicates(blocks(B, A, B, B, C, B), options)), [
      'duplicate-paragraph 2<-0',
      'duplicate-paragraph 3<-0',
      'duplicate-paragraph 5<-0',
    ]);
  });

  it('does not compare paragraphs under 8 characters, captions, bylines or credits', () => {
    const items: [BlockKind, string][] = [
      ['paragraph', '详见下图。'],
      ['caption', '西峡县人民医院新貌'],
      ['byline', '(本报记者 魏应欣)'],
      ['credit', '图片由西峡县人民医院提供'],
    ];
    assert.deepEqual(findDuplicates(blocks(...items, ...items), options), []);
  });
});

describe('repeated headings and sections', () => {
  it('flags a repeated heading', () => {
    const dups = findDuplicates(blocks(['heading', '智慧医院 惠及患者'], A, ['heading', '智慧医院  惠及患者'], C), options);
    assert.deepEqual(dups, [{ rule: 'duplicate-heading', index: 2, first: 0, similarity: 1, removable: true }]);
  });

  it('reports the end of a section whose heading and paragraphs repeat an earlier section', () => {
    const first = '随着现代信息技术在医疗领域的不断开发与应用，该院率先推出互联网医院。';
    const dups = findDuplicates(
      blocks(['heading', '智慧医院 惠及患者'], first + C, A, B, ['heading', '智慧医院 惠及患者'], first, B, B, A),
      options,
    );
    assert.deepEqual(brief(dups), [
      'duplicate-heading 4<-0',
      'partial-duplicate 5<-1',
      'duplicate-paragraph 6<-3',
      'duplicate-paragraph 7<-3',
      'duplicate-paragraph 8<-2',
    ]);
    assert.equal(dups[0].sectionEnd, 8);
  });

  it('reports no section when the paragraph after a repeated heading is new', () => {
    const dups = findDuplicates(blocks(['heading', '智慧医院 惠及患者'], A, ['heading', '智慧医院 惠及患者'], B), options);
    assert.equal(dups[0].sectionEnd, undefined);
  });

  it('does not take short headings for repeats (前言 in two articles)', () => {
    assert.deepEqual(findDuplicates(blocks(['heading', '前言'], A, ['heading', '前言'], B), options), []);
  });
});

describe('partial repeats', () => {
  it('flags a paragraph that is the first sentence of an earlier one, as removable', () => {
    const dups = findDuplicates(blocks(A, B, '西峡县人民医院引进达芬奇手术机器人，\n累计完成手术326例。'), options);
    assert.equal(dups.length, 1);
    assert.equal(dups[0].rule, 'partial-duplicate');
    assert.equal(dups[0].first, 0);
    assert.equal(dups[0].removable, true);
    assert.ok(dups[0].similarity > 0.3 && dups[0].similarity < 0.6, `similarity ${dups[0].similarity}`);
  });

  it('flags a paragraph that holds a whole earlier paragraph, as not removable', () => {
    const dups = findDuplicates(blocks(B, A, C + B), options);
    assert.deepEqual(brief(dups), ['partial-duplicate 2<-0']);
    assert.equal(dups[0].removable, false);
  });

  it('does not flag a leading part cut inside a sentence', () => {
    assert.deepEqual(findDuplicates(blocks(A, '西峡县人民医院引进达芬奇手术机器人，'), options), []);
  });
});

describe('near repeats', () => {
  it('flags a copy with one character changed and says what differs', () => {
    const changed = A.replace('326', '328');
    const dups = findDuplicates(blocks(A, B, changed), options);
    assert.equal(dups.length, 1);
    const d = dups[0];
    assert.equal(d.rule, 'near-duplicate-paragraph');
    assert.equal(d.first, 0);
    assert.equal(d.removable, false);
    assert.ok(d.similarity > 0.95, `similarity ${d.similarity}`);
    assert.deepEqual(d.differences, [{ later: '8', first: '6' }]);
  });

  it('describes a lost and an added character', () => {
    const changed = A.replace('累计完成', '累计完').replace('患者平均', '患者的平均');
    const [d] = findDuplicates(blocks(A, changed), options);
    assert.equal(d.rule, 'near-duplicate-paragraph');
    assert.deepEqual(d.differences, [
      { later: '', first: '成' },
      { later: '的', first: '' },
    ]);
  });

  it('never cuts a surrogate pair when it describes a change (𠀀 to 𠀁)', () => {
    const withAstral = A.replace('王建国', '王𠀀国');
    const [d] = findDuplicates(blocks(withAstral, A.replace('王建国', '王𠀁国')), options);
    assert.deepEqual(d.differences, [{ later: '𠀁', first: '𠀀' }]);
  });

  it('does not take paragraphs sharing the stock opening 西峡县人民医院 for near repeats', () => {
    const stock = ['西峡县人民医院荣获全国优秀县级医院称号。', '西峡县人民医院新建门诊医技综合楼投入使用。', '西峡县人民医院与郑州大学第一附属医院签订合作协议。'];
    assert.deepEqual(findDuplicates(blocks(...stock, A, C), options), []);
  });

  it('flags a one-character change in a very long paragraph (a whole article in one block)', () => {
    const long = generateParagraphs(60, 5).join('');
    const changed = long.slice(0, 2000) + '癸' + long.slice(2001);
    const [d] = findDuplicates(blocks(long, B, changed), options);
    assert.equal(d?.rule, 'near-duplicate-paragraph');
    assert.deepEqual(d.differences, [{ later: '癸', first: long[2000] }]);
  });

  it('obeys the threshold', () => {
    const changed = A.replace('达芬奇手术机器人', '腔镜微创手术系统');
    assert.equal(findDuplicates(blocks(A, changed), { nearThreshold: 0.8 }).length, 1);
    assert.equal(findDuplicates(blocks(A, changed), { nearThreshold: 0.95 }).length, 0);
  });
});

const RULE_OF: Record<RepeatKind, Duplicate['rule']> = {
  exact: 'duplicate-paragraph',
  rewrapped: 'duplicate-paragraph',
  partial: 'partial-duplicate',
  near: 'near-duplicate-paragraph',
};

describe('generated text with injected repeats', () => {
  const { texts, expected } = generateWithRepeats(4000, 200, 20240601);
  const dups = findDuplicates(blocks(...texts), options);
  const found = new Map(dups.map((d) => [d.index, d]));
  const rate = (kind: RepeatKind) => {
    const copies = [...expected].filter(([, e]) => e.kind === kind);
    const hits = copies.filter(([i, e]) => found.get(i)?.rule === RULE_OF[kind] && found.get(i)?.first === e.source);
    return { hits: hits.length, total: copies.length, misses: copies.filter((c) => !hits.includes(c)).map(([i]) => i) };
  };

  it('finds every exact and rewrapped repeat, pointing at its first copy', (t) => {
    for (const kind of ['exact', 'rewrapped'] as const) {
      const r = rate(kind);
      t.diagnostic(`${kind}: ${r.hits}/${r.total}`);
      assert.deepEqual(r.misses, [], `${kind} repeats missed`);
    }
  });

  it('finds every first-sentences repeat as a removable partial repeat', (t) => {
    const r = rate('partial');
    t.diagnostic(`partial: ${r.hits}/${r.total}`);
    assert.deepEqual(r.misses, []);
    for (const [i, e] of expected) if (e.kind === 'partial') assert.equal(found.get(i)?.removable, true);
  });

  it('finds at least 95% of the one-character near repeats', (t) => {
    const r = rate('near');
    t.diagnostic(`near: ${r.hits}/${r.total} (${((100 * r.hits) / r.total).toFixed(1)}%)`);
    assert.ok(r.hits / r.total >= 0.95, `only ${r.hits}/${r.total} near repeats found`);
  });

  it('raises no false alarm on the distinct paragraphs', (t) => {
    const alarms = dups.filter((d) => !expected.has(d.index));
    t.diagnostic(`false alarms: ${alarms.length} among ${texts.length - expected.size} distinct paragraphs`);
    assert.deepEqual(alarms.map((d) => `${d.rule} ${texts[d.index]} <- ${texts[d.first]}`), []);
  });
});
