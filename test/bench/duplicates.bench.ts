// Times findDuplicates on a generated text of about 5 MB (20,000 paragraphs with a thousand
// injected repeats). Not a test: it prints the median of several runs.
// Build and run: npx esbuild test/bench/duplicates.bench.ts --bundle --platform=node --outfile=out/test/bench/duplicates.bench.js && node out/test/bench/duplicates.bench.js
import { findDuplicates, type DuplicateInput } from '../../server/src/analysis/duplicates';
import { generateWithRepeats } from '../unit/helpers/generate';

const PARAGRAPHS = 20_000;
const RUNS = 9;

function articleOf(texts: string[]): { text: string; blocks: DuplicateInput[] } {
  const blocks: DuplicateInput[] = [];
  let offset = 0;
  for (const t of texts) {
    blocks.push({ kind: 'paragraph', span: { start: offset, end: offset + t.length }, text: t });
    offset += t.length + 2;
  }
  return { text: texts.join('\n\n'), blocks };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { texts, expected } = generateWithRepeats(PARAGRAPHS - 1000, 250, 42, { maxSentences: 5 });
const { text, blocks } = articleOf(texts);
const times: number[] = [];
let found = 0;
findDuplicates(blocks); // warm-up
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  found = findDuplicates(blocks).length;
  times.push(performance.now() - start);
}
const mb = (Buffer.byteLength(text, 'utf8') / 1e6).toFixed(1);
console.log(`findDuplicates: ${blocks.length} paragraphs, ${(text.length / 1e6).toFixed(2)}M characters (${mb} MB UTF-8)`);
console.log(`  ${found} repeats found, ${expected.size} injected`);
console.log(`  median ${median(times).toFixed(1)} ms of ${RUNS} runs (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
