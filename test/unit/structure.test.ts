import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/analysis/analyse';
import { applyEdits, fixAllEdits } from '../../server/src/analysis/fixes';
import { withDefaults } from '../../server/src/analysis/settings';
import type { Span } from '../../server/src/analysis/types';
import { samples, noWs } from './helpers/samples';
import { createRandom, reextract } from './helpers/generate';

describe('article structure on the five samples, against the gold', () => {
  for (const s of samples()) {
    const a = analyse(s.raw);
    const headings = a.blocks.filter((b) => b.kind === 'heading');
    /** The block's text once the doubled-text fix, if any, is applied. */
    const undoubled = (span: Span) => {
      const f = a.findings.find((x) => x.rule === 'doubled-text' && x.span.start === span.start);
      return noWs(applyEdits(s.raw, f?.edits ?? []).slice(span.start, span.end - (f ? s.raw.length - applyEdits(s.raw, f.edits ?? []).length : 0)));
    };

    it(`${s.name}: finds every gold heading with its level`, () => {
      for (const g of s.gold.headings) {
        const found = headings.find((h) => noWs(h.text) === noWs(g.text));
        assert.ok(found, `heading not found: ${g.text}`);
        assert.equal(found.level, g.level, `level of ${g.text}`);
      }
    });

    it(`${s.name}: takes no body paragraph for a heading`, () => {
      const gold = new Set(s.gold.headings.map((h) => noWs(h.text)));
      const extra = headings.filter((h) => !gold.has(noWs(h.text)));
      // a repeated heading (002 repeats one) is still a heading
      assert.deepEqual(extra.map((h) => h.text).filter((t) => !gold.has(noWs(t))), []);
    });

    it(`${s.name}: finds the titles, subtitles and bylines of every article`, () => {
      assert.equal(a.articles.length, s.gold.articles.length, 'number of articles');
      s.gold.articles.forEach((g, k) => {
        const art = a.articles[k];
        const title = art.title !== undefined ? a.blocks[art.title] : undefined;
        const subtitle = art.subtitle !== undefined ? a.blocks[art.subtitle] : undefined;
        // a doubled title is found as a title; the doubled-text rule reduces it to the gold text
        if (g.title) assert.equal(title && undoubled(title.span), noWs(g.title));
        else assert.equal(title, undefined);
        if (g.subtitle) assert.equal(subtitle && undoubled(subtitle.span), noWs(g.subtitle));
        else assert.equal(subtitle, undefined);
        if (g.byline) assert.equal(art.byline && noWs(s.raw.slice(art.byline.start, art.byline.end)), noWs(g.byline));
      });
    });

    it(`${s.name}: finds every caption and photo credit, and nothing else as one`, () => {
      const captions = a.blocks.filter((b) => b.kind === 'caption').map((b) => noWs(b.text));
      assert.deepEqual(captions, s.gold.captions.map(noWs));
      const credits = a.blocks.filter((b) => b.kind === 'credit').map((b) => noWs(b.text));
      assert.deepEqual(credits, (s.gold.photo_credits ?? []).map(noWs));
    });

    it(`${s.name}: every block span holds exactly the block's characters`, () => {
      for (const b of a.blocks) assert.equal(noWs(s.raw.slice(b.span.start, b.span.end)), noWs(b.text));
    });
  }
});

