// The named table of rules: stable kebab-case ids, each with its default severity.
import { brokenWrap } from './brokenWrap';
import { cjkSpace } from './cjkSpace';
import { doubledText } from './doubledText';
import { duplicateHeading, duplicateParagraph, nearDuplicateParagraph, partialDuplicate } from './duplicates';
import { halfwidthPunctuation } from './halfwidthPunctuation';
import { impossibleDate } from './impossibleDate';
import type { Rule, RuleContext } from './rule';
import { splitNumber } from './splitNumber';
import { splitParagraph } from './splitParagraph';
import { strayLatin } from './strayLatin';
import { unbalancedPair } from './unbalancedPair';
import type { Finding } from '../types';

export const RULES: readonly Rule[] = [
  brokenWrap,
  splitParagraph,
  splitNumber,
  cjkSpace,
  doubledText,
  halfwidthPunctuation,
  strayLatin,
  unbalancedPair,
  duplicateParagraph,
  nearDuplicateParagraph,
  partialDuplicate,
  duplicateHeading,
  impossibleDate,
];

/**
 * Runs every rule that is not turned off, pausing after each (see `analysisSteps`); a rule that
 * throws is isolated and reported once.
 */
export function* ruleSteps(ctx: RuleContext, onError: (rule: string, e: unknown) => void = () => {}): Generator<void, Finding[], void> {
  const out: Finding[] = [];
  for (const rule of RULES) {
    if (ctx.settings.severity[rule.id] === 'off') continue;
    try {
      if (rule.prepare) yield* rule.prepare(ctx);
      // a loop, not push(...found): a rule may report more findings than fit in one call
      for (const f of rule.check(ctx)) out.push(f);
    } catch (e) {
      onError(rule.id, e);
    }
    yield;
  }
  return out;
}
