import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyse } from '../../server/src/analysis/analyse';
import { applyEdits, fixAllEdits, formatEdits } from '../../server/src/analysis/fixes';
import { withDefaults } from '../../server/src/analysis/settings';
import type { TextEdit } from '../../server/src/analysis/types';
import { noWs, samples } from './helpers/samples';
import { createRandom, reextract } from './helpers/generate';

const settings = withDefaults({});
const fixAll = (text: string) => applyEdits(text, fixAllEdits(analyse(text), settings));
const format = (text: string) => applyEdits(text, formatEdits(analyse(text), settings));

function assertNoOverlap(edits: TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i].span.start >= sorted[i - 1].span.end, 'edits overlap');
}

describe('fix-all and formatting on the five samples', () => {
  for (const s of samples()) {
    it(`${s.name}: fix-all turns the raw article into the gold clean text`, () => {
      assert.equal(fixAll(s.raw), s.clean);
    });

    it(`${s.name}: formatting keeps every non-whitespace character, in order`, () => {
      assert.equal(noWs(format(s.raw)), noWs(s.raw));
    });

    it(`${s.name}: fix-all and formatting are idempotent and their edits never overlap`, () => {
      const a = analyse(s.raw);
      assertNoOverlap(fixAllEdits(a, settings));
      assertNoOverlap(formatEdits(a, settings));
      const once = fixAll(s.raw);
      assert.equal(fixAll(once), once);
      const formatted = format(s.raw);
      assert.equal(format(formatted), formatted);
    });

    it(`${s.name}: fix-all keeps CRLF line ends in a CRLF file`, () => {
      const crlf = s.raw.replace(/\n/g, '\r\n');
      const fixed = fixAll(crlf);
      assert.equal(fixed.replace(/\r\n/g, '\n'), fixAll(s.raw));
      assert.equal(/[^\r]\n/.test(fixed), false);
    });
  }
});

describe('formatting converges', () => {
  // each was a case where the text, once formatted, read differently and formatted differently
  // again: a caption that turns into a paragraph and takes the lone full stop after it
  for (const text of ['文/图\n医院医院\t医院医院\n\n医院\n\n。', '□医院\n7亿元\f医院医院\t7亿元\n\n\n\n？']) {
    it(`formatting ${JSON.stringify(text)} twice changes nothing more, and keeps every character`, () => {
      const once = format(text);
      assert.equal(format(once), once);
      assert.equal(noWs(once), noWs(text));
      assertNoOverlap(formatEdits(analyse(text), settings));
    });
  }
});

describe('formatting options', () => {
  it('separates blocks with no blank line when the setting says so', () => {
    const text = '第一段，\n继续。\n\n第二段。\n';
    const a = analyse(text);
    assert.equal(applyEdits(text, formatEdits(a, withDefaults({ blankLineBetweenBlocks: false }))), '第一段，继续。\n第二段。\n');
  });

  it('writes each block of a sample on a line of its own without blank lines, and reads it back block for block', () => {
    const oneLine = withDefaults({ blankLineBetweenBlocks: false });
    const read = (text: string) => analyse(text).blocks.map((b) => `${b.kind} ${b.level} ${b.text}`);
    for (const s of samples()) {
      const formatted = applyEdits(s.clean, formatEdits(analyse(s.clean), oneLine));
      assert.equal(formatted, s.clean.replace(/\n\n+/g, '\n'), s.name);
      // headings, captions and paragraphs keep their kinds, nothing is joined to its neighbour
      assert.deepEqual(read(formatted), read(s.clean), s.name);
      assert.deepEqual(formatEdits(analyse(formatted), oneLine), [], s.name);
    }
  });

  it('formats each raw sample, wrapped or printed again at other widths, into the same blocks with or without blank lines', () => {
    const oneLine = withDefaults({ blankLineBetweenBlocks: false });
    const read = (text: string) => analyse(text).blocks.map((b) => `${b.kind} ${b.level} ${b.text}`);
    for (const s of samples()) {
      for (const text of [s.raw, reextract(s.clean, createRandom(s.name.length))]) {
        const spaced = applyEdits(text, formatEdits(analyse(text), settings));
        const packed = applyEdits(text, formatEdits(analyse(text), oneLine));
        assert.deepEqual(read(packed), read(spaced), s.name);
        assert.deepEqual(formatEdits(analyse(packed), oneLine), [], s.name);
      }
    }
  });

  it('keeps spaces between Chinese characters when the policy is keep', () => {
    const text = '不 断 提 升 患 者 体 验，\n医院继续努力。\n';
    const a = analyse(text, { cjkSpace: 'keep' });
    assert.equal(applyEdits(text, formatEdits(a, withDefaults({ cjkSpace: 'keep' }))), '不 断 提 升 患 者 体 验，医院继续努力。\n');
  });

  it('formats only the blocks a range touches', () => {
    const text = '第一段，\n继续。\n\n第二段，\n也继续。\n';
    const a = analyse(text);
    const second = text.indexOf('第二段');
    const out = applyEdits(text, formatEdits(a, settings, { start: second, end: second + 2 }));
    assert.equal(out, '第一段，\n继续。\n\n第二段，也继续。\n');
  });
});
