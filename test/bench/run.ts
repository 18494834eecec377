// `npm run bench`: how fast the proofreader is, in the core and over LSP, on the five sample
// articles, on generated hard-wrapped articles of 1 MB and 10 MB, and (the core) on a 1 MB single
// line and 100,000 tiny paragraphs. Not a test: it prints tables (medians of several runs) and how
// the figures stand against the targets; it fails only if something breaks. `npm run bench:core`
// / `bench:lsp` run one half; BENCH_RUNS overrides the run counts, BENCH_EDITS the number of
// keystrokes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { largeHostileShapes } from '../fixtures/hostile/texts';
import { generateArticle } from './article';
import { benchCore, benchStages, type Input } from './core';
import { ECHO_PEER_FLAG, runEchoPeer } from './echoPeer';
import { benchServer, summary } from './lspBench';

const only = process.argv[2];
const runsOverride = Number(process.env.BENCH_RUNS ?? 0);
const runs = (n: number) => runsOverride || n;

const check = (label: string, ok: boolean, figure: string) => console.log(`  ${ok ? 'met   ' : 'MISSED'}  ${label}: ${figure}`);

async function main(): Promise<void> {
  const fixtures = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'articles');
  const samples: Input[] = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ name: f.replace(/_.*\.txt$/, ''), text: fs.readFileSync(path.join(fixtures, f), 'utf8'), runs: runs(21) }));
  const oneMb: Input = { name: 'generated 1 MB', text: generateArticle(1e6, 1), runs: runs(7) };
  const tenMb: Input = { name: 'generated 10 MB', text: generateArticle(10e6, 2), runs: runs(3) };
  // the hostile tests' large shapes, for how long the server goes without serving a message on them
  const shapes: Input[] = largeHostileShapes().map((h) => ({ ...h, runs: runs(5) }));
  // the load says whether other work shared the machine: the figures are only as quiet as it was
  const load = () => os.loadavg()[0].toFixed(1);
  console.log(`Node ${process.version}, ${process.platform}-${process.arch}, ${os.cpus().length} CPUs, load average ${load()}\n`);
  let core: ReturnType<typeof benchCore> = [];
  if (!only || only === 'core') {
    console.log('## The analysis core (median ms per call)\n');
    core = benchCore([...samples, oneMb, tenMb, ...shapes]);
    console.log(`\n## Where analyse() spends its time, ${oneMb.name}\n`);
    benchStages(oneMb);
    console.log('');
  }
  if (!only || only === 'lsp') {
    console.log('## The built server over JSON-RPC (out/server/server.js --stdio)\n');
    await benchServer(oneMb.text, tenMb.text, samples[0]);
    console.log('');
  }
  console.log(`## Targets (load average at the end ${load()})`);
  for (const r of core.filter((x) => x.name.startsWith('generated'))) {
    check(`core analysis >= 50 MB/s (${r.name})`, r.mbPerS >= 50, `${r.mbPerS.toFixed(1)} MB/s`);
  }
  if (!Number.isNaN(summary.edit95)) {
    check('edit-to-diagnostics p95 < 20 ms for 1 MB (debounce excluded)', summary.edit95 < 20, `${summary.edit95.toFixed(0)} ms`);
    check('  the server\'s own part of it (analysis, conversion, sending; not a target of its own)', summary.edit95Server < 20, `${summary.edit95Server.toFixed(1)} ms`);
    check('  the same with maxProblems 1000 (not a target of its own)', summary.edit95Capped < 20, `${summary.edit95Capped.toFixed(1)} ms`);
    check(`  the same for sample ${samples[0].name}, the size users edit (not a target of its own)`, summary.edit95Sample < 20, `${summary.edit95Sample.toFixed(1)} ms`);
    check('server memory < 5x document size (peak - idle, 1 MB)', summary.memoryRatio < 5, `${summary.memoryRatio.toFixed(1)}x`);
    check('server memory < 5x document size (peak - idle, 10 MB)', summary.memoryRatioBig < 5, `${summary.memoryRatioBig.toFixed(1)}x`);
  }
}

// the bench starts itself again as the no-analysis peer of the transport measurement
if (only === ECHO_PEER_FLAG) runEchoPeer();
else {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
