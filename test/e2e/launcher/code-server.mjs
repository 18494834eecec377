#!/usr/bin/env node
// A stand-in for the VS Code executable that @vscode/test-electron's runTests() spawns
// (vscodeExecutablePath), for machines where VS Code cannot be downloaded. It takes the same
// arguments, runs the same extension tests in code-server's Node extension host (the workbench in
// a headless Chromium reads them from the URL payload) and exits with the tests' exit code, which
// the workbench hands to window.codeAutomationExit when started with enable-smoke-test-driver.
//
// Arguments understood: --extensionDevelopmentPath=DIR (repeatable), --extensionTestsPath=PATH,
// --user-data-dir=DIR, --extensions-dir=DIR, a folder to open; the rest (--no-sandbox,
// --disable-updates, ...) mean nothing here and are ignored.
// Environment: E2E_TIMEOUT_S (default 900) bounds the whole run; E2E_VERBOSE=1 also prints
// code-server's log and the browser console; E2E_PROGRESS_FILE names the file index.ts writes the
// test reporter's lines to, printed here as they come.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium, remoteUri, startCodeServer, workbenchUrl } from './codeServer.mjs';

const say = (msg) => console.log(`[code-server launcher] ${msg}`);
const verbose = process.env.E2E_VERBOSE === '1';

function parseArgs(argv) {
  const o = { devPaths: [], testsPath: undefined, userDataDir: undefined, extensionsDir: undefined, folder: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--extensionDevelopmentPath') o.devPaths.push(path.resolve(value()));
    else if (flag === '--extensionTestsPath') o.testsPath = path.resolve(value());
    else if (flag === '--user-data-dir') o.userDataDir = path.resolve(value());
    else if (flag === '--extensions-dir') o.extensionsDir = path.resolve(value());
    else if (!a.startsWith('-')) o.folder = path.resolve(a);
  }
  return o;
}

/**
 * Prints what index.ts appends to the progress file (mocha's spec lines) as it grows: code-server
 * sends the extension host's console to the browser, not to a terminal. Returns a stop function.
 */
function follow(file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '');
  let offset = 0;
  const flush = () => {
    const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
    if (size < offset) offset = 0; // truncated by a new run
    if (size === offset) return;
    const buf = Buffer.alloc(size - offset);
    const fd = fs.openSync(file, 'r');
    fs.readSync(fd, buf, 0, buf.length, offset);
    fs.closeSync(fd);
    offset = size;
    process.stdout.write(buf);
  };
  const watcher = fs.watch(file, flush);
  return () => {
    watcher.close();
    flush();
  };
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!o.testsPath || o.devPaths.length === 0) throw new Error('expected --extensionTestsPath and --extensionDevelopmentPath');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-e2e-profile-'));
  const server = await startCodeServer({
    userDataDir: o.userDataDir ?? path.join(scratch, 'user-data'),
    extensionsDir: o.extensionsDir ?? path.join(scratch, 'extensions'),
    log: verbose ? (l) => console.log(`[code-server] ${l}`) : undefined,
  });
  say(`code-server listening on ${server.url}`);
  let browser;
  const progress = process.env.E2E_PROGRESS_FILE;
  const stopFollowing = progress ? follow(progress) : () => {};
  const cleanup = async () => {
    stopFollowing();
    await browser?.close().catch(() => {});
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  process.on('SIGTERM', () => void cleanup().then(() => process.exit(143)));
  try {
    browser = await launchChromium(scratch);
    const page = await browser.newPage();
    const done = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(typeof code === 'number' ? code : 1));
    });
    if (verbose) page.on('console', (msg) => console.log(`[browser ${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (e) => verbose && console.log(`[browser pageerror] ${e.message}`));
    const payload = [
      ...o.devPaths.map((p) => ['extensionDevelopmentPath', remoteUri(p)]),
      ['extensionTestsPath', remoteUri(o.testsPath)],
    ];
    const url = workbenchUrl(server.url, { folder: o.folder, payload });
    say(`running the extension tests in ${o.folder ?? 'an empty window'}`);
    await page.goto(url);
    const limit = Number(process.env.E2E_TIMEOUT_S ?? 900);
    let timer;
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => {
        say(`no exit code from the workbench after ${limit} s: giving up`);
        resolve(1);
      }, limit * 1000);
    });
    let finished = false;
    const died = server.exited.then((code) => {
      if (!finished) say(`code-server exited (${code}) before the tests finished`);
      return 1;
    });
    const code = await Promise.race([done, timedOut, died]);
    finished = true;
    clearTimeout(timer);
    say(`exit code ${code}`);
    return code;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[code-server launcher] ${e instanceof Error ? e.stack : String(e)}`);
    process.exit(1);
  },
);
