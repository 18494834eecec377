// The duplicate finder on the five sample articles, against the gold `duplicates` and `removals`.
// The blocks are built here from the raw lines (the structure analysis is tested elsewhere).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDuplicates, type Duplicate, type DuplicateInput } from '../../server/src/analysis/duplicates';
import type { BlockKind } from '../../server/src/analysis/types';
import { samples as loadSamples, type Gold } from './helpers/samples';

const noWs = (s: string) => s.replace(/\s+/g, '');

/** A block with the 1-based raw lines it covers. */
interface SampleBlock extends DuplicateInput {
  firstLine: number;
  lastLine: number;
}

/** The kind the gold gives a line that stands alone (a heading, a caption...), if any. */
function kindOf(line: string, gold: Gold): BlockKind | undefined {
  const t = noWs(line);
  if (!t) return undefined;
  if (gold.headings.some((h) => noWs(h.text) === t)) return 'heading';
  if (gold.captions.some((c) => noWs(c) === t)) return 'caption';
  if ((gold.photo_credits ?? []).some((c) => noWs(c) === t)) return 'credit';
  if (gold.articles.some((a) => a.byline && noWs(a.byline) === t)) return 'byline';
  // a title may be doubled or split over two lines
  if (gold.articles.some((a) => [a.title, a.subtitle].some((x) => x && (noWs(x).includes(t) || t.includes(noWs(x)))))) return 'title';
  return undefined;
}

/**
 * Blocks of a raw article: runs of lines between blank lines, with every line the gold names
 * (heading, caption, credit, byline, title) a block of its own. With `lineByLine`, every
 * non-blank line is a block, as in 002 where each paragraph is one line.
 */
function blocksOf(raw: string, gold: Gold, lineByLine: boolean): SampleBlock[] {
  const blocks: SampleBlock[] = [];
  let open: SampleBlock | undefined;
  let offset = 0;
  raw.split('\n').forEach((line, k) => {
    const start = offset;
    offset += line.length + 1;
    const kind = kindOf(line, gold);
    if (!line.trim() || kind || lineByLine) open = undefined;
    if (!line.trim()) return;
    if (open) {
      open.text += '\n' + line;
      open.span.end = start + line.length;
      open.lastLine = k + 1;
      return;
    }
    const block = { kind: kind ?? 'paragraph', span: { start, end: start + line.length }, text: line, firstLine: k + 1, lastLine: k + 1 };
    blocks.push(block);
    if (!kind) open = block;
  });
  return blocks;
}

/** A finding as `rule line<-line`, in raw line numbers, for messages that say where. */
const byLine = (blocks: SampleBlock[]) => (d: Duplicate) => `${d.rule} ${blocks[d.index].firstLine}<-${blocks[d.first].firstLine}`;

describe('duplicates in the sample articles', () => {
  for (const sample of loadSamples()) {
    const repeats = sample.gold.duplicates ?? [];
    const blocks = blocksOf(sample.raw, sample.gold, repeats.length > 0);
    const dups = findDuplicates(blocks, { nearThreshold: 0.8 });
    const at = (line: number) => blocks.findIndex((b) => b.firstLine <= line && line <= b.lastLine);

    if (repeats.length === 0) {
      it(`${sample.name}: flags nothing, as it has no repeats (${blocks.length} blocks)`, () => {
        assert.deepEqual(dups.map(byLine(blocks)), []);
      });
      continue;
    }

    it(`${sample.name}: finds every gold repeat with its rule and first copy, and nothing else`, () => {
      const expected: string[] = [];
      for (const g of repeats) {
        if (g.partial) {
          // the first copy is the earlier paragraph the repeat is the leading part of
          for (const line of g.raw_lines) {
            const later = noWs(blocks[at(line)].text);
            const first = blocks.find((b) => b.firstLine < line && noWs(b.text).startsWith(later));
            expected.push(`partial-duplicate ${line}<-${first?.firstLine}`);
          }
          continue;
        }
        const [first, ...later] = g.raw_lines;
        const rule = blocks[at(first)].kind === 'heading' ? 'duplicate-heading' : 'duplicate-paragraph';
        for (const line of later) expected.push(`${rule} ${line}<-${first}`);
      }
      assert.deepEqual(dups.map(byLine(blocks)).sort(), expected.sort());
    });

    it(`${sample.name}: makes removable exactly the blocks the gold removes`, () => {
      const removed = (sample.gold.removals ?? []).filter((r) => r.type !== 'doubled_title').flatMap((r) => r.raw_lines);
      const removable = dups.filter((d) => d.removable).map((d) => blocks[d.index].firstLine);
      assert.deepEqual(removable.sort((a, b) => a - b), removed.sort((a, b) => a - b));
    });

    it(`${sample.name}: reports the repeated section from the repeated heading to its last repeated paragraph`, () => {
      for (const d of dups.filter((x) => x.rule === 'duplicate-heading')) {
        assert.ok(d.sectionEnd !== undefined, `no section after the heading on line ${blocks[d.index].firstLine}`);
        const end = blocks[d.sectionEnd].firstLine;
        const lastRepeat = Math.max(...dups.filter((x) => x.rule !== 'duplicate-heading').map((x) => blocks[x.index].firstLine));
        assert.equal(end, lastRepeat);
      }
    });
  }
});
