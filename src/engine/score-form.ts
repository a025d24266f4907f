import { ZERO, fixed2, type Dec } from './decimal.ts';
import { kitMessage } from './checks/kit-messages.ts';
import { makeCheck, rowLabel, rowNumbers } from './checks/messages.ts';
import { formGrade } from './mechanisms/form-grade.ts';
import { mechanism } from './mechanisms/registry.ts';
import type { CategoryResult, DerivedFigures, ExecutionResult, FormResult } from './result.ts';
import { getRuleSet } from './rule-sets/index.ts';
import type { RuleSet } from './rule-sets/rule-set.ts';
import { scoreIndicator } from './score-indicator.ts';
import type { Check, Form, ScoringOptions } from './types.ts';
import { assignWeights, categoryTotals } from './weights.ts';

const NO_DERIVED: DerivedFigures = {
  quotaBalance: null,
  balance: null,
  carryoverPlusRecovered: null,
  subprojectSum: null,
  executionRate: null,
  executionRateIndicator: null,
};

/**
 * The options a form is scored with: the rule set's defaults, overridden by the form's `options`
 * (only the rule set's own keys are kept).
 * @example resolveOptions(suzhou2017, { granularity: 'floor' }).granularity // 'floor'
 */
export function resolveOptions(ruleSet: RuleSet, options: ScoringOptions | undefined): ScoringOptions {
  const out: Record<string, string> = { ...(ruleSet.defaultOptions as Record<string, string>) };
  for (const [key, value] of Object.entries(options ?? {})) if (key in out && typeof value === 'string') out[key] = value;
  return out as ScoringOptions;
}

/**
 * Scores a valid form (validate untrusted input with `scoreInput` of score-input.ts instead).
 *
 * Steps: category totals (R1, C1, C2) → weights per category (R2, C3) → each indicator (R4–R31,
 * C7–C16) → the execution row where the rule set has one (C5, C6) → category subtotals, the exact
 * sums of the rounded scores, and the total (R1, R16, C14) → weight checks (R2, C3) → budget checks
 * (R18–R21) → the grade (C15). Checks never stop the scoring. Throws only if `form.ruleSet` is
 * unknown, which validateForm rules out.
 */
