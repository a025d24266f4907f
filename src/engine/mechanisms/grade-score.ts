import { constant, type Dec } from '../decimal.ts';
import type { RuleSet } from '../rule-sets/rule-set.ts';
import type { Grade } from '../types.ts';

/**
 * The share of the weight (%) a grade earns (填表说明 4, R5): 好 100, 较好 80, 一般 60, 较差 40, 差 20,
 * read from the rule set's grade table. Returns `null` for a grade the table does not have.
 * @example gradeShare('较好', suzhou2017)?.toString() // '80'
 */
export function gradeShare(grade: Grade, ruleSet: RuleSet): Dec | null {
  const row = ruleSet.grades.find((g) => g.grade === grade);
  return row ? constant(row.share) : null;
}
