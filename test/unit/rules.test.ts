import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/analysis/analyse';
import { applyEdits, fixAllEdits } from '../../server/src/analysis/fixes';
import { RULES } from '../../server/src/analysis/rules';
import { withDefaults } from '../../server/src/analysis/settings';
import type { Finding, RuleId } from '../../server/src/analysis/types';

const of = (text: string, rule: RuleId): Finding[] => analyse(text).findings.filter((f) => f.rule === rule);
const fix = (text: string, f: Finding) => applyEdits(text, f.edits ?? []);
const slice = (text: string, f: Finding) => text.slice(f.span.start, f.span.end);

describe('the rule table', () => {
  it('has stable kebab-case ids, each once, with a description in both languages', () => {
    const ids = RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of RULES) {
      assert.match(r.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(r.description.en && /[\u4e00-\u9fff]/.test(r.description.zh), r.id);
    }
  });

  it('reports nothing for a rule whose severity is off', () => {
    const a = analyse('这十年，是医院干部职工砥砺\n\n奋进，提升。\n', { severity: { 'split-paragraph': 'off' } });
    assert.equal(a.findings.filter((f) => f.rule === 'split-paragraph').length, 0);
  });
});

describe('broken-wrap', () => {
  const text = '十年来，西峡县人民医院坚定不移\n地把党的政治建设摆在首位，进一步增\n强“四个意识”。\n\n第二段也被切开，\n成了两行。\n';
  it('reports one problem per damaged paragraph, over the whole paragraph', () => {
    const f = of(text, 'broken-wrap');
    assert.equal(f.length, 2);
    assert.equal(slice(text, f[0]), '十年来，西峡县人民医院坚定不移\n地把党的政治建设摆在首位，进一步增\n强“四个意识”。');
  });
  it('joins the lines with nothing between Chinese characters', () => {
    assert.equal(fix(text, of(text, 'broken-wrap')[0]).split('\n')[0], '十年来，西峡县人民医院坚定不移地把党的政治建设摆在首位，进一步增强“四个意识”。');
  });
  it('joins two Latin words with a space', () => {
    const t = '医院引进了 Magnetic\nResonance 设备，提升诊断水平。\n';
    assert.match(fix(t, of(t, 'broken-wrap')[0]), /Magnetic Resonance/);
  });
});

describe('split-paragraph', () => {
  it('finds the blank line inside 砥砺 … 奋进 and joins the sentence', () => {
    const t = '这十年，是医院干部职工砥砺\n\n奋进，医疗质量得到提升。\n';
    const [f] = of(t, 'split-paragraph');
    assert.equal(slice(t, f), '\n\n');
    assert.equal(fix(t, f), '这十年，是医院干部职工砥砺奋进，医疗质量得到提升。\n');
  });
  it('leaves a blank line after a finished sentence alone', () => {
    assert.equal(of('医院发展很快。\n\n新的一年开始了。\n', 'split-paragraph').length, 0);
  });
});

describe('split-number', () => {
  it('finds a date cut by spaces and a line break, and writes it in one piece', () => {
    const t = '西峡县人民医院成立于 1950 年 10\n月，是一家综合公立医院。\n';
    const [f] = of(t, 'split-number');
    assert.equal(slice(t, f), '1950 年 10\n月');
    assert.match(fix(t, f), /1950年10月/);
  });
  it('finds 600 万元 and leaves 600万元 alone', () => {
    assert.equal(slice('投资 600 万元建设病房。', of('投资 600 万元建设病房。', 'split-number')[0]), '600 万元');
    assert.equal(of('投资600万元建设病房。', 'split-number').length, 0);
  });
});

