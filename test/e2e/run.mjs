#!/usr/bin/env node
// npm run test:e2e: the extension tests in a real VS Code, then the browser check.
//
//   node test/e2e/run.mjs [--vscode=code-server|stable|insiders|/path/to/code] [--grep=TEXT]
//                         [--no-setup] [--no-build] [--no-browser]
//
// --vscode=code-server (the default) runs them in code-server through launcher/code-server.mjs,
// which needs no download from outside the npm registry and Debian (setup.mjs installs it, cached
// outside the repo). --vscode=stable downloads stock VS Code with @vscode/test-electron where that
// is possible (on Linux it needs a display: xvfb-run); a path runs that VS Code executable.
// Either way the same suites run through runTests(), in a throwaway workspace with a fresh profile.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSuites, outDir } from './build.mjs';
import { repoRoot } from './launcher/paths.mjs';

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
const say = (msg) => console.log(`[e2e +${elapsed()}] ${msg}`);

const argv = process.argv.slice(2);
const opt = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const flag = (name) => argv.includes(`--${name}`);
const vscodeChoice = opt('vscode') ?? process.env.E2E_VSCODE ?? 'code-server';
const onCodeServer = vscodeChoice === 'code-server';

function node(script, args = []) {
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', cwd: repoRoot });
  return r.status ?? 1;
}

/** A throwaway copy of test/e2e/workspace: the tests write their copies of the samples there. */
function makeWorkspace(root) {
  const ws = path.join(root, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'e2e', 'workspace'), ws, { recursive: true });
  return ws;
}

async function vscodeExecutable() {
  if (onCodeServer) {
    const launcher = path.join(repoRoot, 'test', 'e2e', 'launcher', 'code-server.mjs');
    fs.chmodSync(launcher, 0o755); // runTests spawns it directly
    return launcher;
  }
  if (vscodeChoice === 'stable' || vscodeChoice === 'insiders') {
    const { downloadAndUnzipVSCode } = await import('@vscode/test-electron');
    return downloadAndUnzipVSCode({ version: vscodeChoice, cachePath: path.join(os.homedir(), '.cache', 'article-proofreader-e2e', 'vscode-test') });
  }
  return path.resolve(vscodeChoice);
}

/** Runs the suites in the extension host; returns mocha's results as index.ts wrote them. */
async function extensionTests() {
  const { runTests } = await import('@vscode/test-electron');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-e2e-'));
  const resultsFile = path.join(outDir, 'results.json');
  fs.rmSync(resultsFile, { force: true });
  const progressFile = onCodeServer ? path.join(outDir, 'progress.log') : undefined;
  fs.writeFileSync(path.join(outDir, 'options.json'), JSON.stringify({ grep: opt('grep'), results: resultsFile, progress: progressFile }, null, 2));
  try {
    const workspace = makeWorkspace(scratch);
    const executable = await vscodeExecutable();
    say(`running the extension tests in ${onCodeServer ? 'code-server (launcher/code-server.mjs)' : executable}`);
    try {
      await runTests({
        vscodeExecutablePath: executable,
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: path.join(outDir, 'index.js'),
        launchArgs: [
          workspace,
          `--user-data-dir=${path.join(scratch, 'user-data')}`,
          `--extensions-dir=${path.join(scratch, 'extensions')}`,
          '--disable-extensions',
          '--locale=en',
        ],
        extensionTestsEnv: progressFile ? { E2E_PROGRESS_FILE: progressFile } : undefined,
      });
    } catch (e) {
      say(`the extension test run failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  if (!fs.existsSync(resultsFile)) return { passed: 0, failed: 1, pending: 0, tests: [{ title: 'the extension tests ran', state: 'failed', error: 'no results were written' }] };
  return JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
}

function printResults(label, r) {
  console.log(`\n${label}:`);
  for (const t of r.tests) {
    const mark = t.state === 'passed' ? 'ok  ' : t.state === 'failed' ? 'FAIL' : 'skip';
    console.log(`  ${mark} ${t.title}${t.ms !== undefined ? ` (${t.ms} ms)` : ''}`);
    if (t.error) console.log(t.error.replace(/^/gm, '         '));
  }
}

async function main() {
  if (onCodeServer && !flag('no-setup')) {
    say('setup: checking code-server, Node 24 and Chromium (node test/e2e/setup.mjs)');
    if (node(path.join(repoRoot, 'test', 'e2e', 'setup.mjs')) !== 0) return 1;
  }
  if (!flag('no-build')) {
    say('building the extension (node esbuild.mjs) and the e2e suites (test/e2e/build.mjs)');
    if (node(path.join(repoRoot, 'esbuild.mjs')) !== 0) return 1;
  }
  for (const f of ['out/client/extension.js', 'out/server/server.js', 'out/cli.js']) {
    if (!fs.existsSync(path.join(repoRoot, f))) throw new Error(`${f} is missing: run npm run build`);
  }
  await buildSuites();

  const t0 = Date.now();
  const results = await extensionTests();
  printResults(`extension tests (${((Date.now() - t0) / 1000).toFixed(1)}s)`, results);
  const total = { passed: results.passed, failed: results.failed, skipped: results.pending };

  if (onCodeServer && !flag('no-browser')) {
    say('browser check: the packaged extension in the code-server workbench (test/e2e/browser/check.mjs)');
    const browserResults = path.join(outDir, 'browser-results.json');
    fs.rmSync(browserResults, { force: true });
    node(path.join(repoRoot, 'test', 'e2e', 'browser', 'check.mjs'), [`--results=${browserResults}`]);
    const b = fs.existsSync(browserResults)
      ? JSON.parse(fs.readFileSync(browserResults, 'utf8'))
      : { passed: 0, failed: 1, pending: 0, tests: [{ title: 'the browser check ran', state: 'failed', error: 'no results were written' }] };
    printResults('browser check', b);
    total.passed += b.passed;
    total.failed += b.failed;
    total.skipped += b.pending;
  }
  say('done');
  // The plain closing line CI reads.
  console.log(`e2e: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return total.failed > 0 || total.passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[e2e] ${e instanceof Error ? e.stack : String(e)}`);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
