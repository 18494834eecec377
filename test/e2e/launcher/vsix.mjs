// The packaged extension: built and packed as `npm run package` does (production build, then
// vsce package --no-dependencies), but written under out/e2e/ so the repo root is left alone,
// and installed into a code-server extensions folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { codeServerEnv } from './codeServer.mjs';
import { codeServerEntry, nodeBin, repoRoot } from './paths.mjs';

export const vsixPath = path.join(repoRoot, 'out', 'e2e', 'article-proofreader.vsix');

function runNode(args, what) {
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(-5).join(' / ')}`);
  return r.stdout;
}

/** Builds for production and packs out/e2e/article-proofreader.vsix; leaves the development build in out/. */
export function packageExtension() {
  fs.mkdirSync(path.dirname(vsixPath), { recursive: true });
  fs.rmSync(vsixPath, { force: true });
  runNode(['esbuild.mjs', '--production'], 'the production build (node esbuild.mjs --production)');
  try {
    runNode([path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsixPath], 'vsce package');
  } finally {
    // Leave out/ as `npm run build` makes it, with source maps, for whoever runs next.
    runNode(['esbuild.mjs'], 'the development build (node esbuild.mjs)');
  }
  return vsixPath;
}

/** Installs a .vsix into a code-server profile with code-server's own CLI. */
export function installVsix(vsix, { userDataDir, extensionsDir }) {
  fs.mkdirSync(userDataDir, { recursive: true });
  const config = path.join(userDataDir, 'code-server.yaml');
  if (!fs.existsSync(config)) fs.writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [codeServerEntry, '--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix];
  const r = spawnSync(nodeBin, args, { encoding: 'utf8', env: codeServerEnv(userDataDir) });
  const out = `${r.stdout}${r.stderr}`.trim();
  if (r.status !== 0 || !/successfully installed/i.test(out)) throw new Error(`code-server --install-extension failed: ${out}`);
}
