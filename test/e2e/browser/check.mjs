#!/usr/bin/env node
// The browser-level check: the packaged extension (.vsix) installed in code-server, driven the way
// a person would in the workbench with Playwright: open a sample with quick open, read the
// Problems count, look at Outline and the Article Outline view, run Fix All from the command
// palette, save, and compare the file with the gold clean text. Screenshots go to
// out/e2e/screenshots/.
//
//   node test/e2e/browser/check.mjs [--results=FILE] [--from-folder]
//
// --from-folder loads the extension from the repo (as a development extension) instead of the
// .vsix; the check falls back to that by itself when packaging fails.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, remoteUri, startCodeServer, workbenchUrl } from '../launcher/codeServer.mjs';
import { repoRoot } from '../launcher/paths.mjs';
import { installVsix, packageExtension, vsixPath } from '../launcher/vsix.mjs';

const SAMPLE = '000_23eec20d397940c6';
const OTHER = '003_ea16db0171b1f3d8';
const shotsDir = path.join(repoRoot, 'out', 'e2e', 'screenshots');
const argv = process.argv.slice(2);
const resultsFile = argv.find((a) => a.startsWith('--results='))?.slice('--results='.length);
/** How long one step may wait for the workbench before it fails. */
const STEP_MS = 60_000;

