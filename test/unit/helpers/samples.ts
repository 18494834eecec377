// The sample articles and their gold, read from test/fixtures so the repo stands alone.
import fs from 'node:fs';
import path from 'node:path';

export interface GoldHeading {
  text: string;
  level: number;
}

export interface Gold {
  articles: { title: string | null; subtitle: string | null; byline: string | null }[];
  headings: GoldHeading[];
  captions: string[];
  photo_credits?: string[];
  hospitals?: { name: string; count: number }[];
  dates?: { text: string; iso: string; count: number }[];
  metrics?: { text: string; value: number; unit: string; count: number }[];
  duplicates?: { text: string; occurrences: number }[];
}

export interface Sample {
  name: string;
  raw: string;
  clean: string;
  gold: Gold;
}

const root = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');

export function samples(): Sample[] {
  const dir = path.join(root, 'articles');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const name = f.replace(/\.txt$/, '');
    return {
      name,
      raw: fs.readFileSync(path.join(dir, f), 'utf8'),
      clean: fs.readFileSync(path.join(root, 'gold', `${name}.clean.txt`), 'utf8'),
      gold: JSON.parse(fs.readFileSync(path.join(root, 'gold', `${name}.json`), 'utf8')) as Gold,
    };
  });
}

export const noWs = (s: string): string => s.replace(/\s+/g, '');
