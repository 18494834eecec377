import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse } from '../../server/src/analysis/analyse';
import { reanalyse } from '../../server/src/analysis/incremental';
import { withDefaults } from '../../server/src/analysis/settings';
import { toDiagnostics } from '../../server/src/features/diagnostics';
import { samples } from './helpers/samples';

const settings = withDefaults({});
const URI = 'file:///diagnostics/000.txt';

/** The sample, its diagnostics, and the same after `text` is typed at `at` (quick re-analysis). */
function typed(at: { line: number; character: number }, text: string) {
  let doc = TextDocument.create(URI, 'plaintext', 1, samples()[0].raw);
  const first = analyse(doc.getText(), settings);
  const before = toDiagnostics(doc, first.findings, settings, 'en');
  const oldFindings = new Set(first.findings);
  doc = TextDocument.update(doc, [{ range: { start: at, end: at }, text }], 2);
  const quick = reanalyse(first, doc.getText(), settings);
  assert.ok(quick, 'the quick path takes a small edit');
  const after = toDiagnostics(doc, quick.findings, settings, 'en');
  // what a fresh conversion of the exact analysis says: the reference for every range
  const exact = toDiagnostics(TextDocument.create(`${URI}?exact`, 'plaintext', 2, doc.getText()), analyse(doc.getText(), settings).findings, settings, 'en');
  // the findings the quick path carried over (the same objects; the ones near the edit are made anew)
  const carried = quick.findings.map((f) => oldFindings.has(f));
  return { before, after, exact, carried };
}

const plain = (ds: Diagnostic[]) => ds.map((d) => JSON.stringify([d.range, d.code, d.message]));

describe('findings to diagnostics after a keystroke', () => {
  // a line well inside the article, with problems on the lines after it
  const line = samples()[0].raw.split('\n').findIndex((l, i) => i > 20 && l.length > 10 && !l.includes(' '));

  it('keeps the diagnostic of each finding the edit moved without changing its range, and makes the others anew', () => {
    const { before, after, exact, carried } = typed({ line, character: 2 }, '院');
    assert.deepEqual(plain(after), plain(exact), 'the ranges are those of a fresh conversion');
    const kept = new Set(before);
    const later = after.filter((d, i) => carried[i] && d.range.start.line > line);
    assert.ok(later.length > 10, 'findings after the edit were carried over, moved');
    for (const d of later) assert.ok(kept.has(d), `kept: ${JSON.stringify(d.range)}`);
    assert.ok(after.some((d, i) => !carried[i] && !kept.has(d)), 'the findings made anew near the edit have new diagnostics');
  });

  it('makes new diagnostics for the findings after a line break typed before them', () => {
    const { before, after, exact, carried } = typed({ line, character: 2 }, '\n');
    assert.deepEqual(plain(after), plain(exact));
    const kept = new Set(before);
    const later = after.filter((d, i) => carried[i] && d.range.start.line > line + 1);
    assert.ok(later.length > 10);
    for (const d of later) assert.ok(!kept.has(d), `moved down a line: ${JSON.stringify(d.range)}`);
  });
});
