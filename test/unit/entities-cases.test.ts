// The entity core on small cases: the forms the issue names, the traps it lists, and offsets.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findChineseNumeralMetrics, findEntities, isImpossibleDate } from '../../server/src/analysis/entities';
import type { Entity, EntityKind } from '../../server/src/analysis/types';

const find = (text: string, hospitals: string[] = []): Entity[] => findEntities(text, { hospitals });
const of = (text: string, kind: EntityKind, hospitals: string[] = []): Entity[] => find(text, hospitals).filter((e) => e.kind === kind);
const textsOf = (text: string, kind: EntityKind): string[] => of(text, kind).map((e) => e.text);
const only = (text: string, kind: EntityKind, hospitals: string[] = []): Entity => {
  const found = of(text, kind, hospitals);
  assert.equal(found.length, 1, `one ${kind} in ${JSON.stringify(text)}, found ${JSON.stringify(found.map((e) => e.text))}`);
  return found[0];
};

describe('dates', () => {
  it('reads a full date written with spaces between its parts', () => {
    const text = '2021 年 10 月 14 日，搬迁开始。';
    const d = only(text, 'date');
    assert.deepEqual([d.text, d.iso, d.span], ['2021年10月14日', '2021-10-14', { start: 0, end: 16 }]);
  });

  it('reads a date cut by a hard wrap, and takes the year of 今年 from the latest year before it', () => {
    const d = of('2022年9月，签约。张老先生说。今年5\n月 8 日，新区门诊开诊。', 'date')[1];
    assert.deepEqual([d.text, d.iso, d.inferred], ['今年5月8日', '2022-05-08', true]);
  });

  it('takes the year of 11月7日 from the timeline before it, not from a later planned year', () => {
    const d = of('2023年10月31日，出诊。11月7日，康复出院。2024年，是攻坚之年。', 'date')[1];
    assert.deepEqual([d.text, d.iso, d.inferred], ['11月7日', '2023-11-07', true]);
  });

  it('writes a month-day with no year anywhere in the article as an ISO date without a year', () => {
    assert.equal(only('7月10日，核查组到西峡县。', 'date').iso, '--07-10');
  });

  it('reads year ranges, year-month ranges and parts of a year', () => {
    const text = '2018~2020 年全国先进；(2020-2025年)；2021年3月至5月；2021年年初；2023年，今年上半年';
    const iso = of(text, 'date').map((e) => `${e.text}=${e.iso}`);
    assert.deepEqual(iso, ['2018~2020年=2018/2020', '2020-2025年=2020/2025', '2021年3月至5月=2021-03/2021-05', '2021年年初=2021', '2023年=2023', '今年上半年=2023-01/2023-06']);
  });

  it('reads dates in Chinese numerals', () => {
    assert.deepEqual(of('二〇二一年十月，二〇二二年三月五日', 'date').map((e) => e.iso), ['2021-10', '2022-03-05']);
  });

  it('gives a lunar note in brackets the day of the date before it', () => {
    const [date, lunar] = of('2023年2月6日（正月十六），医院召开动员会', 'date');
    assert.equal(date.iso, '2023-02-06');
    assert.deepEqual([lunar.text, lunar.lunar, lunar.iso], ['正月十六', '正月十六', '2023-02-06']);
  });

  it('finds a lunar date marked as lunar, but not a Chinese-numeral phrase that only looks like one', () => {
    assert.deepEqual(textsOf('农历八月十五团圆，腊月二十三过小年', 'date'), ['农历八月十五', '腊月二十三']);
    assert.deepEqual(textsOf('一月一次例会', 'date'), []);
  });

  it('does not take vague periods, ordinal events or decades for dates', () => {
    assert.deepEqual(textsOf('近年来，十年来，多年来，第十八个世界肾病日，建党100周年，1990年代，2023年初步完成', 'date'), ['2023年']);
  });

  it('flags days no calendar has', () => {
    const flagged = (text: string): boolean => isImpossibleDate(only(text, 'date'));
    assert.equal(flagged('2021年2月30日'), true);
    assert.equal(flagged('4月31日'), true);
    assert.equal(flagged('2023年2月29日'), true);
    assert.equal(flagged('2024年2月29日'), false);
    assert.equal(flagged('2月29日'), false, 'a year-less 2月29日 may fall in a leap year');
    assert.equal(flagged('2021年10月14日'), false);
  });
});

