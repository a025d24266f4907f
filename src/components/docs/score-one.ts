import { scoreInput, suzhou2017 } from '../../engine/index.ts';
import type { CategoryId, Check, IndicatorInput, IndicatorResult, ScoringOptions, ValidationIssue } from '../../engine/index.ts';

/** One indicator row as a guide page or a mini-calculator states it. */
export interface OneRow {
  category: CategoryId;
  name?: string;
  target: string;
  actual?: string;
  weight?: string;
  note?: string;
}

/** The engine's verdict on one row: its result and its own checks, or why the row is not valid. */
export type OneOutcome =
  | { ok: true; result: IndicatorResult; checks: Check[] }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Scores a single indicator row with the engine (scoreInput on a one-row form), keeping only what
 * concerns that row: checks on `indicators/0/…` (the category-level weight and empty-category
 * checks of a one-row form say nothing about the row). Presentation helper, no scoring of its own.
 */
export function scoreOne(row: OneRow, options?: Partial<ScoringOptions>): OneOutcome {
  const indicator: IndicatorInput = {
    category: row.category,
    name: row.name ?? '示例指标',
    target: row.target,
    ...(row.actual !== undefined ? { actual: row.actual } : {}),
    ...(row.weight !== undefined && row.weight !== '' ? { weight: row.weight } : {}),
    ...(row.note ? { note: row.note } : {}),
  };
  const outcome = scoreInput({ version: 1, ruleSet: suzhou2017.id, ...(options ? { options } : {}), indicators: [indicator] });
  if (!outcome.ok) return { ok: false, issues: outcome.issues };
  const result = outcome.result.indicators[0]!;
  const checks = outcome.result.checks.filter((c) => c.path.startsWith('indicators/0/'));
  return { ok: true, result, checks };
}

/** Like {@link scoreOne}, but throws when the row is not valid: for build-time examples, where a bad example must fail the build. */
export function scoreOneOrThrow(row: OneRow, options?: Partial<ScoringOptions>): { result: IndicatorResult; checks: Check[] } {
  const out = scoreOne(row, options);
  if (!out.ok) throw new Error(`示例指标无效：${out.issues.map((i) => `${i.path} ${i.message}`).join('；')}`);
  return out;
}

/** The Chinese label of a category id (投入 …), from the rule set. */
export function categoryLabel(id: CategoryId): string {
  return suzhou2017.categories.find((c) => c.id === id)?.label ?? id;
}

/** The ratio rule (band or threshold) a category is scored by, from the rule set. */
export function ruleOf(id: CategoryId) {
  const cat = suzhou2017.categories.find((c) => c.id === id)!;
  return suzhou2017.ratioRules[cat.ratioRule]!;
}