const started = Date.now();
const say = (msg) => console.log(`[browser +${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
const results = [];
/** The workbench page, once open: a failing step leaves a screenshot of it. */
let page;

async function step(title, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ title, state: 'passed', ms: Date.now() - t0 });
    say(`ok   ${title}`);
    return true;
  } catch (e) {
    results.push({ title, state: 'failed', ms: Date.now() - t0, error: e instanceof Error ? e.message : String(e) });
    say(`FAIL ${title}: ${e instanceof Error ? e.message : String(e)}`);
    if (page) {
      const file = path.join(shotsDir, `failed-${results.length}.png`);
      await page.screenshot({ path: file }).catch(() => {});
      say(`screenshot of the failure: ${path.relative(repoRoot, file)}`);
    }
    return false;
  }
}

/** How many problems the CLI finds in a file: what the Problems panel must count. */
function cliProblems(file) {
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'out', 'cli.js'), 'check', file, '--json', '--lang=en'], { encoding: 'utf8' });
  return JSON.parse(r.stdout).length;
}

/**
 * Resolves once `file` on disk reads `expected`, checked now and on every change in its folder
 * (a save may land in more than one write); fails after STEP_MS showing where it still differs.
 */
function fileBecomes(file, expected) {
  return new Promise((resolve, reject) => {
    let last = '';
    const check = () => {
      last = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      if (last !== expected) return;
      watcher.close();
      clearTimeout(timer);
      resolve(last);
    };
    const watcher = fs.watch(path.dirname(file), check);
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(firstDifference(last, expected)));
    }, STEP_MS);
    check();
  });
}

function firstDifference(actual, expected) {
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
  const show = (s) => JSON.stringify(s.slice(Math.max(0, i - 20), i + 30));
  return `first difference at offset ${i}: got ${show(actual)}, expected ${show(expected)}`;
}

async function main() {
  fs.rmSync(shotsDir, { recursive: true, force: true });
  fs.mkdirSync(shotsDir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-e2e-browser-'));
  const userDataDir = path.join(scratch, 'user-data');
  const extensionsDir = path.join(scratch, 'extensions');
  const ws = path.join(scratch, 'articles');
  fs.mkdirSync(ws, { recursive: true });
  for (const s of [SAMPLE, OTHER]) fs.copyFileSync(path.join(repoRoot, 'test', 'fixtures', 'articles', `${s}.txt`), path.join(ws, `${s}.txt`));
  fs.copyFileSync(path.join(repoRoot, 'test', 'e2e', 'workspace', 'notes.txt'), path.join(ws, 'notes.txt'));
  for (const f of fs.readdirSync(ws)) fs.chmodSync(path.join(ws, f), 0o644);
  const article = path.join(ws, `${SAMPLE}.txt`);
  const gold = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'gold', `${SAMPLE}.clean.txt`), 'utf8');

  let fromFolder = argv.includes('--from-folder');
  if (!fromFolder) {
    const packaged = await step('the extension packages into a .vsix and installs into code-server', () => {
      installVsix(packageExtension(), { userDataDir, extensionsDir });
    });
    if (!packaged) {
      say('falling back to the extension in the repo folder (development extension)');
      fromFolder = true;
    }
  }

  const server = await startCodeServer({ userDataDir, extensionsDir, folder: ws });
  say(`code-server on ${server.url}, ${fromFolder ? 'extension from the repo folder' : `extension installed from ${path.relative(repoRoot, vsixPath)}`}`);
  const browser = await launchChromium(scratch);
  try {
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(STEP_MS);
    const shot = async (name) => {
      const file = path.join(shotsDir, `${name}.png`);
      await page.screenshot({ path: file });
      say(`screenshot ${path.relative(repoRoot, file)}`);
    };
    const payload = fromFolder ? [['extensionDevelopmentPath', remoteUri(repoRoot)]] : undefined;
    await page.goto(workbenchUrl(server.url, { folder: ws, payload }));

    const quickOpen = async (prefixKeys, text) => {
      await page.keyboard.press(prefixKeys);
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible' });
      await input.pressSequentially(text);
      return input;
    };
    /** Waits, checking on each animation frame, until the Problems tab's badge shows `n` (no badge: 0). */
    const problemsCount = (n) =>
      page.waitForFunction((want) => {
        const tab = [...document.querySelectorAll('.part.panel .composite-bar .action-item')].find((i) => i.querySelector('a[aria-label^="Problems"]'));
        const badge = tab?.querySelector('.badge-content');
        const shown = badge && badge.offsetParent !== null ? Number(badge.textContent.replace(/\D/g, '') || '0') : 0;
        return shown === want;
      }, n, { polling: 'raf', timeout: STEP_MS }).catch((e) => {
        throw new Error(`the Problems count never became ${n}: ${e.message.split('\n')[0]}`);
      });

    await step('the workbench loads with the articles folder', async () => {
      await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
      await page.locator('.explorer-folders-view').waitFor({ state: 'visible' });
      await page.locator('.monaco-workbench').click({ position: { x: 800, y: 500 } }).catch(() => {});
    });

    await step(`quick open (Ctrl+P) opens ${SAMPLE}.txt in an editor`, async () => {
      const input = await quickOpen('Control+P', `${SAMPLE}.txt`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: SAMPLE }).first().waitFor();
      await input.press('Enter');
      await page.locator(`.tabs-container .tab[aria-label*="${SAMPLE}"]`).waitFor();
      await page.locator('.editor-instance .view-lines', { hasText: '西峡县人民医院' }).first().waitFor();
    });

    const expected = cliProblems(article);
    await step(`the Problems panel counts the ${expected} problems the CLI finds`, async () => {
      await page.keyboard.press('Control+Shift+M');
      await page.locator('.markers-panel').waitFor({ state: 'visible' });
      await page.locator('.markers-panel .monaco-list-row').first().waitFor();
      await problemsCount(expected);
      await page.locator('.markers-panel .monaco-list-row', { hasText: 'broken-wrap' }).first().waitFor();
      await shot('1-problems');
    });

    const headings = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'gold', `${SAMPLE}.json`), 'utf8')).headings.map((h) => h.text);
    const setPane = async (title, expanded) => {
      const header = page.locator(`.pane-header[aria-label^="${title}"]`).first();
      await header.waitFor();
      if (((await header.getAttribute('aria-expanded')) === 'true') !== expanded) await header.click();
    };
    const expandPane = (title) => setPane(title, true);
    await step('Outline lists the gold section headings', async () => {
      await page.keyboard.press('Control+Shift+E');
      // Room for the outlines: fold the file tree away.
      await setPane('Explorer Section', false).catch(() => {});
      await expandPane('Outline');
      const pane = page.locator('.outline-pane');
      await pane.waitFor({ state: 'visible' });
      for (const h of headings.slice(0, 3)) await pane.locator('.monaco-list-row', { hasText: h }).first().waitFor();
      await shot('2-outline');
    });

    await step('the Article Outline view lists the sections too', async () => {
      await setPane('Outline', false);
      await expandPane('Article Outline');
      const view = page.locator('.pane:has(.pane-header[aria-label^="Article Outline"]) .pane-body');
      await view.waitFor({ state: 'visible' });
      for (const h of headings.slice(0, 3)) await view.locator('.monaco-list-row', { hasText: h }).first().waitFor();
      await shot('3-article-outline');
    });

    await step('Fix All from the command palette, then save: the file is the gold clean text and no problem is left', async () => {
      await page.locator('.editor-instance .view-lines').first().click();
      await quickOpen('Control+Shift+P', 'Fix All');
      // VS Code's own "Fix All" (editor.action.fixAll): it applies the source.fixAll action.
      const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: /^\s*Fix All\s*$/ }).first();
      await row.click();
      await problemsCount(0);
      // The Article Outline follows the edit: the title is now written once.
      const title = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'gold', `${SAMPLE}.json`), 'utf8')).articles[0].title;
      await page.waitForFunction((t) => {
        const pane = [...document.querySelectorAll('.pane')].find((p) => p.querySelector('.pane-header[aria-label^="Article Outline"]'));
        const first = pane?.querySelector('.monaco-list-row .label-name, .monaco-list-row .monaco-highlighted-label');
        return first?.textContent?.trim() === t;
      }, title, { polling: 'raf', timeout: STEP_MS }).catch((e) => {
        throw new Error(`the Article Outline never showed the fixed title ${title}: ${e.message.split('\n')[0]}`);
      });
      await shot('4-fixed');
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+S');
      // Saved once the tab is no longer marked dirty.
      await page.locator(`.tabs-container .tab[aria-label*="${SAMPLE}"]:not(.dirty)`).waitFor();
      await fileBecomes(article, gold).catch((e) => {
        throw new Error(`the saved file is not the gold clean text: ${e.message}`);
      });
    });
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main()
  .catch((e) => {
    results.push({ title: 'the browser check runs', state: 'failed', error: e instanceof Error ? e.stack : String(e) });
    say(`FAIL ${e instanceof Error ? e.stack : String(e)}`);
  })
  .finally(() => {
    const summary = {
      passed: results.filter((r) => r.state === 'passed').length,
      failed: results.filter((r) => r.state === 'failed').length,
      pending: 0,
      tests: results,
    };
    if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2));
    say(`${summary.passed} passed, ${summary.failed} failed; screenshots in ${path.relative(repoRoot, shotsDir)}/`);
    process.exit(summary.failed > 0 ? 1 : 0);
  });