describe('figures', () => {
  it('applies 万 and 亿 exactly and keeps the unit as written', () => {
    const m = of('投资7亿元，建筑面积14.2万平方米，5.8288万平方米，6.09万平方米，300余台(套)', 'metric');
    assert.deepEqual(m.map((e) => [e.text, e.value, e.unit]), [
      ['7亿元', 700000000, '元'], ['14.2万平方米', 142000, '平方米'], ['5.8288万平方米', 58288, '平方米'],
      ['6.09万平方米', 60900, '平方米'], ['300余台(套)', 300, '台(套)'],
    ]);
  });

  it('marks approximate figures, keeping 余 and 多 in the text but not 近, 约, 以上 or 左右', () => {
    const m = of('订单1万余张，服务近1万人次，约3000平方米，95%以上，97%左右，50多处，近3年，最近3天', 'metric');
    assert.deepEqual(m.map((e) => `${e.text}${e.approx ? '~' : ''}`), ['1万余张~', '1万人次~', '3000平方米~', '95%~', '97%~', '50多处~', '3年~', '3天']);
    assert.equal(m[0].value, 10000);
  });

  it('prefers the longest unit: 10个月 is months, 26场次 is sessions', () => {
    assert.deepEqual(of('短短10\n个月，召开专题会26\n场次', 'metric').map((e) => e.unit), ['个月', '场次']);
  });

  it('does not take ranks, names, codes, phone numbers or years for figures', () => {
    const text = '推进5G院前急救，拨打120，飞利浦3.0T核磁，GE4100血管机，第14批医疗队，5级电子病历，三级医院，第一责任人，“965557”平台，电话13800138000人，建党100周年，2021年';
    assert.deepEqual(textsOf(text, 'metric'), []);
  });

  it('lists Chinese-numeral figures apart, without slogans, named sets or articles', () => {
    const text = '地下两层，经过一周的照护，经过半年的奋战，细化六大项44个分项，“四个意识”，七项举措，一座堡垒，十年来，二〇二一年';
    assert.deepEqual(findChineseNumeralMetrics(text).map((e) => `${e.text}=${e.value}${e.unit}`), ['两层=2层', '一周=1周', '半年=0.5年', '六大项=6项']);
    assert.deepEqual(textsOf(text, 'metric'), ['44个']);
  });
});

describe('hospitals', () => {
  it('finds full names built from a place and an institution', () => {
    const text = '西峡县人民医院、平顶山市第二人民医院、商丘市中心医院、郑州大学第一附属医院、上海东方肝胆外科医院、广州医科大学附属第一医院、河南省人民医院';
    assert.deepEqual(textsOf(text, 'hospital'), text.split('、'));
  });

  it('finds university hospitals named after their university, with or without 附属', () => {
    const text = '四川大学华西医院、复旦大学附属中山医院、北京大学第一医院、徐州医科大学附属医院';
    assert.deepEqual(textsOf(text, 'hospital'), text.split('、'));
    assert.deepEqual(textsOf('郑州大学河南医学院将焦作市人民医院列为教学医院', 'hospital'), ['焦作市人民医院']);
  });

  it('ties short forms and branches to the full name the article gives', () => {
    const text = '平顶山市第二人民医院：新征程。市第二人民医院始建于1979年，下辖宝丰分院、新城区分院。远眺市二院';
    assert.deepEqual(of(text, 'hospital').map((e) => `${e.text}=${e.canonical}`), [
      '平顶山市第二人民医院=平顶山市第二人民医院', '市第二人民医院=平顶山市第二人民医院',
      '宝丰分院=平顶山市第二人民医院宝丰分院', '新城区分院=平顶山市第二人民医院新城区分院', '市二院=平顶山市第二人民医院',
    ]);
  });

  it('ties county short forms and township health centres to the article county', () => {
    const text = '西峡县人民医院帮扶县妇幼保健院，成员单位西坪镇卫生院、丁河镇卫生院通过验收';
    assert.deepEqual(of(text, 'hospital').map((e) => e.canonical), ['西峡县人民医院', '西峡县妇幼保健院', '西峡县西坪镇卫生院', '西峡县丁河镇卫生院']);
  });

  it('reads a bare 人民医院 as the article hospital, and only when the article names one', () => {
    assert.equal(of('焦作市人民医院新区门诊。以前要跑到老城区的人民医院看病', 'hospital')[1].canonical, '焦作市人民医院');
    assert.deepEqual(textsOf('以前要跑到老城区的人民医院看病', 'hospital'), []);
  });

  it('does not take anaphora, categories, honours, apps, schools or homes for hospitals', () => {
    const text =
      '该院、全院、医院、三级综合医院、国家爱婴医院、县医院、县级医院、河南省群众满意医院、全国优秀县级医院、焦作市龙头医院、南阳市三级医院授牌、' +
      '河南省医院行风建设先进单位、微信掌上医院、移动互联网医院、人防急救医院、郑州大学河南医学院教学医院、益年养老院、市儿童福利院、' +
      '16家乡镇卫生院、村卫生室、全省中医院、各县人民医院、国家呼吸医学中心';
    assert.deepEqual(textsOf(text, 'hospital'), []);
  });

  it('finds the names in the user dictionary, which the patterns alone would miss', () => {
    assert.deepEqual(textsOf('北京协和医院专家会诊', 'hospital'), []);
    const h = only('北京协和医院专家会诊', 'hospital', ['北京协和医院']);
    assert.deepEqual([h.text, h.canonical, h.span], ['北京协和医院', '北京协和医院', { start: 0, end: 6 }]);
  });
});

