import type { RuleSet } from '../rule-sets/rule-set.ts';
import type { Check, CheckCode } from '../types.ts';

/** A name cut to a readable length for a message (names may be very long). */
export function shortName(name: string, max = 30): string {
  const chars = [...name.trim()];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('') || '（未命名）';
}

/**
 * How messages name an indicator row, as the paper form counts them: the `k`-th row (1-based) of
 * its category — “产出第 1 项指标“改造小区数量””.
 */
export function rowLabel(row: { category: string; name: string }, k: number, ruleSet: RuleSet): string {
  const label = ruleSet.categories.find((c) => c.id === row.category)?.label ?? '';
  return `${label}第 ${k} 项指标“${shortName(row.name)}”`;
}

/**
 * The place of each row within its category, 1-based, in form order (what {@link rowLabel} needs).
 */
export function rowNumbers(rows: ReadonlyArray<{ category: string }>): number[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const k = (seen.get(row.category) ?? 0) + 1;
    seen.set(row.category, k);
    return k;
  });
}

/**
 * How messages name each indicator row ({@link rowLabel}), one label per row of `rows`, in form order.
 */
export function rowLabels(rows: ReadonlyArray<{ category: string; name: string }>, ruleSet: RuleSet): string[] {
  const numbers = rowNumbers(rows);
  return rows.map((row, i) => rowLabel(row, numbers[i]!, ruleSet));
}

/**
 * Builds a check with the rule set's severity for its code (scoring-decisions.md, “Check codes”).
 * `message` must name the field, say what is wrong and how to fix it, in Chinese.
 */
export function makeCheck(ruleSet: RuleSet, code: CheckCode, path: string, message: string): Check {
  return { code, severity: ruleSet.severities[code] ?? 'warning', path, message };
}

/** The Chinese names of the form's money fields, by form-file path (form-format.md). */
export const AMOUNT_LABELS: Record<string, string> = {
  'budget/initialBudget': '市级预算执行情况的“年初预算数”',
  'budget/adjustment': '市级预算执行情况的“当年使用上年结余、结转及当年调整预算数”',
  'budget/appropriation': '市级预算执行情况的“财政拨款数”',
  'budget/quotaBalance': '“指标结余数”',
  'funds/appropriation': '市级财政资金使用情况的“财政拨款数”',
  'funds/actualPayment': '“实际支付数”',
  'funds/balance': '“资金结余、结转数”',
  'funds/carryover': '“结转数”',
  'funds/recovered': '“财政收回数”',
};
