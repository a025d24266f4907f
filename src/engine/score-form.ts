import { ZERO, fixed2 } from './decimal.ts';
import { budgetChecks } from './checks/budget.ts';
import { makeCheck, rowLabels } from './checks/messages.ts';
import type { CategoryResult, FormResult } from './result.ts';
import { getRuleSet } from './rule-sets/index.ts';
import type { RuleSet } from './rule-sets/rule-set.ts';
import { scoreIndicator } from './score-indicator.ts';
import type { CategoryId, Check, Form, ScoringOptions } from './types.ts';
import { assignWeights } from './weights.ts';

/**
 * The options a form is scored with: the rule set's defaults, overridden by the form's `options`.
 * @example resolveOptions(suzhou2017, { granularity: 'floor' }).granularity // 'floor'
 */
export function resolveOptions(ruleSet: RuleSet, options: Partial<ScoringOptions> | undefined): ScoringOptions {
  return { ...ruleSet.defaultOptions, ...(options ?? {}) };
}

/**
 * Scores a valid form (validate untrusted input with `scoreInput` of score-input.ts instead).
 *
 * Steps: weights per category (R2) → each indicator (R4–R17) → category subtotals, the exact sums
 * of the rounded indicator scores, and the total (R1, R16) → weight checks (R1, R2) → budget
 * checks (R18–R21). Checks never stop the scoring. Throws only if `form.ruleSet` is unknown,
 * which {@link validateForm} rules out.
 */
export function scoreForm(form: Form): FormResult {
  const ruleSet = getRuleSet(form.ruleSet);
  if (!ruleSet) throw new Error(`unknown rule set ${form.ruleSet}`);
  const options = resolveOptions(ruleSet, form.options);
  const { weights, categories: weightInfo } = assignWeights(form.indicators, ruleSet);
  const checks: Check[] = [];

  for (const info of weightInfo) {
    const label = ruleSet.categories.find((c) => c.id === info.category)!.label;
    const path = `categories/${info.category}`;
    if (info.empty) {
      checks.push(makeCheck(ruleSet, 'EMPTY_CATEGORY', path, `“${label}”类没有指标，本类得 0 分：请补上${label}类指标。`));
      continue;
    }
    if (info.partial) {
      checks.push(
        makeCheck(
          ruleSet,
          'WEIGHT_PARTIAL',
          path,
          `“${label}”类有 ${info.blankCount} 项指标没填权重：本站把本类总分 ${fixed2(info.total)} 分减去已填的 ${fixed2(info.givenSum)} 分，剩下的 ${fixed2(info.shared)} 分平均分给这 ${info.blankCount} 项。请核对，或把权重填全。`,
        ),
      );
    }
    if (info.mismatch) {
      checks.push(
        makeCheck(
          ruleSet,
          'WEIGHT_SUM_MISMATCH',
          path,
          `“${label}”类指标的权重合计为 ${fixed2(info.sum)} 分，应为 ${fixed2(info.total)} 分：请调整各项权重使合计等于 ${fixed2(info.total)}，或把本类权重全部留空，由本站平均分摊。`,
        ),
      );
    }
  }

  const labels = rowLabels(form.indicators, ruleSet);
  const indicators = form.indicators.map((row, index) => {
    const { result, checks: rowChecks } = scoreIndicator(row, weights[index]!, { index, ruleSet, options, label: labels[index] });
    checks.push(...rowChecks);
    return result;
  });

  const categories = {} as Record<CategoryId, CategoryResult>;
  let total = ZERO;
  let weightTotal = ZERO;
  for (const cat of ruleSet.categories) {
    const rows = indicators.filter((r) => r.category === cat.id);
    const score = rows.reduce((sum, r) => sum.plus(r.score), ZERO);
    const weightSum = rows.reduce((sum, r) => sum.plus(r.weight), ZERO);
    total = total.plus(score);
    weightTotal = weightTotal.plus(weightSum);
    categories[cat.id] = { id: cat.id, label: cat.label, score: fixed2(score), max: fixed2(ZERO.plus(cat.total)), weightSum: fixed2(weightSum), count: rows.length };
  }

  const budget = budgetChecks(form, ruleSet);
  checks.push(...budget.checks);

  return {
    ruleSet: ruleSet.id,
    options,
    total: fixed2(total),
    max: fixed2(ZERO.plus(ruleSet.total)),
    weightSum: fixed2(weightTotal),
    categories,
    indicators,
    checks,
    derived: budget.derived,
  };
}
