// The facts the analysis core produces. Plain data (and the immutable line table): no LSP or
// VS Code types, so the CLI, the tests and the server share them unchanged. Every offset is a
// UTF-16 index into the text that was analysed, as LSP positions are.
import type { Lines } from './lines';

/** A half-open range [start, end) of UTF-16 offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A replacement of one span of the original text. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A user-facing string in both interface languages. */
export interface Message {
  en: string;
  zh: string;
}

export type BlockKind = 'title' | 'subtitle' | 'byline' | 'credit' | 'heading' | 'caption' | 'paragraph';

/** How two raw lines inside one block were joined. */
export interface Join {
  /** The whitespace between the last non-space character of one line and the first of the next. */
  span: Span;
  /** `wrap`: a line cut at the column width; `blank`: a blank line inside a sentence. */
  kind: 'wrap' | 'blank';
  /**
   * What the join becomes once repaired: '' between CJK, ' ' between two Latin words or in
   * headings. With `span`, this makes a join the edit that repairs it.
   */
  newText: string;
}

/** A block of the article: a paragraph, a heading, a caption... made of one or more raw lines. */
export interface Block {
  kind: BlockKind;
  /** 1 for section headings, 2 for the sub-section lead blocks under them; 0 otherwise. */
  level: 0 | 1 | 2;
  /** From the first to just past the last non-whitespace character of the block. */
  span: Span;
  /** Indexes into `ArticleAnalysis.lines` of the raw lines the block covers. */
  firstLine: number;
  lastLine: number;
  /** Line breaks inside the block and how they are repaired. */
  joins: Join[];
  /** The block's text with its joins repaired (whitespace changes only). */
  text: string;
  /** Index into `ArticleAnalysis.articles`. */
  article: number;
}

/** A heading and everything under it, up to the next heading of the same or a higher level. */
export interface Section {
  /** Index of the heading block. */
  heading: number;
  level: 1 | 2;
  /** From the heading to the end of the section's last block. */
  span: Span;
  children: Section[];
}

/** One article of the file (a file may hold several). */
export interface Article {
  title?: number;
  subtitle?: number;
  /** A byline may be a block of its own or a run inside a paragraph. */
  byline?: Span;
  credits: number[];
  /** Caption blocks, in order. */
  captions: number[];
  sections: Section[];
  /** From the first to the end of the last block of the article. */
  span: Span;
}

export type EntityKind = 'hospital' | 'date' | 'metric';

/** A hospital name, a date or a figure, with its normalised value. */
export interface Entity {
  kind: EntityKind;
  /** May cross line breaks and spaces in a raw article. */
  span: Span;
  /** The mention with whitespace removed. */
  text: string;
  /** hospital: the full name it refers to. */
  canonical?: string;
  /** date: ISO 8601 (`2021-10-14`, `2021-10`, `2021`, `2018/2020` for a range). */
  iso?: string;
  /** date: the year was taken from the article's timeline. */
  inferred?: boolean;
  /** metric: the number with 万/亿 applied. */
  value?: number;
  /** metric: the unit or counter as written. */
  unit?: string;
  /** metric: 余/多/近/约/以上/左右. */
  approx?: boolean;
  /** date: a lunar-calendar note, such as 正月十六. */
  lunar?: string;
}

export type RuleId =
  | 'broken-wrap'
  | 'split-paragraph'
  | 'split-number'
  | 'cjk-space'
  | 'doubled-text'
  | 'halfwidth-punctuation'
  | 'stray-latin'
  | 'unbalanced-pair'
  | 'duplicate-paragraph'
  | 'near-duplicate-paragraph'
  | 'partial-duplicate'
  | 'duplicate-heading'
  | 'impossible-date';

/** An alternative fix that changes wording and so is never applied by fix-all. */
export interface FixOption {
  title: Message;
  edits: TextEdit[];
}

/** A problem a rule found. */
export interface Finding {
  rule: RuleId;
  span: Span;
  message: Message;
  /** The quick fix. */
  edits?: TextEdit[];
  /** Whether `edits` never changes wording, so fix-all may apply it. */
  safe?: boolean;
  /** Fixes the editor must choose (they change wording). */
  options?: FixOption[];
  /** Where the first copy of a repeat stands, and similar pointers. */
  related?: { span: Span; message: Message }[];
}

/** Everything every feature reads, computed once per document version. */
export interface ArticleAnalysis {
  text: string;
  /** Whether the text reads as a Chinese article (see `looksLikeArticle`). */
  isArticle: boolean;
  lines: Lines;
  blocks: Block[];
  articles: Article[];
  findings: Finding[];
  entities: Entity[];
  /** True when the document was past `largeDocument` and the costly checks stepped down. */
  reduced: boolean;
}