describe('cjk-space', () => {
  it('reports letter-spaced Chinese as one problem and removes every space', () => {
    const t = '医院坚持以患者为中心，不 断 提 升 患 者 就 医 体 验 感。\n';
    const f = of(t, 'cjk-space');
    assert.equal(f.length, 1);
    assert.match(fix(t, f[0]), /不断提升患者就医体验感。/);
  });
  it('removes the space between Chinese and an acronym or a digit, leaving the number to split-number', () => {
    const t = '开展急诊 PCI 手术，共 24 名医生参加。\n';
    const fixed = applyEdits(t, of(t, 'cjk-space').flatMap((f) => f.edits ?? []));
    assert.equal(fixed, '开展急诊PCI手术，共24 名医生参加。\n');
    assert.equal(slice(t, of(t, 'split-number')[0]), '24 名');
  });
  it('keeps the space between the two phrases of a heading and the names of a byline', () => {
    const t = '医院发展迅速，成绩喜人。\n\n党建引领 推动医院高质量发展\n\n□王正勋 侯林峰 郜秋娟 文/图\n\n医院坚持党建引领，推动发展。\n';
    assert.equal(of(t, 'cjk-space').length, 0);
  });
  it('keeps the spaces around an English word and inside a book title', () => {
    assert.equal(of('为事业的发展 and 人民的健康作出贡献。', 'cjk-space').length, 0);
    assert.equal(of('刊发了《西峡县：重塑复合型医疗卫生体系 打造紧密型县域医共体》。', 'cjk-space').length, 0);
  });
  it('counts a Han character beyond the Basic Multilingual Plane as Han, and quotes it whole', () => {
    // 𠀀 is one character written as a surrogate pair: the space after ")" touches it
    const t = '医院，) 𠀀发展。\n';
    const f = of(t, 'cjk-space');
    assert.equal(f.length, 1);
    assert.equal(fix(t, f[0]), '医院，)𠀀发展。\n');
    assert.match(f[0].message.en, /“\) 𠀀”/);
  });
  it('reports nothing when the policy keeps such spaces', () => {
    assert.equal(analyse('不 断 提 升 体 验。', { cjkSpace: 'keep' }).findings.filter((f) => f.rule === 'cjk-space').length, 0);
  });
});

describe('doubled-text', () => {
  const withTitle = (title: string) => `${title}\n——西峡县人民医院十年巨变纪实\n十年，在历史长河中，只是一瞬间。\n`;
  it('keeps one copy of a title written twice', () => {
    const t = withTitle('凤凰涅槃佑民康凤凰涅槃佑民康');
    const [f] = of(t, 'doubled-text');
    assert.equal(fix(t, f).split('\n')[0], '凤凰涅槃佑民康');
  });
  it('keeps one copy of each doubled chunk, quotes included', () => {
    const t = withTitle('让高质量发展成为让高质量发展成为““赶考赶考””路上的主旋律路上的主旋律');
    assert.equal(fix(t, of(t, 'doubled-text')[0]).split('\n')[0], '让高质量发展成为“赶考”路上的主旋律');
  });
  it('keeps the dash of a subtitle whose words are doubled', () => {
    const t = '让高质量发展成为“赶考”路上的主旋律\n——商丘市中心医院高质量发展侧记商丘市中心医院高质量发展侧记\n正文开始了，内容很多。\n';
    assert.equal(fix(t, of(t, 'doubled-text')[0]).split('\n')[1], '——商丘市中心医院高质量发展侧记');
  });
  it('leaves reduplicated words in body text alone', () => {
    assert.equal(of('方方面面的工作积极性，天天向上，一个个捷报。\n', 'doubled-text').length, 0);
  });
  // found by the long fuzz: once joined into one line, rid of its spaces or of the blank lines
  // before a subtitle, each reads as a heading, a caption or a title, and a second fix-all found
  // the doubled text the first one had not
  for (const t of ['》\n20212021\n文/图\n图片由1,000；', 'PCI\n\n\nPCI医院\n文/图\n……', '——医院\n西峡县人民医院西峡县人民医院  ……',
    '西峡县人民医院西峡县人民医院\n、\n\n\n——医院\n？']) {
    it(`checks a short paragraph that reads as a heading or caption once fixed: ${JSON.stringify(t)}`, () => {
      assert.equal(of(t, 'doubled-text').length, 1);
      const fixed = applyEdits(t, fixAllEdits(analyse(t), withDefaults({})));
      assert.deepEqual(fixAllEdits(analyse(fixed), withDefaults({})), []);
    });
  }
});

