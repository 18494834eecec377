import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { noWs, samples } from './helpers/samples';

// The built CLI (out/cli.js), run as a user runs it: a child process, its output and exit code.
const cli = path.resolve(__dirname, '..', '..', 'cli.js');
const articles = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'articles');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-proofreader-cli-'));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with English messages unless LANG or --lang says otherwise. */
function run(args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, LANG: 'C', LC_ALL: 'C', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: string | Uint8Array): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

const sampleFile = (name: string) => path.join(articles, `${name}.txt`);
const clean = '西峡县人民医院新院区正式启用\n\n医院开放床位1200张，年门诊量达80万人次。\n';
/** One line of `check` output: file:line:col rule message. */
const CHECK_LINE = /^(.+):(\d+):(\d+) ([a-z]+(?:-[a-z]+)*) (.+)$/;

/**
 * A GBK encoder for the test, built from the platform's GBK decoder over every two-byte code;
 * checked against two code points known from the GBK table (医 D2BD, 院 D4BA).
 */
function gbkEncoder(): (text: string) => Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  assert.deepEqual(table.get('医'), [0xd2, 0xbd]);
  assert.deepEqual(table.get('院'), [0xd4, 0xba]);
  return (text) => {
    const bytes: number[] = [];
    for (const ch of text) {
      if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
      else {
        const pair = table.get(ch);
        assert.ok(pair, `“${ch}” has no two-byte GBK code`);
        bytes.push(...pair);
      }
    }
    return new Uint8Array(bytes);
  };
}

