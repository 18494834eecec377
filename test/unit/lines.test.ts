import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Lines, type Line } from '../../server/src/analysis/lines';

/** The lines of a text worked out the plain way, to hold the table against. */
function plainLines(text: string): (Line & { text: string })[] {
  const out: (Line & { text: string })[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index, next: m.index + m[0].length, blank: /^\s*$/.test(text.slice(start, m.index)), text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length, next: text.length, blank: /^\s*$/.test(text.slice(start)), text: text.slice(start) });
  return out;
}

const linesOf = (t: Lines) => [...t].map((l, i) => ({ ...l, text: t.lineText(i) }));
const lineText = fc.constantFrom('医院', '2021', ' ', '\t', '\u3000', '\f', '\ufeff', '𠀀', 'a', '。');
const breaks = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
const texts = fc.array(fc.oneof(lineText, breaks), { maxLength: 40 }).map((parts) => parts.join(''));

describe('the line table', () => {
  it('splits on LF, CRLF and lone CR, and keeps a form feed inside its line', () => {
    const t = Lines.of('甲\r\n乙\r丙\n\f\n');
    assert.deepEqual(linesOf(t), [
      { start: 0, end: 1, next: 3, blank: false, text: '甲' },
      { start: 3, end: 4, next: 5, blank: false, text: '乙' },
      { start: 5, end: 6, next: 7, blank: false, text: '丙' },
      { start: 7, end: 8, next: 9, blank: true, text: '\f' },
      { start: 9, end: 9, next: 9, blank: true, text: '' },
    ]);
  });

  it('has one empty line for an empty text', () => {
    assert.deepEqual(linesOf(Lines.of('')), [{ start: 0, end: 0, next: 0, blank: true, text: '' }]);
  });

  it('agrees with a plain split on random mixes of line breaks, spaces and surrogate pairs', () => {
    fc.assert(fc.property(texts, (text) => assert.deepEqual(linesOf(Lines.of(text)), plainLines(text))), { numRuns: 500, seed: 11 });
  });

  it('finds the line of every offset, line breaks included', () => {
    fc.assert(fc.property(texts, (text) => {
      const t = Lines.of(text);
      for (let i = 0; i < t.length; i++) {
        for (let o = t.start(i); o < t.next(i); o++) assert.equal(t.indexAt(o), i);
      }
      assert.equal(t.indexAt(text.length), t.length - 1);
    }), { numRuns: 300, seed: 12 });
  });

  it('grows past its first guess of the line count', () => {
    const text = '\n'.repeat(5000);
    assert.equal(Lines.of(text).length, 5001);
  });

  it('patched after an edit, reads as the edited text split anew', () => {
    fc.assert(fc.property(texts, texts, fc.nat(), fc.nat(), fc.nat(), (text, inserted, x, y, z) => {
      const before = Lines.of(text);
      // a region of whole lines a..b, and an edit inside it
      const a = x % before.length;
      const b = a + (y % (before.length - a));
      const from = before.start(a);
      const to = before.end(b);
      const at = from + (z % (to - from + 1));
      const after = text.slice(0, at) + inserted + text.slice(at);
      // a CR typed against the LF after the region, or an LF against the CR before it, makes one
      // CRLF of a break outside the region: the quick re-analysis never edits that close to them
      if (at === to && text[to] === '\n' && inserted.endsWith('\r')) return;
      if (at === from && from > 0 && text[from - 1] === '\r' && inserted.startsWith('\n')) return;
      const patched = before.patched(after, a, b, from, to, inserted.length);
      assert.deepEqual(linesOf(patched), plainLines(after));
      assert.deepEqual(linesOf(before), plainLines(text), 'the old table is left as it was');
    }), { numRuns: 500, seed: 13 });
  });
});
