import type { Dec } from '../decimal.ts';
import type { TierBand } from '../mechanisms/tier-band.ts';
import type { RuleSet } from '../rule-sets/rule-set.ts';
import type { Tier } from '../types.ts';

/**
 * The Chinese messages of the checks that only some forms' rules raise, by check code. The engine's
 * core builds them through this table, so a page carries the words of the form in use only (issue 13's
 * JS budget): a rule set's kit brings the messages of the checks its data can raise
 * (checks/suzhou-2017-messages.ts, checks/central-2020-messages.ts), the core keeps those every form
 * raises (indicator-messages.ts). `who` names the row (rowLabel), `label` a category, amounts in 分.
 */
export interface KitMessages {
  /** R5: a qualitative row's actual is none of the rule set's grades; `deadline` when the target is a date (R26). */
  UNKNOWN_GRADE(who: string, targetText: string, actualText: string, deadline: boolean, ruleSet: RuleSet): string;
  /** C12: a qualitative row's actual reads as no tier; `deadline` when the target is a date (R26). */
  UNKNOWN_TIER(who: string, targetText: string, actualText: string, deadline: boolean, ruleSet: RuleSet): string;
  /** C11: a self-score (分, rounded to 0.01) outside its tier's band; `used` the tier's default score (分); `selfTerm` the form's word for the self-score. */
  SCORE_OUT_OF_BAND(who: string, self: Dec, tier: Tier, band: TierBand, used: Dec, selfTerm: string): string;
  /** C9: a completion ratio (%, two decimals) at or past the rule's `from` (%). */
  OVER_TARGET(who: string, ratio: string, from: string): string;
  /** C16: a row below its weight (`score`, `weight` in 分, two decimals), or over target (`over`), with no 偏差原因 note. */
  MISSING_DEVIATION_NOTE(who: string, score: string, weight: string, over: boolean): string;
  /**
   * C2: the form has no `from` category, whose `fromTotal` points (分, two decimals) go to `to`, now
   * `toTotal`; `rule` the reading's number (本站解读 C2), from the option that turns it off.
   */
  NO_SATISFACTION(from: string, fromTotal: string, to: string, toTotal: string, rule: string): string;
  /** R2: a category's weights (`sum`, 分, two decimals) do not add up to its `total`; `term` the form's word for the weight. */
  WEIGHT_SUM_MISMATCH(label: string, term: string, sum: string, total: string): string;
  /** C3: a category's 分值 (`sum`) is not the usual `total` (分, two decimals); `term` the form's word for the weight. */
  CATEGORY_TOTAL_DEVIATES(label: string, term: string, sum: string, total: string): string;
  /** C3: the form's 分值 (`sum`, with the 预算执行率 row's `executionWeight` when it has one) is not its `total` (分, two decimals). */
  TOTAL_WEIGHT_MISMATCH(sum: string, executionWeight: string | null, total: string): string;
}

const installed: Partial<KitMessages> = {};

/** Makes messages buildable by check code (a kit does it when its rule set is registered). Idempotent. */
export function installMessages(messages: Partial<KitMessages>): void {
  Object.assign(installed, messages);
}

/**
 * The message builder of check `code`.
 * @throws Error when no loaded rule set brought it: a rule set's data raises a check its kit has no
 * message for (a programming error, caught by the kits' tests).
 */
export function kitMessage<K extends keyof KitMessages>(code: K): KitMessages[K] {
  const m = installed[code];
  // (For developers: install the kit of the rule set that raises the check.)
  if (!m) throw new Error(`the message of ${code} is not loaded: registerKit`);
  return m;
}
