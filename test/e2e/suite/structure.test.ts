// Structure: document symbols against the gold headings, the Article Outline view, and the
// next/previous section commands moving the cursor from heading to heading.
import assert from 'node:assert/strict';
import { after, afterEach, describe, it } from 'mocha';
import * as vscode from 'vscode';
import {
  SAMPLE_000, SAMPLE_003, closeAllEditors, documentSymbols, extension, flatten, gold, isSection, noWs, openSample,
} from './helpers';

interface Contributes {
  views?: Record<string, { id: string }[]>;
  commands?: { command: string }[];
}

describe('document symbols against the gold', () => {
  after(closeAllEditors);

  for (const name of [SAMPLE_000, SAMPLE_003]) {
    it(`${name}: one article symbol per gold article, every gold heading as a section at its level, and the captions`, async () => {
      const { uri, editor } = await openSample(name);
      const g = gold(name);
      const symbols = await documentSymbols(uri);
      assert.equal(symbols.length, g.articles.length, 'articles');
      assert.ok(symbols.every((s) => s.kind === vscode.SymbolKind.Module), 'articles are modules');
      const title = g.articles[0].title;
      // The raw 000 has its title doubled by bold-font extraction; the name then holds it twice.
      if (title) assert.ok(noWs(symbols[0].name).startsWith(noWs(title)), `article named ${symbols[0].name}, gold ${title}`);

      const flat = flatten(symbols);
      const sections = flat.filter((f) => isSection(f.symbol));
      assert.deepEqual(
        sections.map((f) => `${f.symbol.kind === vscode.SymbolKind.Class ? 1 : 2} ${noWs(f.symbol.name)}`),
        g.headings.map((h) => `${h.level} ${noWs(h.text)}`),
        'sections in order, with their levels',
      );
      for (const { symbol } of sections) {
        assert.ok(symbol.range.contains(symbol.selectionRange), `${symbol.name}: the section contains its heading`);
        assert.equal(noWs(editor.document.getText(symbol.selectionRange)), noWs(symbol.name), `${symbol.name}: its heading is where it says`);
      }
      const captions = flat.filter((f) => f.symbol.kind === vscode.SymbolKind.Event).map((f) => noWs(f.symbol.name));
      assert.deepEqual(captions, g.captions.map(noWs), 'captions');
    });
  }
});

describe('Article Outline view and section commands', () => {
  afterEach(closeAllEditors);

  it('contributes the Article Outline view to the Explorer, and it can be focused and refreshed', async () => {
    const contributes = extension().packageJSON.contributes as Contributes;
    assert.ok(contributes.views?.explorer?.some((v) => v.id === 'articleProofreader.outline'), 'articleProofreader.outline in the Explorer');
    await openSample(SAMPLE_000);
    // `<view id>.focus` exists only for a registered view; it rejects otherwise.
    await vscode.commands.executeCommand('articleProofreader.outline.focus');
    await vscode.commands.executeCommand('articleProofreader.refreshOutline');
  });

  it('Go to Next Section walks the 003 headings in order, and Go to Previous Section walks back', async () => {
    const { uri, editor } = await openSample(SAMPLE_003);
    // Where each gold heading starts; a raw heading may run over two lines, so the line holds its start.
    const sections = flatten(await documentSymbols(uri)).filter((f) => isSection(f.symbol)).map((f) => f.symbol);
    const expected = gold(SAMPLE_003).headings.map((h, i) => {
      const line = sections[i]?.selectionRange.start.line ?? -1;
      assert.ok(line >= 0 && noWs(h.text).startsWith(noWs(editor.document.lineAt(line).text)), `heading ${h.text} starts on line ${line + 1}`);
      return `${line + 1} ${h.text}`;
    });
    const at = () => {
      const line = editor.selection.active.line;
      const i = sections.findIndex((s) => s.selectionRange.start.line === line);
      return `${line + 1} ${i >= 0 ? gold(SAMPLE_003).headings[i].text : editor.document.lineAt(line).text}`;
    };
    editor.selection = new vscode.Selection(0, 0, 0, 0);

    const forward: string[] = [];
    for (let i = 0; i <= expected.length; i++) {
      const before = editor.selection.active.line;
      await vscode.commands.executeCommand('articleProofreader.nextSection');
      if (editor.selection.active.line === before) break;
      forward.push(at());
    }
    assert.deepEqual(forward, expected, 'next section, from the top until it stops');

    const backward: string[] = [];
    for (let i = 0; i <= expected.length; i++) {
      const before = editor.selection.active.line;
      await vscode.commands.executeCommand('articleProofreader.previousSection');
      if (editor.selection.active.line === before) break;
      backward.push(at());
    }
    assert.deepEqual(backward, expected.slice(0, -1).reverse(), 'previous section, from the last heading until it stops');
  });
});
