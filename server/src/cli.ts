// The command-line proofreader: the same analysis as the editor, for scripts and CI.
//   article-proofreader check FILE...   problems as file:line:col rule message (exit 1 if any)
//   article-proofreader outline FILE    the articles, sections and captions
//   article-proofreader fix FILE        the fixed text on stdout (--write to save it)
//   article-proofreader entities FILE   every hospital, date and figure (CSV, or --json)
//   article-proofreader demo DIR        outline and problem summary of every .txt in DIR (exit 0)
// Settings come from the nearest .article-proofreader.json above each file.
import fs from 'node:fs';
import path from 'node:path';
import { analyse } from './analysis/analyse';
import { entityValue } from './analysis/entityValues';
import { applyEdits, fixAllEdits } from './analysis/fixes';
import { applySettings, findProjectFile, readProjectFile } from './analysis/projectFile';
import { withDefaults, type AnalysisSettings } from './analysis/settings';
import type { ArticleAnalysis, Section } from './analysis/types';
import { readArticle } from './cliInput';

type Lang = 'en' | 'zh';

interface Options {
  json: boolean;
  write: boolean;
  lang: Lang;
  files: string[];
}

function parse(argv: string[]): { command: string; options: Options } {
  const [command = 'help', ...rest] = argv;
  const langArg = rest.find((a) => a.startsWith('--lang='))?.slice(7);
  const lang: Lang = (langArg ?? process.env.LANG ?? '').toLowerCase().startsWith('zh') ? 'zh' : 'en';
  return {
    command,
    options: { json: rest.includes('--json'), write: rest.includes('--write'), lang, files: rest.filter((a) => !a.startsWith('--')) },
  };
}

function lineCol(a: ArticleAnalysis, offset: number): [number, number] {
  const line = a.lines.indexAt(offset);
  return [line + 1, offset - a.lines.start(line) + 1];
}

function check(file: string, a: ArticleAnalysis, o: Options): number {
  for (const f of a.findings) {
    const [line, col] = lineCol(a, f.span.start);
    if (!o.json) console.log(`${file}:${line}:${col} ${f.rule} ${f.message[o.lang]}`);
  }
  if (o.json) {
    const rows = a.findings.map((f) => {
      const [line, col] = lineCol(a, f.span.start);
      return { file, line, column: col, rule: f.rule, message: f.message[o.lang], start: f.span.start, end: f.span.end };
    });
    console.log(JSON.stringify(rows, null, 1));
  }
  return a.findings.length;
}

function outline(a: ArticleAnalysis, o: Options): void {
  if (o.json) {
    console.log(JSON.stringify(a.articles.map((art) => ({
      title: art.title !== undefined ? a.blocks[art.title].text : null,
      subtitle: art.subtitle !== undefined ? a.blocks[art.subtitle].text : null,
      sections: art.sections.map(function s(x: Section): unknown {
        return { heading: a.blocks[x.heading].text, level: x.level, line: lineCol(a, x.span.start)[0], children: x.children.map(s) };
      }),
      captions: art.captions.map((i) => a.blocks[i].text),
    })), null, 1));
    return;
  }
  a.articles.forEach((art, k) => {
    const title = art.title !== undefined ? a.blocks[art.title].text : o.lang === 'zh' ? `（文章 ${k + 1}，无标题）` : `(article ${k + 1}, untitled)`;
    console.log(`# ${title}`);
    if (art.subtitle !== undefined) console.log(`  ${a.blocks[art.subtitle].text}`);
    const walk = (s: Section, depth: number) => {
      console.log(`${'  '.repeat(depth)}- ${a.blocks[s.heading].text}  (${o.lang === 'zh' ? '第' : 'line '}${lineCol(a, s.span.start)[0]}${o.lang === 'zh' ? '行' : ''})`);
      s.children.forEach((c) => walk(c, depth + 1));
    };
    art.sections.forEach((s) => walk(s, 1));
    if (art.captions.length) console.log(`  ${o.lang === 'zh' ? '图片说明' : 'captions'}: ${art.captions.map((i) => a.blocks[i].text).join(' | ')}`);
  });
}

function entities(file: string, a: ArticleAnalysis, o: Options): void {
  const rows = a.entities.map((e) => {
    const [line, column] = lineCol(a, e.span.start);
    return { file, kind: e.kind, text: e.text, value: entityValue(e), line, column };
  });
  if (o.json) {
    console.log(JSON.stringify(rows, null, 1));
    return;
  }
  const cell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  console.log('file,kind,text,value,line,column');
  for (const r of rows) console.log([r.file, r.kind, r.text, r.value, r.line, r.column].map(cell).join(','));
}

function summary(a: ArticleAnalysis): string {
  const counts = new Map<string, number>();
  for (const f of a.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].map(([r, n]) => `${r} ${n}`).join(', ') || 'no problems';
}

function main(): number {
  const { command, options } = parse(process.argv.slice(2));
  const base: AnalysisSettings = withDefaults({ locale: options.lang, plaintext: 'always' });
  // The checks step down past largeDocument to keep an editor responsive; a batch run has no one
  // waiting on it, and a silently shorter answer (an empty entity list) would be wrong.
  const settingsFor = (file: string): AnalysisSettings => {
    const project = findProjectFile(path.dirname(path.resolve(file)));
    const settings = project ? applySettings(base, readProjectFile(project, (m) => console.error(`article-proofreader: ${m}`))) : base;
    return { ...settings, largeDocument: Infinity };
  };
  const load = (file: string) => analyse(readArticle(file), settingsFor(file));
  switch (command) {
    case 'check': {
      if (!options.files.length) throw new UsageError('check needs at least one FILE');
      let problems = 0;
      for (const f of options.files) problems += check(f, load(f), options);
      return problems > 0 ? 1 : 0;
    }
    case 'outline':
      for (const f of options.files) outline(load(f), options);
      return 0;
    case 'fix':
      for (const f of options.files) {
        const text = readArticle(f);
        const settings = settingsFor(f);
        const fixed = applyEdits(text, fixAllEdits(analyse(text, settings), settings));
        if (options.write) fs.writeFileSync(f, fixed);
        else process.stdout.write(fixed);
      }
      return 0;
    case 'entities':
      for (const f of options.files) entities(f, load(f), options);
      return 0;
    case 'demo': {
      const dir = options.files[0] ?? '.';
      for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
        const a = load(path.join(dir, name));
        console.log(`\n=== ${name}`);
        outline(a, options);
        console.log(`  problems: ${a.findings.length} (${summary(a)})`);
      }
      return 0;
    }
    default:
      console.log('usage: article-proofreader check|outline|fix|entities|demo FILE... [--json] [--write] [--lang=zh|en]');
      return command === 'help' || command === '--help' ? 0 : 2;
  }
}

class UsageError extends Error {}

try {
  process.exitCode = main();
} catch (e) {
  console.error(`article-proofreader: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
}