describe('the samples printed and extracted again at other column widths', () => {
  it('fix-all gives back at least 99% of the gold blocks whole, 20 printings of each sample', () => {
    let whole = 0;
    let all = 0;
    for (const s of samples()) {
      const gold = s.clean.replace(/\n+$/, '').split('\n\n');
      for (let seed = 1; seed <= 20; seed++) {
        const raw = reextract(s.clean, createRandom(seed));
        const blocks = new Set(applyEdits(raw, fixAllEdits(analyse(raw), withDefaults({}))).replace(/\n+$/, '').split('\n\n'));
        whole += gold.filter((b) => blocks.has(b)).length;
        all += gold.length;
      }
    }
    assert.ok(whole / all >= 0.99, `${whole} of ${all} gold blocks whole`);
  });

  it('002: both institution titles come out whole, however their lines were cut', () => {
    const s = samples().find((x) => x.name.startsWith('002'))!;
    const titles = s.gold.articles.map((x) => x.title!);
    assert.equal(titles.length, 2);
    for (let seed = 1; seed <= 12; seed++) {
      const a = analyse(reextract(s.clean, createRandom(seed)));
      assert.deepEqual(a.articles.map((x) => (x.title === undefined ? undefined : a.blocks[x.title].text)), titles, `seed ${seed}`);
    }
  });

  for (const s of samples()) {
    it(`${s.name}: every number and abbreviation of the gold text comes out whole`, () => {
      const words = (t: string) => t.match(/[0-9A-Za-z.]+/g) ?? [];
      for (let seed = 1; seed <= 8; seed++) {
        const raw = reextract(s.clean, createRandom(seed));
        const fixed = applyEdits(raw, fixAllEdits(analyse(raw), withDefaults({})));
        assert.deepEqual(words(fixed), words(s.clean), `seed ${seed}`);
      }
    });
  }
});