export function scoreForm(form: Form): FormResult {
  const ruleSet = getRuleSet(form.ruleSet);
  if (!ruleSet) throw new Error(`规则集“${form.ruleSet}”尚未载入或本站不认识：不能计分（rule set ${form.ruleSet} is unknown or its kit is not installed: registerKit）`);
  const options = resolveOptions(ruleSet, form.options);
  const { totals, transferred } = categoryTotals(ruleSet, form.indicators, options);
  const { weights, categories: weightInfo } = assignWeights(form.indicators, ruleSet, totals);
  const checks: Check[] = [];

  const transfer = ruleSet.categoryTransfer;
  if (transferred && transfer) {
    const from = ruleSet.categories.find((c) => c.id === transfer.from)!;
    const to = ruleSet.categories.find((c) => c.id === transfer.to)!;
    const rule = ruleSet.options.find((o) => o.key === transfer.option)?.rule ?? '';
    checks.push(makeCheck(ruleSet, transfer.code, `categories/${transfer.from}`, kitMessage(transfer.code)(from.label, fixed2(ZERO.plus(from.total)), to.label, fixed2(totals[to.id] ?? ZERO), rule)));
  }

  // The form's own word for a row's weight (权重 / 分值) in every message about it.
  const term = ruleSet.weightTerm;
  for (const info of weightInfo) {
    const cat = ruleSet.categories.find((c) => c.id === info.category)!;
    const label = cat.label;
    const path = `categories/${info.category}`;
    if (info.empty) {
      const rows = label.endsWith('指标') ? label : `${label}指标`;
      if (info.total.gt(0)) checks.push(makeCheck(ruleSet, 'EMPTY_CATEGORY', path, `“${label}”没有指标，这部分得 0 分：${rows}应${cat.source}，请补上。`));
      continue;
    }
    if (info.partial) {
      checks.push(
        makeCheck(
          ruleSet,
          'WEIGHT_PARTIAL',
          path,
          `“${label}”有 ${info.blankCount} 项指标没填${term}：本站把本类总分 ${fixed2(info.total)} 分减去已填的 ${fixed2(info.givenSum)} 分，剩下的 ${fixed2(info.shared)} 分平均分给这 ${info.blankCount} 项。请核对，或把${term}填全。`,
        ),
      );
    }
    if (info.mismatch) {
      const code = ruleSet.weightChecks.category;
      checks.push(makeCheck(ruleSet, code, path, kitMessage(code)(label, term, fixed2(info.sum), fixed2(info.total))));
    }
  }

  const numbers = rowNumbers(form.indicators);
  const values: { score: Dec; weight: Dec }[] = [];
  const indicators = form.indicators.map((row, index) => {
    const { result, checks: rowChecks, values: v } = scoreIndicator(row, weights[index]!, { index, ruleSet, options, label: () => rowLabel(row, numbers[index]!, ruleSet), year: form.project?.year ?? null });
    for (const check of rowChecks) checks.push(check);
    values.push(v);
    return result;
  });

  let execution: ExecutionResult | undefined;
  if (ruleSet.execution) {
    const e = mechanism('execution')(ruleSet.execution, form.execution, options, ruleSet);
    execution = e.result;
    checks.push(...e.checks);
  }

  const categories: Record<string, CategoryResult> = {};
  let total: Dec = ZERO;
  let weightTotal: Dec = ZERO;
  if (execution) {
    categories.execution = { id: 'execution', label: execution.label, score: execution.score, max: execution.weight, weightSum: execution.weight, count: 1 };
    total = total.plus(execution.score);
    weightTotal = weightTotal.plus(execution.weight);
  }
  const weightsOf = new Map(weightInfo.map((info) => [info.category, info]));
  for (const cat of ruleSet.categories) {
    const info = weightsOf.get(cat.id)!;
    let score: Dec = ZERO;
    // The weights as shown (0.01) are the weights used when none needed rounding (round2 then
    // returns the weight itself): their sum, in form order, is then the weight step's.
    let shownAsUsed = true;
    indicators.forEach((r, i) => {
      if (r.category !== cat.id) return;
      score = score.plus(values[i]!.score);
      if (values[i]!.weight !== weights[i]!.weight) shownAsUsed = false;
    });
    const count = info.count;
    const weightSum = shownAsUsed ? info.sum : indicators.reduce((sum, r, i) => (r.category === cat.id ? sum.plus(values[i]!.weight) : sum), ZERO);
    total = total.plus(score);
    weightTotal = weightTotal.plus(weightSum);
    categories[cat.id] = { id: cat.id, label: cat.label, score: fixed2(score), max: fixed2(totals[cat.id] ?? ZERO), weightSum: fixed2(weightSum), count };
  }

  const formTotal = ruleSet.weightChecks.formTotal;
  if (formTotal && !weightTotal.eq(ruleSet.total)) {
    checks.push(makeCheck(ruleSet, formTotal, 'categories', kitMessage(formTotal)(fixed2(weightTotal), execution ? execution.weight : null, fixed2(ZERO.plus(ruleSet.total)))));
  }

  const budget = ruleSet.budgetIdentities ? mechanism('budget')(form, ruleSet) : { checks: [], derived: NO_DERIVED };
  checks.push(...budget.checks);

  const totalText = fixed2(total);
  const grade = formGrade(totalText, ruleSet);
  return {
    ruleSet: ruleSet.id,
    options,
    total: totalText,
    max: fixed2(ZERO.plus(ruleSet.total)),
    ...(grade ? { grade } : {}),
    ...(execution ? { execution } : {}),
    weightSum: fixed2(weightTotal),
    categories,
    indicators,
    checks,
    derived: budget.derived,
  };
}