describe('offsets', () => {
  it('maps spans through CRLF line breaks', () => {
    const text = '西峡县人民\r\n医院成立于1950 年 10\r\n月，投资 600\r\n万元';
    for (const e of find(text)) assert.equal(text.slice(e.span.start, e.span.end).replace(/\s+/g, ''), e.text);
    assert.deepEqual(find(text).map((e) => e.text), ['西峡县人民医院', '1950年10月', '600万元']);
  });

  it('counts a surrogate pair before a mention as two UTF-16 units', () => {
    const text = '𠀀😀西峡县人民医院，投资7亿元';
    const [h, m] = find(text);
    assert.deepEqual([h.span, m.span], [{ start: 4, end: 11 }, { start: 14, end: 17 }]);
    assert.equal(text.slice(m.span.start, m.span.end), '7亿元');
  });

  it('returns entities sorted by start and never overlapping', () => {
    const text = '2021年10月14日，西峡县人民医院投资7亿元，2018~2020年，今年5月8日，1万余张，市二院';
    const spans = find(text).map((e) => e.span);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1].end <= spans[i].start, `entity ${i} overlaps the one before`);
  });

  it('keeps apart digits on two sides of a paragraph break', () => {
    assert.deepEqual(textsOf('共有5\n\n000人参加', 'metric'), []);
  });
});

describe('speed', () => {
  it('handles a 5 MB article and hostile runs of digits, names and numerals', () => {
    // As dense in entities as the sample articles: about one in 80 characters.
    const paragraph =
      '2021 年 10 月 14 日，搬迁开始。闫金伟及班子其他成员高度重视，研究制定《西峡县人民医院整体\n' +
      '搬迁方案》，成立搬迁领导小组，制订搬迁计划，提前组织各科室反复进行演练，确保工作顺利进行。为改善\n' +
      '人民群众就医条件，县委、县政府决定投资7亿元，打造一个集病房楼、门诊楼、感染楼、综合保障楼为一\n' +
      '体的现代化新院区，建筑面积14.2万平方米，开放床位1200张，“一车一患一医二护”全程护送。\n\n';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    // speed itself is measured by the benchmarks (npm run bench); here: big and hostile inputs
    // finish and give sensible results
    const found: Entity[] = find(text);
    assert.ok(found.length > 50_000);
    for (const hostile of ['1'.repeat(1e6), '人民医院'.repeat(2.5e5), '第一'.repeat(5e5), ' \n'.repeat(5e5), '镇'.repeat(1e6), '二〇'.repeat(5e5)]) {
      for (const e of find(hostile)) assert.ok(e.span.end <= hostile.length);
    }
  });
});
