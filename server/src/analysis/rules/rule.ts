// What a rule is: an id, a default severity, a description, and a check over the analysis.
import type { AnalysisSettings, Severity } from '../settings';
import type { Lines } from '../lines';
import type { Block, Entity, Finding, Message, RuleId } from '../types';

/** What a rule reads: the text, its lines and blocks, and the settings. */
export interface RuleContext {
  text: string;
  lines: Lines;
  blocks: Block[];
  entities: Entity[];
  settings: AnalysisSettings;
  /** The document is large: costly checks step down. */
  reduced: boolean;
}

export interface Rule {
  id: RuleId;
  defaultSeverity: Severity;
  description: Message;
  /** Whether fix-all may apply this rule's fixes (they never change wording). */
  fixAll: boolean;
  /** Its findings' edits are their block's joins themselves, which move with the block. */
  editsAreJoins?: boolean;
  check(ctx: RuleContext): Finding[];
  /**
   * Long work that `check` reads, done beforehand in steps (see `analysisSteps`) when the rule
   * runs among the others; `check` does it in one go when it was not.
   */
  prepare?(ctx: RuleContext): Generator<void, void, void>;
}
