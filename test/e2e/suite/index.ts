// The extension-tests entry point VS Code loads (--extensionTestsPath): run() runs every suite
// with mocha inside the extension host and resolves, or rejects when a test failed. It also writes
// the results to out/test/e2e/results.json, which test/e2e/run.mjs prints as the closing summary.
// The extension host's console reaches the terminal in desktop VS Code but not in code-server, so
// the reporter's lines also go to a progress file that the code-server launcher prints as it grows.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import Mocha from 'mocha';

/** Written by run.mjs beside this bundle. */
interface Options {
  /** Run only the tests whose full title matches. */
  grep?: string;
  /** Where to write the results as JSON. */
  results?: string;
  /** Where to append the reporter's lines as they come. */
  progress?: string;
}

interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  ms?: number;
  error?: string;
}

export function run(): Promise<void> {
  const optionsFile = path.join(__dirname, 'options.json');
  const options: Options = fs.existsSync(optionsFile) ? (JSON.parse(fs.readFileSync(optionsFile, 'utf8')) as Options) : {};
  const progress = options.progress;
  if (progress) {
    fs.writeFileSync(progress, '');
    const log = Mocha.reporters.Base.consoleLog;
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
      log(...args);
      fs.appendFileSync(progress, `${util.format(...args)}\n`);
    };
  }
  // No colours: VS Code forwards this output as plain text.
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 120_000, slow: 5_000 });
  if (options.grep) mocha.grep(options.grep);
  const dir = path.join(__dirname, 'suite');
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));

  const results: TestResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = {
        passed: results.filter((r) => r.state === 'passed').length,
        failed: results.filter((r) => r.state === 'failed').length,
        pending: results.filter((r) => r.state === 'pending').length,
        tests: results,
      };
      if (options.results) fs.writeFileSync(options.results, JSON.stringify(summary, null, 2));
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => results.push({ title: t.fullTitle(), state: 'passed', ms: t.duration }));
    runner.on('pending', (t) => results.push({ title: t.fullTitle(), state: 'pending' }));
    runner.on('fail', (t, err: Error) => results.push({ title: t.fullTitle(), state: 'failed', ms: t.duration, error: err.stack ?? String(err) }));
  });
}
