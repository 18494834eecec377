// Bundles the client, the server, the CLI and the tests into out/.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Every *.test.ts under test/unit and test/server, bundled one file each. */
function testEntries() {
  const out = {};
  for (const dir of ['test/unit', 'test/server']) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir, { recursive: true })) {
      const file = String(f);
      if (!file.endsWith('.test.ts')) continue;
      out[path.join('test', path.basename(dir), file.replace(/\.ts$/, ''))] = path.join(dir, file);
    }
  }
  return out;
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  charset: 'utf8',
};

const builds = [
  { ...common, entryPoints: { 'client/extension': 'client/src/extension.ts' }, outdir: 'out', external: ['vscode'] },
  { ...common, entryPoints: { 'server/server': 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'out',
    banner: { js: '#!/usr/bin/env node' } },
];
if (!production) builds.push({ ...common, entryPoints: testEntries(), outdir: 'out', external: ['vscode'] });

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  for (const f of ['out/cli.js', 'out/server/server.js']) if (fs.existsSync(f)) fs.chmodSync(f, 0o755);
}