describe('structure of hand-made articles', () => {
  const para = (n: number) => '医院坚持党建引领推动高质量发展，不断提升服务能力和水平，群众就医获得感持续增强。'.repeat(n);
  const wrap = (s: string, w: number) => s.match(new RegExp(`.{1,${w}}`, 'gu'))!.join('\n');

  it('joins a paragraph wrapped at any column width into one block', () => {
    for (const w of [9, 14, 23]) {
      const a = analyse(wrap(para(2), w) + '\n');
      assert.equal(a.blocks.length, 1, `width ${w}`);
      assert.equal(a.blocks[0].text, para(2));
    }
  });

  it('joins a sentence cut by a blank line and keeps a paragraph that ends a sentence apart', () => {
    const a = analyse('医院干部职工砥砺\n\n奋进，取得成绩。\n\n新的一段开始了，继续努力。\n');
    assert.deepEqual(a.blocks.map((b) => b.text), ['医院干部职工砥砺奋进，取得成绩。', '新的一段开始了，继续努力。']);
    assert.equal(a.blocks[0].joins[0].kind, 'blank');
  });

  it('reads a heading split over two short lines as one heading joined with a space', () => {
    const text = `${wrap(para(2), 16)}\n\n坚持党建引领\n为高质量发展稳舵导航\n\n${wrap(para(3), 16)}\n`;
    const h = analyse(text).blocks.filter((b) => b.kind === 'heading');
    assert.deepEqual(h.map((b) => [b.text, b.level]), [['坚持党建引领 为高质量发展稳舵导航', 1]]);
  });

  it('joins a heading split inside a phrase with nothing, keeping the one space between its phrases', () => {
    for (const [printed, heading] of [
      ['整体搬迁 乘\n势而上启新程', '整体搬迁 乘势而上启新程'],
      ['党建引领 推动\n医院高质量发展', '党建引领 推动医院高质量发展'],
      ['“便民就医少跑腿\n”提升群众满意度', '“便民就医少跑腿”提升群众满意度'],
      // the quotation is the first phrase: a break after it falls inside the second
      ['“便民就医少跑腿”提升群众满意\n度', '“便民就医少跑腿”提升群众满意度'],
      ['“便民就医少跑腿”\n提升群众满意度', '“便民就医少跑腿”提升群众满意度'],
    ]) {
      const text = `${wrap(para(2), 16)}\n\n${printed}\n\n${wrap(para(3), 16)}\n`;
      const a = analyse(text);
      assert.deepEqual(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text), [heading], printed);
      assert.equal(applyEdits(text, fixAllEdits(a, withDefaults({}))).split('\n\n')[1], heading);
    }
  });

  it('keeps offsets right with CRLF line ends and a surrogate pair before a block', () => {
    const text = '𠀀𠀀医院坚持党建引领，\r\n推动发展。\r\n\r\n党建引领 推动医院高质量发展\r\n\r\n医院不断提升服务，群众满意。\r\n';
    const a = analyse(text);
    assert.equal(a.blocks[0].text, '𠀀𠀀医院坚持党建引领，推动发展。');
    assert.equal(text.slice(a.blocks[0].joins[0].span.start, a.blocks[0].joins[0].span.end), '\r\n');
    const h = a.blocks.find((b) => b.kind === 'heading')!;
    assert.equal(text.slice(h.span.start, h.span.end), '党建引领 推动医院高质量发展');
  });

  it('treats a form feed at a page end as a break inside the sentence', () => {
    const a = analyse('医院干部职工砥砺\n\f\n奋进，取得成绩。\n');
    assert.equal(a.blocks.length, 1);
    assert.equal(a.blocks[0].text, '医院干部职工砥砺奋进，取得成绩。');
  });

  it('keeps closing punctuation pushed to the start of the next line in its sentence', () => {
    const a = analyse('医院坚持党建引领推动高质量发展\n。相城区卫生健康委员会表示支持。\n');
    assert.equal(noWs(a.blocks.map((b) => b.text).join('')), '医院坚持党建引领推动高质量发展。相城区卫生健康委员会表示支持。');
    assert.equal(a.blocks[0].text.startsWith('医院坚持党建引领推动高质量发展。'), true);
  });

  it('joins letters and digits cut at the column width of Chinese text with nothing, and English lines with a space', () => {
    const text = '医院设有3\n5个临床科室，处方合格率为99.7\n3%，召开“V\nTE中心”建设推进会，2021年至20\n23年，推动事业的发展 a\nnd 人民的健康。\n';
    const a = analyse(text);
    assert.equal(a.blocks.length, 1);
    assert.equal(a.blocks[0].text, '医院设有35个临床科室，处方合格率为99.73%，召开“VTE中心”建设推进会，2021年至2023年，推动事业的发展 and 人民的健康。');
    assert.equal(applyEdits(text, fixAllEdits(a, withDefaults({}))), a.blocks[0].text + '\n');
    // an English word set apart by a space on one side had one on the other, which the break took
    for (const [printed, joined] of [
      ['提升医院发展的软实力 and\n内动力。', '提升医院发展的软实力 and 内动力。'],
      ['为事业的发展\nand 人民的健康作出贡献。', '为事业的发展 and 人民的健康作出贡献。'],
      ['患者行CT\n检查后住院。', '患者行CT检查后住院。'],
    ]) {
      assert.deepEqual(analyse(`${printed}\n`).blocks.map((b) => b.text), [joined]);
    }
    const english = analyse('医院新闻\n\nThe team discussed the plan for\nthe next release of the system.\n', { plaintext: 'always' });
    assert.equal(english.blocks.at(-1)!.text, 'The team discussed the plan for the next release of the system.');
  });

  it('does not end a paragraph at a sentence end whose closing quote or ellipsis was pushed to the next line', () => {
    const quoted = '他说：“各部门要统一思想，确保全县医共体建设工作良性运转。\n”西峡县医共体建设取得成效。\n';
    assert.deepEqual(analyse(quoted).blocks.map((b) => b.text), ['他说：“各部门要统一思想，确保全县医共体建设工作良性运转。”西峡县医共体建设取得成效。']);
    const ellipsis = '这十年，是全县人民值得记忆、就医获得感幸福感逐渐增强的十年…\n…\n\n如今，医院正扬帆起航。\n';
    assert.deepEqual(analyse(ellipsis).blocks.map((b) => b.text), ['这十年，是全县人民值得记忆、就医获得感幸福感逐渐增强的十年……', '如今，医院正扬帆起航。']);
  });

  it('reads a full line whose closing mark hangs in the margin as going on into the next line', () => {
    // column 19: the first line lost its two-character indent, the second's 。 hangs past the
    // column, and the third is half a unit short because its Latin letters left slack
    const text = '经过半年的奋战，西峡县人民医院上交\n了临床服务“五大中心”建设的“第一张答卷”。\n“VTE中心”通过评审验收，这个振奋人心的\n捷报让他们信心倍增。\n';
    assert.deepEqual(analyse(text).blocks.map((b) => b.text), ['经过半年的奋战，西峡县人民医院上交了临床服务“五大中心”建设的“第一张答卷”。“VTE中心”通过评审验收，这个振奋人心的捷报让他们信心倍增。']);
  });

  it('takes no indent for a line after a sentence end that goes on with the paragraph', () => {
    const lines = ['该院开展环境卫生大整治行动，彻底', '净化空间，消灭卫生死角；院内所有场所', '全面禁止吸烟，公共厕所清洁、无异味；', '全面清理院内张贴的“垃圾广告”、褪色宣', '传画等；清理空中零乱的管线和吊挂物。', '如今，该院的面貌焕然一新，院内就诊环', '境更加整洁。'];
    assert.deepEqual(analyse(lines.join('\n') + '\n').blocks.map((b) => b.text), [lines.join('')]);
  });

  it('reads a short line that ends a run after a full line as the last line of the paragraph', () => {
    const lines = ['西峡县人民医院从接诊患者到开通闭塞的血管，共用时1', '小时；从患者进入医院大门到导丝通过闭塞处仅用时30分钟。', '经过一周的悉心照护，11月7日，鲍先生康复出院。'];
    const text = `${lines.join('\n')}\n\n新的一段开始了，继续努力。\n`;
    assert.deepEqual(analyse(text).blocks.map((b) => b.text), [lines.join(''), '新的一段开始了，继续努力。']);
    // one paragraph to a line, as formatting without blank lines writes: no column, so kept apart
    const unwrapped = '第一段写到这里就结束了，继续。\n第二段。\n';
    assert.equal(analyse(unwrapped).blocks.length, 2);
  });

  it('measures the lines of a new page against that page, whose column may be narrower', () => {
    const before = ['十年来，西峡县人民医院不断发展壮大，完善急', '诊急救服务系统，建立三级护理质量体系等，积极为'];
    const after = ['群众办实事，配套设施逐步提质升级。', '目前，医院设有35个临床科室、18个', '医技科室。医院以重点学科建设为先', '导。'];
    const whole = [...before, ...after].join('');
    // the form feed ends the last line of a page, or (as pdftotext writes it) starts the next page
    for (const text of [`${before.join('\n')}\f\n${after.join('\n')}\n`, `${before.join('\n')}\n\f${after.join('\n')}\n`]) {
      assert.deepEqual(analyse(text).blocks.map((b) => b.text), [whole], JSON.stringify(text));
    }
  });

  it('reads a form feed on a line of its own after a sentence end as inside the paragraph when the next page goes on at its full width', () => {
    const before = ['十年来，西峡县人民医院不断发展壮大，完善急', '诊急救服务系统，建立三级护理质量体系。'];
    const goesOn = ['群众办实事，配套设施逐步提质升级。目前', '，医院设有35个临床科室、18个医技科室', '。'];
    const a = analyse(`${before.join('\n')}\n\f\n${goesOn.join('\n')}\n`);
    assert.deepEqual(a.blocks.map((b) => b.text), [[...before, ...goesOn].join('')]);
    // an indented first line on the new page begins a paragraph; a short line under the feed, a heading
    const indented = ['医院设有三十五个临床科', '室、十八个医技科室，医院以重', '点学科建设为先导推动发展。'];
    assert.equal(analyse(`${before.join('\n')}\n\f\n${indented.join('\n')}\n`).blocks.length, 2);
    const heading = analyse(`${before.join('\n')}\n\f\n党建引领 推动医院高质量发展\n\n${goesOn.join('\n')}\n`);
    assert.deepEqual(heading.blocks.map((b) => b.kind), ['paragraph', 'heading', 'paragraph']);
    // nor a heading over a short line, in text copied with no blank lines
    const cut = analyse(`${before.join('\n')}\n\f\n党建引领 推动医院高质量\n发展\n${goesOn.join('\n')}\n`);
    assert.equal(cut.blocks[0].text, before.join(''));
  });

  it('measures a paragraph after a blank line against its own lines, since it may be set at another width', () => {
    // column 18, then a paragraph at 15 whose first line (indent dropped) ends a sentence
    const before = ['于2019年9月竣工，并具备搬迁条件；建', '筑面积14.2万平方米，开放床位1200张。'];
    const after = ['2021年10月14日，搬迁开始。', '闫金伟及班子其他成员高度重视，', '研究制定搬迁方案。'];
    const a = analyse(`${before.join('\n')}\n\n${after.join('\n')}\n`);
    assert.deepEqual(a.blocks.map((b) => b.text), [before.join(''), after.join('')]);
  });

  it('reads a heading split at the column width of the text around it as one heading', () => {
    const text = `${wrap(para(2), 17)}\n\n锚定高质量发展 临床服务中心建设\n挺起发展脊梁\n\n${wrap(para(3), 17)}\n`;
    const a = analyse(text);
    assert.deepEqual(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text), ['锚定高质量发展 临床服务中心建设挺起发展脊梁']);
    assert.equal(applyEdits(text, fixAllEdits(a, withDefaults({}))).split('\n\n')[1], '锚定高质量发展 临床服务中心建设挺起发展脊梁');
  });

  it('reads text never wrapped, one paragraph to a line with no blank lines, as one paragraph a line', () => {
    const paragraphs = ['医院召开动员会，全面拉开了奋斗的新帷幕。', '为深入贯彻落实党的二十大精神，推出更多惠民生、暖民心的举措，省卫生健康委决定在全省推行七项举措。', '西峡县人民医院积极承担社会责任，率先启动该项工程，引领县域心血管重大疾病防治与国家行动计划接轨，效果明显。'];
    const a = analyse(`${paragraphs.join('\n')}\n`);
    assert.deepEqual(a.blocks.map((b) => b.text), paragraphs);
    assert.deepEqual(a.findings.filter((f) => f.rule === 'broken-wrap'), []);
  });

  it('still joins lines wrapped at a column wider than a newspaper\'s, one of them ending a sentence', () => {
    const clause = '西峡县人民医院积极承担社会责任，率先启动该项工程，引领县域心血管重大疾病防治与国家行动计划接轨，';
    const sentence = '医院坚持党建引领推动高质量发展，不断提升服务能力和水平，群众就医的获得感和幸福感持续增强。';
    // 45 characters to the line, the first indented by two that extraction dropped
    const lines = [clause.slice(0, 43), sentence, clause.slice(0, 45), '效果明显。'];
    const a = analyse(`${lines.join('\n')}\n`);
    assert.deepEqual(a.blocks.map((b) => b.text), [lines.join('')]);
  });

  describe('text copied from a page, with no blank lines at all', () => {
    // a paragraph set in a column of 15, its first line's two-character indent dropped
    const printed = (p: string) => [p.slice(0, 13), ...(p.slice(13).match(/.{1,15}/gu) ?? [])].join('\n');
    const one = '医院坚持党建引领推动高质量发展，不断提升服务能力和水平，群众就医获得感持续增强。';
    const two = '十年来，西峡县人民医院坚定不移地把党的政治建设摆在首位，进一步增强政治意识，持续抓好基层党组织建设。';

    it('reads a heading between two paragraphs, also when cut at the column width, and keeps its space', () => {
      for (const heading of ['党建引领 推动医院高质量发展', '党建引领 推动医院高质量发\n展']) {
        const text = `${printed(one)}\n${heading}\n${printed(two)}\n`;
        const a = analyse(text);
        assert.deepEqual(a.blocks.map((b) => `${b.kind}:${b.text}`), [`paragraph:${one}`, 'heading:党建引领 推动医院高质量发展', `paragraph:${two}`], heading);
        assert.equal(applyEdits(text, fixAllEdits(a, withDefaults({}))), `${one}\n\n党建引领 推动医院高质量发展\n\n${two}\n`);
      }
    });

    it('keeps a line of running text with a stray space in its paragraph', () => {
      const text = `${printed(one)}\n${printed('西峡县人民医院 加强对重点监控类药品循证，持续提升合理用药水平，群众满意。')}\n`;
      assert.equal(analyse(text).blocks.filter((b) => b.kind === 'heading').length, 0);
    });

    it('starts a paragraph under a subtitle, so a line as short as an indented one ends it', () => {
      // its last line as wide as an indented first line: only the indent it starts with tells
      const first = '十年，在历史长河中，只是一瞬间；十年，医院悄然蝶变。';
      const text = `凤凰涅槃佑民康\n——西峡县人民医院十年巨变纪实\n${printed(first)}\n${printed(two)}\n`;
      assert.deepEqual(analyse(text).blocks.map((b) => b.text).slice(2), [first, two]);
    });
  });

  it('finds a title printed at the end of the file, with its subtitle, as the article title', () => {
    const text = `${wrap(para(2), 15)}\n\n为患者做手术\n\n奋进新时代\n——某某医院发展纪实\n`;
    const a = analyse(text);
    assert.equal(a.articles.length, 1);
    assert.equal(a.blocks[a.articles[0].title!].text, '奋进新时代');
    assert.equal(a.blocks[a.articles[0].subtitle!].text, '——某某医院发展纪实');
  });

  it('joins a subtitle cut at the line end, and keeps a caption printed right under a subtitle apart', () => {
    const cut = analyse(`凤凰涅槃佑民康\n——西峡县人民\n医院十年巨变纪实\n\n${para(1)}\n`);
    assert.deepEqual(cut.blocks.slice(0, 2).map((b) => `${b.kind}:${b.text}`), ['title:凤凰涅槃佑民康', 'subtitle:——西峡县人民医院十年巨变纪实']);
    const captioned = analyse(`奋进新时代\n——商丘市中心医院高质量发展侧记\n为患者做手术\n\n${para(1)}\n`);
    assert.deepEqual(captioned.blocks.slice(0, 3).map((b) => `${b.kind}:${b.text}`), ['title:奋进新时代', 'subtitle:——商丘市中心医院高质量发展侧记', 'caption:为患者做手术']);
  });

  it('reads a title printed over two lines right above its subtitle as one title', () => {
    const a = analyse(`凤凰涅槃\n佑民康\n——西峡县人民医院十年巨变纪实\n\n${para(1)}\n`);
    assert.equal(a.blocks[a.articles[0].title!].text, '凤凰涅槃佑民康');
    assert.equal(a.blocks[a.articles[0].subtitle!].text, '——西峡县人民医院十年巨变纪实');
    // right under the last paragraph of the article before, only the line above the subtitle
    const b = analyse(`${para(1)}\n奋进新时代\n——某某医院发展纪实\n\n${para(1)}\n`);
    assert.deepEqual(b.blocks.slice(0, 2).map((x) => `${x.kind}:${x.text}`), [`paragraph:${para(1)}`, 'title:奋进新时代']);
  });

  it('starts a new article at a second institution title', () => {
    const text = `甲市人民医院：奋力开启新征程\n\n${para(1)}\n\n乙县中医院：党建引领促发展\n\n${para(1)}\n`;
    const a = analyse(text);
    assert.equal(a.articles.length, 2);
    assert.deepEqual(a.articles.map((x) => a.blocks[x.title!].text), ['甲市人民医院：奋力开启新征程', '乙县中医院：党建引领促发展']);
  });

  it('reads a heading cut at the column width above a paragraph of one line, which shows no column', () => {
    const text = `${wrap(para(2), 16)}\n\n“便民就医少跑腿”提升群众满意\n度\n\n日月其迈，岁律更新。\n\n${wrap(para(3), 16)}\n`;
    const a = analyse(text);
    assert.deepEqual(a.blocks.map((b) => `${b.kind}:${b.text.slice(0, 16)}`), [
      `paragraph:${para(1).slice(0, 16)}`, 'heading:“便民就医少跑腿”提升群众满意度', 'paragraph:日月其迈，岁律更新。', `paragraph:${para(1).slice(0, 16)}`,
    ]);
  });

  it('reads an institution title cut at the column width as one title, and not the paragraph or caption under it', () => {
    const wrapped = wrap(para(2), 16);
    for (const [printed, title] of [
      ['甲市第二人民医院：奋力开启高质量发展新征\n程', '甲市第二人民医院：奋力开启高质量发展新征程'],
      // the first line lost its two-character indent: the line under it may be that much wider
      ['乙县第一人民医院：支部\n建在科室上 党建引领促发展', '乙县第一人民医院：支部建在科室上 党建引领促发展'],
    ]) {
      const a = analyse(`${printed}\n\n${wrapped}\n`);
      assert.deepEqual(a.blocks.map((b) => b.kind), ['title', 'paragraph'], printed);
      assert.equal(a.blocks[0].text, title);
    }
    // a paragraph right under the title, with no blank line, goes on past the run's first lines
    const under = analyse(`甲市第二人民医院：奋力开启新征程\n${wrapped}\n`);
    assert.deepEqual(under.blocks.map((b) => `${b.kind}:${b.text}`), ['title:甲市第二人民医院：奋力开启新征程', `paragraph:${para(2)}`]);
    // a line under it that reads as running text is none of the title
    const running = analyse(`甲市第二人民医院：奋力开启新征程\n医院坚持党建引领。\n\n${wrapped}\n`);
    assert.equal(running.blocks[0].text, '甲市第二人民医院：奋力开启新征程');
  });

  it('reads a byline cut at the line end as one byline, the role apart from the names', () => {
    for (const printed of ['□王正勋 侯林峰 郜秋娟\n文/图', '□王正勋 侯林峰 郜秋娟 \n文/图', '□王正勋 侯林峰\n郜秋娟 文/图', '□王正勋 侯林峰 郜秋娟 文/\n图']) {
      const a = analyse(`——焦作市人民医院改革发展纪实\n\n${printed}\n\n${para(1)}\n`);
      assert.deepEqual(a.blocks.map((b) => `${b.kind}:${b.text.slice(0, 16)}`), [
        'subtitle:——焦作市人民医院改革发展纪实', 'byline:□王正勋 侯林峰 郜秋娟 文/图', `paragraph:${para(1).slice(0, 16)}`,
      ], printed);
    }
    // the bracketed byline closing a paragraph, cut after its opening bracket, stays in it
    const tail = analyse(`${wrap(para(2), 16)}\n\n${wrap(para(3), 16)}(\n本报记者 魏应欣)\n`);
    assert.deepEqual(tail.blocks.map((b) => `${b.kind}:${b.text}`), [`paragraph:${para(2)}`, `paragraph:${para(3)}(本报记者 魏应欣)`]);
    // two bylines of their own stay two
    const two = analyse(`□本报记者 王正勋\n□通讯员 侯林峰 文/图\n\n${para(1)}\n`);
    assert.deepEqual(two.blocks.filter((b) => b.kind === 'byline').map((b) => b.text), ['□本报记者 王正勋', '□通讯员 侯林峰 文/图']);
  });

  it('reads a byline or subtitle printed beside a caption as what it is on its own line', () => {
    // found by the long fuzz: once formatting put them on lines of their own, a second fix-all
    // found the repeated subtitle the first one had not
    const text = '——2021\n文/图 ——2021';
    const a = analyse(text);
    assert.deepEqual(a.blocks.map((b) => `${b.kind}:${b.text}`), ['subtitle:——2021', 'byline:文/图', 'subtitle:——2021']);
    const fixed = applyEdits(text, fixAllEdits(a, withDefaults({})));
    assert.deepEqual(fixAllEdits(analyse(fixed), withDefaults({})), []);
  });

  it('does not read an English text as an article', () => {
    assert.equal(analyse('Meeting notes\n\nWe discussed the plan for the next release.\n').isArticle, false);
    assert.equal(analyse('Meeting notes', { plaintext: 'always' }).isArticle, true);
  });
});
