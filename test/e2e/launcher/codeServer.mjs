// Starting code-server and a headless Chromium on its workbench: shared by the test launcher, the
// browser check and the demo. They listen on 127.0.0.1 (unless the demo is told otherwise) and stop with their owner.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { CHROMIUM_ARGS, chromiumPath, codeServerEntry, codeServerReady, nodeBin } from './paths.mjs';

/** User settings for a fresh profile: nothing that reaches out or pops up over the editor. */
export const USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  // VS Code's default; a save happens when someone saves.
  'files.autoSave': 'off',
};

/**
 * The environment for code-server and its extension host: no extension gallery (EXTENSIONS_GALLERY={}
 * leaves it with none, so it asks no one online), and its logs, heartbeat, default config and
 * sockets kept inside the profile instead of ~/.local/share, ~/.config and /tmp.
 */
export function codeServerEnv(userDataDir) {
  const state = path.join(userDataDir, 'state');
  const dirs = { XDG_DATA_HOME: path.join(state, 'data'), XDG_CONFIG_HOME: path.join(state, 'config'), TMPDIR: path.join(state, 'tmp') };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  return { ...process.env, EXTENSIONS_GALLERY: '{}', ...dirs };
}

/** A free TCP port on 127.0.0.1, chosen by the kernel. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

export function assertReady() {
  if (!codeServerReady()) {
    throw new Error('code-server, Node 24 or Chromium is missing: run `node test/e2e/setup.mjs` first (npm run test:e2e does)');
  }
}

/**
 * Starts code-server with a fresh profile and resolves once it listens.
 * @param {{ userDataDir: string, extensionsDir: string, folder?: string, host?: string, port?: number, log?: (line: string) => void, env?: NodeJS.ProcessEnv }} o
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void>, exited: Promise<number | null> }>}
 */
export async function startCodeServer(o) {
  assertReady();
  const port = o.port ?? (await freePort());
  fs.mkdirSync(o.userDataDir, { recursive: true });
  fs.mkdirSync(o.extensionsDir, { recursive: true });
  // Our own config file, so code-server writes nothing under ~/.config.
  const config = path.join(o.userDataDir, 'code-server.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  // Quiet, offline user settings: no update checks, no experiments, no AI features.
  const settings = path.join(o.userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    fs.mkdirSync(path.dirname(settings), { recursive: true });
    fs.writeFileSync(settings, JSON.stringify(USER_SETTINGS, null, 2));
  }
  const args = [
    codeServerEntry,
    '--config', config,
    '--auth', 'none',
    '--bind-addr', `${o.host ?? '127.0.0.1'}:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', o.userDataDir,
    '--extensions-dir', o.extensionsDir,
    // Lets the workbench run extension tests from the URL payload and report the exit code.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  if (o.folder) args.push(o.folder);
  // Its own process group, so stop() ends the extension host and the pty host with it.
  const env = { ...codeServerEnv(o.userDataDir), ...o.env };
  const child = spawn(nodeBin, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const log = o.log ?? (() => {});
  const url = await new Promise((resolve, reject) => {
    let pending = '';
    const onData = (chunk) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        log(line);
        const m = /HTTP server listening on (http:\/\/\S+)/.exec(line);
        if (m) resolve(m[1].replace(/\/$/, ''));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    void exited.then((code) => reject(new Error(`code-server exited with ${code} before it listened`)));
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  return { url, port, stop, exited };
}

/** A workbench URL: a folder to open, and a payload of [name, value] pairs for the workbench. */
export function workbenchUrl(base, { folder, payload } = {}) {
  const u = new URL(base + '/');
  if (folder) u.searchParams.set('folder', folder);
  if (payload) u.searchParams.set('payload', JSON.stringify(payload));
  return u.toString();
}

/** The URI under which the browser workbench reaches a path on the code-server machine. */
export const remoteUri = (absPath) => `vscode-remote://remote${path.resolve(absPath)}`;

/**
 * Debian's Chromium, headless, driven by playwright-core (no browser download). `stateDir` keeps
 * what Chromium writes under ~/.config (crash reports) out of the home directory.
 */
export async function launchChromium(stateDir) {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium is missing: run `node test/e2e/setup.mjs` (apt-get install chromium)');
  const { chromium } = await import('playwright-core');
  const env = { ...process.env };
  if (stateDir) {
    env.XDG_CONFIG_HOME = path.join(stateDir, 'chromium-config');
    env.XDG_CACHE_HOME = path.join(stateDir, 'chromium-cache');
  }
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, env });
}
