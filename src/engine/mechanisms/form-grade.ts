import { D } from '../decimal.ts';
import type { RuleSet } from '../rule-sets/rule-set.ts';
import type { FormGrade } from '../types.ts';

/**
 * The grade of a form's total (C15): the first band of the rule set whose lower end the total
 * reaches (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below). `null` when the rule set has no grade table.
 * `total` is the total in 分 as a decimal string, already exact to 0.01.
 * @example formGrade('89.99', central2020) // '良'
 */
export function formGrade(total: string, ruleSet: RuleSet): FormGrade | null {
  if (ruleSet.gradeBands.length === 0) return null;
  const t = new D(total);
  for (const band of ruleSet.gradeBands) if (t.gte(band.from)) return band.grade;
  return ruleSet.gradeBands[ruleSet.gradeBands.length - 1]!.grade;
}