describe('halfwidth-punctuation', () => {
  it('finds half-width commas and brackets in Chinese text and offers the full-width form', () => {
    const t = '医院发展,人民健康(心血管介入)中心。';
    const f = of(t, 'halfwidth-punctuation');
    assert.deepEqual(f.map((x) => x.edits![0].newText), ['，', '（', '）']);
  });
  it('leaves numbers, times, URLs and English alone', () => {
    for (const t of ['投资1,000万元。', '面积14.2万平方米。', '配备3.0T磁共振。', '上午10:30开始。', '访问http://a.cn/x?y=1了解。', 'He said: yes, indeed!']) {
      assert.equal(of(t, 'halfwidth-punctuation').length, 0, t);
    }
  });
  it('is not part of fix-all', () => {
    const t = '医院发展,人民健康。\n';
    assert.equal(applyEdits(t, fixAllEdits(analyse(t), withDefaults({}))), t);
  });
});

describe('stray-latin', () => {
  it('finds a lone English word and offers 和 for and, outside fix-all', () => {
    const t = '为我市医疗卫生事业的发展 and 人民的身体健康作出了贡献。\n';
    const [f] = of(t, 'stray-latin');
    assert.equal(slice(t, f), 'and');
    assert.equal(applyEdits(t, f.options![0].edits), '为我市医疗卫生事业的发展和人民的身体健康作出了贡献。\n');
    assert.equal(applyEdits(t, fixAllEdits(analyse(t), withDefaults({}))), t);
  });
  it('leaves acronyms such as CT and PCI alone', () => {
    assert.equal(of('引进CT设备，开展PCI手术。', 'stray-latin').length, 0);
  });
});

describe('unbalanced-pair', () => {
  it('points at an opening quote that is never closed in its paragraph', () => {
    const t = '增强“四个意识，坚定“四个自信”。';
    const f = of(t, 'unbalanced-pair');
    assert.equal(f.length, 1);
    assert.equal(f[0].span.start, t.indexOf('“'));
  });
  it('is quiet on balanced quotes, book titles and brackets', () => {
    assert.equal(of('制定《“优质服务明星”评分细则》（试行），“两手抓”。', 'unbalanced-pair').length, 0);
  });
});

describe('large documents', () => {
  const para = '西峡县人民医院坚持党建引领，投资7亿元建设新院区，开放床位1200张，群众就医获得感持续增强。';
  const text = `${para}\n\n${para.replace('1200', '1300')}\n\n${para}\n`;
  it('step down past the size setting: no entities, no near repeats, exact repeats still found', () => {
    const a = analyse(text, { largeDocument: 10 });
    assert.equal(a.reduced, true);
    assert.equal(a.entities.length, 0);
    assert.deepEqual(a.findings.filter((f) => f.rule.includes('duplicate')).map((f) => f.rule), ['duplicate-paragraph']);
  });
  it('run every check below it', () => {
    const a = analyse(text);
    assert.equal(a.reduced, false);
    assert.ok(a.entities.length > 0);
    assert.deepEqual(a.findings.filter((f) => f.rule.includes('duplicate')).map((f) => f.rule).sort(), ['duplicate-paragraph', 'near-duplicate-paragraph']);
  });
});

describe('a rule that throws', () => {
  it('is isolated: the other rules still report and the error is told once', () => {
    const rule = RULES.find((r) => r.id === 'cjk-space')!;
    const original = rule.check;
    const errors: string[] = [];
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const a = analyse('这十年，是医院干部职工砥砺\n\n奋进，不 断 提 升。\n', {}, { onRuleError: (id) => errors.push(id) });
      assert.deepEqual(errors, ['cjk-space']);
      assert.ok(a.findings.some((f) => f.rule === 'split-paragraph'));
    } finally {
      rule.check = original;
    }
  });
});