describe('the command-line proofreader', () => {
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  describe('check', () => {
    it('exits 1 and prints file:line:col rule message for each problem of a sample', () => {
      const file = sampleFile(samples()[0].name);
      const r = run(['check', file]);
      assert.equal(r.code, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.ok(lines.length > 10);
      const text = fs.readFileSync(file, 'utf8').split('\n');
      for (const l of lines) {
        const m = CHECK_LINE.exec(l);
        assert.ok(m, `not file:line:col rule message: ${l}`);
        assert.equal(m[1], file);
        assert.ok(Number(m[2]) >= 1 && Number(m[2]) <= text.length, `line ${m[2]} inside the file`);
        assert.ok(Number(m[3]) >= 1 && Number(m[3]) <= text[Number(m[2]) - 1].length + 1, `column ${m[3]} inside line ${m[2]}`);
      }
      assert.ok(lines.some((l) => / broken-wrap Paragraph broken over \d+ lines/.test(l)), 'an English message for broken-wrap');
    });

    it('exits 0 and prints nothing for a clean article', () => {
      const r = run(['check', write('clean.txt', clean)]);
      assert.deepEqual([r.code, r.stdout], [0, '']);
    });

    it('checks several files, and exits 1 when any has a problem', () => {
      const r = run(['check', write('clean2.txt', clean), sampleFile(samples()[1].name)]);
      assert.equal(r.code, 1);
      assert.ok(r.stdout.split('\n').every((l) => l === '' || l.startsWith(sampleFile(samples()[1].name))));
    });

    it('--json prints the same problems as rows, with offsets that point at the problem', () => {
      const file = sampleFile(samples()[0].name);
      const text = fs.readFileSync(file, 'utf8');
      const plain = run(['check', file]).stdout.trimEnd().split('\n');
      const r = run(['check', file, '--json']);
      assert.equal(r.code, 1);
      const rows = JSON.parse(r.stdout) as { file: string; line: number; column: number; rule: string; message: string; start: number; end: number }[];
      assert.equal(rows.length, plain.length);
      rows.forEach((row, i) => {
        assert.equal(`${row.file}:${row.line}:${row.column} ${row.rule} ${row.message}`, plain[i]);
        assert.ok(row.start >= 0 && row.start <= row.end && row.end <= text.length);
        const lineStart = text.split('\n').slice(0, row.line - 1).join('\n').length + (row.line > 1 ? 1 : 0);
        assert.equal(lineStart + row.column - 1, row.start, `row ${i}: line and column match the offset`);
      });
    });

    it('--lang=zh and LANG=zh_CN give Chinese messages', () => {
      const file = sampleFile(samples()[0].name);
      const en = run(['check', file]).stdout.trimEnd().split('\n');
      for (const zh of [run(['check', file, '--lang=zh']), run(['check', file], { LANG: 'zh_CN.UTF-8', LC_ALL: '' })]) {
        const lines = zh.stdout.trimEnd().split('\n');
        assert.equal(lines.length, en.length);
        lines.forEach((l, i) => {
          const m = CHECK_LINE.exec(l)!;
          assert.equal(l.slice(0, l.length - m[5].length), en[i].slice(0, en[i].length - CHECK_LINE.exec(en[i])![5].length), 'same place and rule');
          assert.doesNotMatch(m[5], /[A-Za-z]{4,}/, `a Chinese message: ${m[5]}`);
          assert.match(m[5], /[\u4e00-\u9fff]/);
        });
      }
    });
  });

  describe('outline', () => {
    it('prints each article title and every gold heading with its line', () => {
      const s = samples()[0];
      const r = run(['outline', sampleFile(s.name)]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^# /m);
      for (const h of s.gold.headings) assert.ok(noWs(r.stdout).includes(noWs(h.text)), `heading ${h.text}`);
      assert.match(r.stdout, /\(line \d+\)/);
      assert.match(run(['outline', sampleFile(s.name), '--lang=zh']).stdout, /（第\d+行）|\(第\d+行\)/);
    });

    it('--json gives the articles with their sections', () => {
      const s = samples()[2];
      const out = JSON.parse(run(['outline', sampleFile(s.name), '--json']).stdout) as { title: string | null; sections: { heading: string; level: number; line: number }[] }[];
      assert.equal(out.length, s.gold.articles.length);
      const headings = out.flatMap((a) => a.sections.map((x) => noWs(x.heading)));
      for (const h of s.gold.headings.filter((x) => x.level === 1)) assert.ok(headings.includes(noWs(h.text)), `heading ${h.text}`);
    });
  });

  describe('fix', () => {
    for (const s of samples()) {
      it(`${s.name}: prints exactly the gold clean text`, () => {
        const r = run(['fix', sampleFile(s.name)]);
        assert.equal(r.code, 0);
        assert.equal(r.stdout, s.clean);
      });
    }

    it('--write saves the fixed text in place', () => {
      const s = samples()[3];
      const file = write('fix-me.txt', s.raw);
      const r = run(['fix', file, '--write']);
      assert.deepEqual([r.code, r.stdout], [0, '']);
      assert.equal(fs.readFileSync(file, 'utf8'), s.clean);
    });
  });

  describe('entities', () => {
    it('--json lists hospitals, dates and figures where they stand in the file', () => {
      const s = samples()[0];
      const r = run(['entities', sampleFile(s.name), '--json']);
      assert.equal(r.code, 0);
      const rows = JSON.parse(r.stdout) as { kind: string; text: string; value: string; line: number; column: number }[];
      assert.ok(rows.length > 10);
      const lines = s.raw.split('\n');
      for (const row of rows) {
        assert.ok(['hospital', 'date', 'metric'].includes(row.kind), row.kind);
        const rest = noWs([lines[row.line - 1].slice(row.column - 1), ...lines.slice(row.line, row.line + 3)].join(''));
        assert.ok(rest.startsWith(row.text), `${row.kind} “${row.text}” at ${row.line}:${row.column}`);
      }
      for (const h of s.gold.hospitals ?? []) assert.ok(rows.some((row) => row.kind === 'hospital' && row.text === h.name), `hospital ${h.name}`);
      assert.ok(rows.some((row) => row.kind === 'date' && row.value === '2021-10-14'), 'the date 2021年10月14日 as ISO');
    });

    it('prints CSV with a header without --json', () => {
      const r = run(['entities', sampleFile(samples()[0].name)]);
      assert.equal(r.stdout.split('\n')[0], 'file,kind,text,value,line,column');
    });

    it('lists them in a file past the editor\'s largeDocument size too (the editor steps down; a batch run need not)', () => {
      // the five samples, each with its own numbers, until past the default 1,000,000 characters
      const parts: string[] = [];
      for (let k = 0, length = 0; length <= 1_000_000; k++) {
        const part = samples()[k % samples().length].raw.replace(/\d+/g, (n) => String(Number(n) + k));
        parts.push(part);
        length += part.length + 2;
      }
      const file = write('large.txt', parts.join('\n\n'));
      const r = run(['entities', file, '--json']);
      assert.equal(r.code, 0, r.stderr);
      const rows = JSON.parse(r.stdout) as { kind: string }[];
      assert.ok(rows.length > 10_000, `${rows.length} rows`);
      assert.deepEqual(new Set(rows.map((row) => row.kind)), new Set(['hospital', 'date', 'metric']));
    });
  });

  describe('reading files', () => {
    it('decodes a GBK file', () => {
      const encode = gbkEncoder();
      const s = samples()[4];
      const file = write('gbk.txt', encode(s.raw));
      assert.notEqual(fs.readFileSync(file).toString('utf8'), s.raw, 'the file is not UTF-8');
      const r = run(['fix', file]);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, s.clean);
      assert.deepEqual(run(['check', write('gbk-clean.txt', encode(clean))]), { code: 0, stdout: '', stderr: '' });
    });

    it('reads UTF-8 with a BOM and UTF-16 with a BOM', () => {
      const s = samples()[1];
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s.raw, 'utf16le')]);
      for (const [name, bytes] of [['bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s.raw)])], ['bom16.txt', utf16]] as const) {
        const r = run(['fix', write(name, bytes)]);
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stdout, s.clean, name);
      }
    });

    it('refuses a binary file with a clear message and exit code 2', () => {
      const bytes = new Uint8Array(2048);
      bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const file = write('image.png', bytes);
      for (const command of ['check', 'fix', 'outline', 'entities']) {
        const r = run([command, file]);
        assert.equal(r.code, 2, command);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr.trim(), `article-proofreader: ${file}: looks like a binary file, not an article`);
      }
    });

    it('refuses a file that is neither UTF-8 nor GBK', () => {
      const r = run(['check', write('latin1.txt', new Uint8Array([0x48, 0xe9, 0xff, 0xfe, 0x20, 0x81, 0x20]))]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /neither UTF-8 nor GBK/);
    });

    it('says a file is missing, with exit code 2', () => {
      const missing = path.join(tmp, 'no-such-article.txt');
      const r = run(['check', missing]);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim(), `article-proofreader: ${missing}: no such file`);
    });
  });

  describe('usage', () => {
    it('prints usage with exit 0 for help and exit 2 for an unknown command', () => {
      const help = run(['help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^usage: article-proofreader check\|outline\|fix\|entities\|demo/);
      assert.equal(run(['frobnicate']).code, 2);
    });

    it('says check needs a file, with exit code 2', () => {
      const r = run(['check']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /check needs at least one FILE/);
    });
  });
});
