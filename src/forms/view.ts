import { ZERO } from '../engine/decimal.ts';
import type { CategoryResult, ExecutionResult, FormResult, IndicatorResult } from '../engine/result.ts';
import type { RuleSet } from '../engine/rule-sets/rule-set.ts';
import { tierBandWords } from '../engine/tier-band-words.ts';

/**
 * What the pages read from a rule set and a result beyond the parts every rule set has: a scored
 * execution row (C6), qualitative tiers with bands (C11), a grade (C15). Each is optional data: a
 * page shows it when the rule set or result has it, never by testing a rule set's id.
 */

/**
 * A qualitative tier of a rule set (C11): its phrase and the band of the weight it allows, in %;
 * `toInclusive` false when the upper bound belongs to the tier above (half-open band).
 */
export interface TierView {
  tier: string;
  phrase: string;
  from: string;
  to: string;
  toInclusive: boolean;
}

/** The optional parts of a rule set a page may show. */
export interface RuleSetView {
  /** Short name for a choice of form, e.g. 苏州市级 80 分. */
  shortLabel?: string;
  /** The scored budget-execution row (C6): its label and default weight. */
  execution?: { label: string; weight: string; baseOption: string; bases: Record<string, string> };
  /** Qualitative tiers with bands (C11), best first. */
  tiers?: TierView[];
  /** The grade bands (C15), best first. */
  gradeBands?: { grade: string; from: string }[];
}

/** The optional parts of a result a page may show. */
export interface ResultView {
  grade?: string;
  /** The scored 预算执行率 row (C5, C6); its sentences load when shown (engine/sentences.ts). */
  execution?: ExecutionResult;
}

/** The optional parts of an indicator result a page may show. */
export interface IndicatorView {
  tier?: string;
  band?: { from: string; to: string };
  level2?: string;
}

export const ruleSetView = (r: RuleSet): RuleSetView => r as unknown as RuleSetView;
export const resultView = (r: FormResult | null | undefined): ResultView => (r ?? {}) as unknown as ResultView;
export const indicatorView = (r: IndicatorResult | null | undefined): IndicatorView => (r ?? {}) as unknown as IndicatorView;

/**
 * The hint under a qualitative row placed in a tier (C11): `部分达成：可得 9.00～12.00 分（不含 12.00）`,
 * the band in the explanation steps' words (tierBandWords), its upper bound marked excluded from the
 * rule set's tier data (`tiers`); null when the row has no tier or band.
 */
export function tierHint(view: IndicatorView, tiers: readonly TierView[] | null | undefined): string | null {
  if (!view.tier || !view.band) return null;
  const inclusive = tiers?.find((t) => t.tier === view.tier)?.toInclusive ?? true;
  return `${view.tier}：可得 ${tierBandWords(view.band.from, view.band.to, inclusive)}`;
}

/** One line of the score summary: a category of indicators, or the scored execution row. */
export interface ScorePart {
  id: string;
  label: string;
  /** Its full marks under the rule set (the result's own max is shown once scored: C2 moves 10 to 效益). */
  total: string;
}

/**
 * The parts a form's score is the sum of, in paper order: the execution row when the rule set
 * scores one (C1), then its categories (R1, C1).
 */
export function scoreParts(ruleSet: RuleSet): ScorePart[] {
  const execution = ruleSetView(ruleSet).execution;
  return [
    ...(execution ? [{ id: 'execution', label: execution.label, total: execution.weight }] : []),
    ...ruleSet.categories.map((c) => ({ id: c.id as string, label: c.label, total: c.total })),
  ];
}

/**
 * The points of the indicator table (绩效指标), in 分, as its heading shows them: the sum of its
 * categories' maxima, as scored when there is a result (C2 moves 满意度's 10 to 效益), else the rule
 * set's totals. 80 on the Suzhou form (R1: the whole form); 90 on the central one (产出 50 + 效益 30 +
 * 满意度 10, C1), whose 预算执行率 10 is scored in the 项目资金 table, not in this table.
 * @example indicatorPoints(central2020, null) // '90'
 */
export function indicatorPoints(ruleSet: RuleSet, categories: Readonly<Partial<Record<string, CategoryResult>>> | null | undefined): string {
  return ruleSet.categories.reduce((sum, c) => sum.plus(categories?.[c.id]?.max ?? c.total), ZERO).toString();
}

/**
 * The amount column the 执行率 divides by (C5: 全年预算数, or 年初预算数 under option `executionBase`),
 * read from the rule set's data (`execution.baseOption` and `execution.bases`) and the form's options,
 * the rule set's default when the form sets none; null when the rule set scores no execution row.
 * @example executionBaseColumn(central2020, { executionBase: 'initial' }) // 'initialBudget'
 */
export function executionBaseColumn(ruleSet: RuleSet, options: Readonly<Record<string, unknown>>): string | null {
  const execution = ruleSetView(ruleSet).execution;
  if (!execution) return null;
  const defaults = ruleSet.defaultOptions as unknown as Record<string, unknown>;
  const chosen = String(options[execution.baseOption] ?? defaults[execution.baseOption] ?? '');
  return execution.bases[chosen] ?? execution.bases[String(defaults[execution.baseOption] ?? '')] ?? null;
}
