import { D, ZERO, constant, fixed2, readDecimal, type Dec } from '../decimal.ts';
import { reconcile } from '../mechanisms/units.ts';
import { parseActual, parseTarget } from '../parse/value.ts';
import type { DerivedFigures } from '../result.ts';
import type { RuleSet } from '../rule-sets/rule-set.ts';
import type { Check, CheckCode, Form } from '../types.ts';
import { AMOUNT_LABELS, makeCheck, rowLabels, shortName } from './messages.ts';

const show = (d: Dec): string => fixed2(d);

/**
 * The budget tables' identities and the execution rate (R18–R21), in 万元 compared exactly.
 *
 * - R18 指标结余数 = 年初预算数 + 调整数 − 财政拨款数 (`QUOTA_BALANCE_MISMATCH`).
 * - R19 资金结余、结转数 = 财政拨款数 − 实际支付数 (`FUND_BALANCE_MISMATCH`) = 结转数 + 财政收回数
 *   (`CARRYOVER_SPLIT_MISMATCH`); the two 财政拨款数 agree (`APPROPRIATION_MISMATCH`); 实际支付数 ≤
 *   财政拨款数 (`OVERSPEND`); no negative amounts but the adjustment and the balances (`NEGATIVE_AMOUNT`).
 * - R20 Σ 子项目 = 实际支付数 (`SUBPROJECT_SUM_MISMATCH`).
 * - R21 预算执行率 = 实际支付数 ÷ 财政拨款数 × 100, half-up to 0.01, offered to the 投入 row named
 *   预算执行率; a number there that differs by 0.01 or more: `EXECUTION_RATE_MISMATCH`.
 *
 * A check whose fields are missing is skipped. Never throws.
 */
