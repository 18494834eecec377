#!/usr/bin/env node
// npm run demo:editor: the extension in a real editor for someone without VS Code. Installs what
// is missing (setup.mjs), packs and installs the extension into a fresh code-server profile, opens
// a copy of the sample articles and prints the URL to open in a browser. Runs until Ctrl+C, then
// removes its copies.
//
//   node test/e2e/demo.mjs [--port=8080] [--host=127.0.0.1] [--from-folder]
//
// --from-folder loads the extension straight from the repo (development mode, no packaging).
// Binding to another host than 127.0.0.1 exposes an editor with no password: only on a network you trust.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { remoteUri, startCodeServer, workbenchUrl } from './launcher/codeServer.mjs';
import { repoRoot } from './launcher/paths.mjs';
import { installVsix, packageExtension } from './launcher/vsix.mjs';

const argv = process.argv.slice(2);
const opt = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const say = (msg) => console.log(`[demo] ${msg}`);

async function main() {
  if (spawnSync(process.execPath, [path.join(repoRoot, 'test', 'e2e', 'setup.mjs')], { stdio: 'inherit' }).status !== 0) return 1;
  say('building (node esbuild.mjs)');
  if (spawnSync(process.execPath, [path.join(repoRoot, 'esbuild.mjs')], { stdio: 'inherit', cwd: repoRoot }).status !== 0) return 1;

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ap-demo-'));
  const userDataDir = path.join(scratch, 'user-data');
  const extensionsDir = path.join(scratch, 'extensions');
  const ws = path.join(scratch, 'articles');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'articles'), ws, { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'test', 'e2e', 'workspace', 'notes.txt'), path.join(ws, 'notes.txt'));
  for (const f of fs.readdirSync(ws)) fs.chmodSync(path.join(ws, f), 0o644);

  let fromFolder = argv.includes('--from-folder');
  if (!fromFolder) {
    try {
      say('packing the extension (production build + vsce package) and installing it into code-server');
      installVsix(packageExtension(), { userDataDir, extensionsDir });
    } catch (e) {
      say(`packaging failed, loading the extension from the repo folder instead: ${e instanceof Error ? e.message : String(e)}`);
      fromFolder = true;
    }
  }

  const host = opt('host') ?? '127.0.0.1';
  const port = Number(opt('port') ?? process.env.PORT ?? 8080);
  const server = await startCodeServer({ userDataDir, extensionsDir, folder: ws, port, host });
  const payload = fromFolder ? [['extensionDevelopmentPath', remoteUri(repoRoot)]] : undefined;
  const url = workbenchUrl(server.url, { folder: ws, payload });
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    say('stopping code-server and removing the demo copies');
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  console.log('');
  console.log('  Article Proofreader in code-server (VS Code in the browser):');
  console.log(`    ${url}`);
  console.log('');
  console.log(`  The sample articles are copies in ${ws}: edit freely.`);
  console.log('  Open one, then look at Problems (Ctrl+Shift+M), Outline and Article Outline in the Explorer,');
  console.log('  and run "Fix All" from the command palette (Ctrl+Shift+P). Ctrl+C here stops it.');
  console.log('');
  const code = await server.exited;
  if (!stopping) {
    say(`code-server exited (${code})`);
    await stop(1);
  }
  return 0;
}

main().catch((e) => {
  console.error(`[demo] ${e instanceof Error ? e.stack : String(e)}`);
  process.exit(1);
});
