// The sample articles and their gold, read from test/fixtures so the repo stands alone.
import fs from 'node:fs';
import path from 'node:path';

export interface GoldHeading {
  text: string;
  level: number;
}

/** One gold hospital, date or figure: its text (`name` for hospitals), count and value. */
export interface GoldEntry {
  name?: string;
  text?: string;
  count: number;
  canonical?: string;
  iso?: string;
  inferred?: boolean;
  value?: number;
  unit?: string;
  approx?: boolean;
}

/** What the gold JSON holds (see ../shared/gold/check-gold.mjs for its rules). */
export interface Gold {
  articles: { title: string | null; subtitle: string | null; byline: string | null }[];
  headings: GoldHeading[];
  captions: string[];
  photo_credits?: string[];
  hospitals?: GoldEntry[];
  dates?: GoldEntry[];
  metrics?: GoldEntry[];
  duplicates?: { text: string; occurrences: number; raw_lines: number[]; partial?: boolean }[];
  removals?: { type: string; raw_lines: number[]; text: string }[];
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