export function budgetChecks(form: Form, ruleSet: RuleSet): { checks: Check[]; derived: DerivedFigures } {
  const checks: Check[] = [];
  const add = (code: CheckCode, path: string, message: string) => checks.push(makeCheck(ruleSet, code, path, message));
  const b = form.budget ?? {};
  const f = form.funds ?? {};
  const initialBudget = readDecimal(b.initialBudget);
  const adjustment = readDecimal(b.adjustment);
  const budgetAppropriation = readDecimal(b.appropriation);
  const quotaBalance = readDecimal(b.quotaBalance);
  const fundsAppropriation = readDecimal(f.appropriation);
  const actualPayment = readDecimal(f.actualPayment);
  const balance = readDecimal(f.balance);
  const carryover = readDecimal(f.carryover);
  const recovered = readDecimal(f.recovered);

  const nonNegative: Array<[string, Dec | null]> = [
    ['budget/initialBudget', initialBudget],
    ['budget/appropriation', budgetAppropriation],
    ['funds/appropriation', fundsAppropriation],
    ['funds/actualPayment', actualPayment],
    ['funds/carryover', carryover],
    ['funds/recovered', recovered],
  ];
  for (const [path, value] of nonNegative) {
    if (value !== null && value.lt(0)) {
      add('NEGATIVE_AMOUNT', path, `${AMOUNT_LABELS[path]}为 ${show(value)} 万元，不能为负数：请填写 0 或正数。`);
    }
  }
  (form.subprojects ?? []).forEach((sp, i) => {
    const amount = readDecimal(sp.amount);
    if (amount !== null && amount.lt(0)) {
      add('NEGATIVE_AMOUNT', `subprojects/${i}/amount`, `第 ${i + 1} 个子项目“${shortName(sp.name)}”的实际金额为 ${show(amount)} 万元，不能为负数：请填写 0 或正数。`);
    }
  });

  let expectedQuota: Dec | null = null;
  if (initialBudget && adjustment && budgetAppropriation) {
    expectedQuota = initialBudget.plus(adjustment).minus(budgetAppropriation);
    if (quotaBalance && !quotaBalance.eq(expectedQuota)) {
      add(
        'QUOTA_BALANCE_MISMATCH',
        'budget/quotaBalance',
        `“指标结余数”填的是 ${show(quotaBalance)} 万元，但 年初预算数 ${show(initialBudget)} + 调整数 ${show(adjustment)} − 财政拨款数 ${show(budgetAppropriation)} = ${show(expectedQuota)} 万元：请改为 ${show(expectedQuota)}，或核对这三个数。`,
      );
    }
  }

  let expectedBalance: Dec | null = null;
  if (fundsAppropriation && actualPayment) {
    expectedBalance = fundsAppropriation.minus(actualPayment);
    if (balance && !balance.eq(expectedBalance)) {
      add(
        'FUND_BALANCE_MISMATCH',
        'funds/balance',
        `“资金结余、结转数”填的是 ${show(balance)} 万元，但 财政拨款数 ${show(fundsAppropriation)} − 实际支付数 ${show(actualPayment)} = ${show(expectedBalance)} 万元：请改为 ${show(expectedBalance)}，或核对这两个数。`,
      );
    }
    if (actualPayment.gt(fundsAppropriation)) {
      add('OVERSPEND', 'funds/actualPayment', `“实际支付数” ${show(actualPayment)} 万元超过了市级财政资金使用情况的“财政拨款数” ${show(fundsAppropriation)} 万元：实际支付不能多于拨款，请核对。`);
    }
  }
  let splitSum: Dec | null = null;
  if (carryover && recovered) {
    splitSum = carryover.plus(recovered);
    if (balance && !balance.eq(splitSum)) {
      add(
        'CARRYOVER_SPLIT_MISMATCH',
        'funds/carryover',
        `“资金结余、结转数” ${show(balance)} 万元应等于 结转数 ${show(carryover)} + 财政收回数 ${show(recovered)} = ${show(splitSum)} 万元：请核对结转数和财政收回数的拆分。`,
      );
    }
  }
  if (budgetAppropriation && fundsAppropriation && !budgetAppropriation.eq(fundsAppropriation)) {
    add(
      'APPROPRIATION_MISMATCH',
      'funds/appropriation',
      `表上两处“财政拨款数”不一致：市级预算执行情况为 ${show(budgetAppropriation)} 万元，市级财政资金使用情况为 ${show(fundsAppropriation)} 万元：两处应填同一个数。`,
    );
  }

  let subprojectSum: Dec | null = null;
  const subprojects = form.subprojects ?? [];
  if (subprojects.length > 0) {
    subprojectSum = subprojects.reduce((sum, sp) => sum.plus(readDecimal(sp.amount) ?? ZERO), ZERO);
    if (actualPayment && !subprojectSum.eq(actualPayment)) {
      add(
        'SUBPROJECT_SUM_MISMATCH',
        'subprojects',
        `子项目实际金额合计 ${show(subprojectSum)} 万元，与“实际支付数” ${show(actualPayment)} 万元不符（差 ${show(subprojectSum.minus(actualPayment))} 万元）：请核对各子项目金额。`,
      );
    }
  }

  const denominator = fundsAppropriation ?? budgetAppropriation;
  let executionRate: Dec | null = null;
  if (actualPayment && denominator && denominator.gt(0)) {
    executionRate = actualPayment.div(denominator).times(100).toDecimalPlaces(2, D.ROUND_HALF_UP);
  }
  const rateName = ruleSet.executionRateIndicator;
  const rateRow = rateName === null ? -1 : form.indicators.findIndex((ind) => ind.category === 'input' && ind.name.includes(rateName));
  if (executionRate && rateRow >= 0) {
    const row = form.indicators[rateRow]!;
    const actual = parseActual(row.actual);
    // The row's value as it is scored: a fraction against a % target is read ×100 (R25).
    const target = parseTarget(row.target);
    const value = actual.kind !== 'number' ? null : target.kind === 'number' || target.kind === 'range' ? reconcile(target, actual, ruleSet.percentUnits).actual.value : actual.value;
    if (value !== null && value.minus(executionRate).abs().gte(constant(ruleSet.tolerance))) {
      add(
        'EXECUTION_RATE_MISMATCH',
        `indicators/${rateRow}/actual`,
        `${rowLabels(form.indicators, ruleSet)[rateRow]}的实际完成值为 ${value.toFixed()}%，但按表上数字 实际支付数 ${show(actualPayment!)} ÷ 财政拨款数 ${show(denominator!)} = ${fixed2(executionRate)}%：请改为 ${fixed2(executionRate)}%，或核对预算表。`,
      );
    }
  }

  return {
    checks,
    derived: {
      quotaBalance: expectedQuota ? show(expectedQuota) : null,
      balance: expectedBalance ? show(expectedBalance) : null,
      carryoverPlusRecovered: splitSum ? show(splitSum) : null,
      subprojectSum: subprojectSum ? show(subprojectSum) : null,
      executionRate: executionRate ? fixed2(executionRate) : null,
      executionRateIndicator: rateRow >= 0 ? rateRow : null,
    },
  };
}
