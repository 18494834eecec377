// Bundles the e2e suites for the extension host: suite/index.ts -> out/test/e2e/index.js and
// each suite/*.test.ts -> out/test/e2e/suite/*.test.js. `vscode` comes from the host and mocha
// from node_modules (one instance, shared by the runner and the suites). Separate from
// esbuild.mjs so that `npm test` never picks the e2e suites up.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './launcher/paths.mjs';

export const outDir = path.join(repoRoot, 'out', 'test', 'e2e');

export async function buildSuites() {
  const src = path.join(repoRoot, 'test', 'e2e', 'suite');
  const entryPoints = { index: path.join(src, 'index.ts') };
  for (const f of fs.readdirSync(src).filter((f) => f.endsWith('.test.ts'))) {
    entryPoints[`suite/${f.replace(/\.ts$/, '')}`] = path.join(src, f);
  }
  fs.rmSync(path.join(outDir, 'suite'), { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(repoRoot, 'test', 'e2e', 'build.mjs')) {
  console.log(`built ${path.relative(repoRoot, await buildSuites())}`);
}
