// `duplicate-paragraph`, `near-duplicate-paragraph`, `partial-duplicate`, `duplicate-heading`:
// repeats of earlier blocks. Each finding sits on the later copy and points at the first.
import { duplicateSteps, type Duplicate } from '../duplicates';
import { finish } from '../steps';
import type { Block, Finding, Message, RuleId, Span } from '../types';
import type { Rule, RuleContext } from './rule';

const COMPARED = new Set(['paragraph', 'heading', 'title', 'subtitle']);

/** One finder run serves the four rules; it is cached per analysis context. */
const runs = new WeakMap<RuleContext, Finding[]>();

function allRepeats(ctx: RuleContext): Finding[] {
  return runs.get(ctx) ?? finish(repeatSteps(ctx));
}

function* repeatSteps(ctx: RuleContext): Generator<void, Finding[], void> {
  const indexes = ctx.blocks.map((b, i) => (COMPARED.has(b.kind) ? i : -1)).filter((i) => i >= 0);
  const inputs = indexes.map((i) => ({ kind: ctx.blocks[i].kind, span: ctx.blocks[i].span, text: ctx.blocks[i].text }));
  const dups = yield* duplicateSteps(inputs, { nearThreshold: ctx.settings.nearDuplicateThreshold, near: !ctx.reduced });
  const found = dups.map((d) => toFinding(ctx, d, indexes));
  runs.set(ctx, found);
  return found;
}

function lineOf(ctx: RuleContext, offset: number): number {
  return ctx.lines.indexAt(offset) + 1;
}

/** The block and the whitespace before it, so removing it leaves no hole. */
export function removalSpan(blocks: Block[], i: number): Span {
  return { start: i > 0 ? blocks[i - 1].span.end : blocks[i].span.start, end: blocks[i].span.end };
}

function toFinding(ctx: RuleContext, d: Duplicate, indexes: number[]): Finding {
  const later = ctx.blocks[indexes[d.index]];
  const first = ctx.blocks[indexes[d.first]];
  const line = lineOf(ctx, first.span.start);
  const message = messageFor(d, line);
  const related: Message = { en: 'first copy', zh: '首次出现处' };
  const finding: Finding = {
    rule: d.rule as RuleId,
    span: later.span,
    message,
    related: [{ span: first.span, message: related }],
    edits: [{ span: removalSpan(ctx.blocks, indexes[d.index]), newText: '' }],
    safe: d.removable,
  };
  return finding;
}

function messageFor(d: Duplicate, line: number): Message {
  const pct = Math.round(d.similarity * 100);
  switch (d.rule) {
    case 'duplicate-paragraph':
      return { en: `This paragraph repeats the one at line ${line}: remove this copy.`, zh: `本段与第 ${line} 行的段落重复，应删除此处。` };
    case 'duplicate-heading':
      return d.sectionEnd !== undefined
        ? { en: `This section repeats the one at line ${line}.`, zh: `本节与第 ${line} 行的小节重复。` }
        : { en: `This heading repeats the one at line ${line}.`, zh: `本标题与第 ${line} 行的标题重复。` };
    case 'partial-duplicate':
      return d.removable
        ? { en: `This paragraph repeats the opening of the paragraph at line ${line}: remove this copy.`, zh: `本段重复了第 ${line} 行段落的开头，应删除此处。` }
        : { en: `This paragraph contains the whole paragraph at line ${line}.`, zh: `本段包含了第 ${line} 行的整个段落。` };
    default: {
      const diffs = (d.differences ?? []).slice(0, 3).map((x) => `“${x.later}”/“${x.first}”`).join(', ');
      return {
        en: `This paragraph is ${pct}% like the one at line ${line}${diffs ? `; differs at ${diffs} (this/first)` : ''}.`,
        zh: `本段与第 ${line} 行的段落相似度 ${pct}%${diffs ? `，不同之处：${diffs}（此处/首次）` : ''}。`,
      };
    }
  }
}

function ruleFor(id: RuleId, description: Message, fixAll: boolean): Rule {
  return {
    id,
    defaultSeverity: id === 'near-duplicate-paragraph' ? 'information' : 'warning',
    fixAll,
    description,
    *prepare(ctx) {
      if (!runs.has(ctx)) yield* repeatSteps(ctx);
    },
    check: (ctx) => allRepeats(ctx).filter((f) => f.rule === id),
  };
}

export const duplicateParagraph = ruleFor('duplicate-paragraph', { en: 'A paragraph repeated word for word.', zh: '逐字重复的段落。' }, true);
export const nearDuplicateParagraph = ruleFor('near-duplicate-paragraph', { en: 'A paragraph very like an earlier one.', zh: '与前文段落高度相似的段落。' }, false);
export const partialDuplicate = ruleFor('partial-duplicate', { en: 'A paragraph repeating part of an earlier one.', zh: '重复前文段落部分内容的段落。' }, true);
export const duplicateHeading = ruleFor('duplicate-heading', { en: 'A heading (or a whole section) repeated.', zh: '重复的小标题（或整节）。' }, true);
