// Direct module imports (not the engine's index) keep islands small: no zod, only what scoring needs.
import { checkField } from '../../engine/field-rules.ts';
import { explainSteps, summarize, summarizeExecution } from '../../engine/explain.ts';
import { installExplainer } from '../../engine/sentences.ts';
import { D, fixed2 } from '../../engine/decimal.ts';
import { registerKit } from '../../engine/rule-sets/index.ts';
import { suzhouKit } from '../../engine/rule-sets/suzhou-2017.kit.ts';
import { suzhou2017 } from '../../engine/rule-sets/suzhou-2017.ts';
import { scoreForm } from '../../engine/score-form.ts';
import { AMOUNT_HELP, isYuanAmount, normalizeAmount, yuanMessage } from '../../paste/number.ts';
import type { IndicatorResult } from '../../engine/result.ts';
import type { CategoryId, Check, IndicatorInput, ScoringOptions } from '../../engine/types.ts';
import type { RatioRule } from '../../engine/rule-sets/rule-set.ts';
import type { ValidationIssue } from '../../engine/result.ts';

// The guide's mini-calculators score with the Suzhou rules: install them (the engine holds no rule set of its own).
registerKit(suzhouKit);

// Mini-calculators show every row's summary and steps at once: the sentences come with the engine.
installExplainer({ explainSteps, summarize, summarizeExecution });

/** One indicator row as a guide page or a mini-calculator states it. */
export interface OneRow {
  category: CategoryId;
  name?: string;
  target: string;
  actual?: string;
  weight?: string;
  note?: string;
  /** 自评分 as written on the form (R17), to show the self-score checks. */
  selfScore?: string;
}

/**
 * A row a guide page states in full: 类别, 目标值 and 实际完成值 as written on the form, 权重 in 分.
 * The props every build-time figure of one row takes (Num, RoundFirst, FloatDemo, Example).
 */
export type StatedRow = Required<Pick<OneRow, 'category' | 'target' | 'actual' | 'weight'>>;

/** The engine's verdict on one row: its result and its own checks, or why the row is not valid. */
export type OneOutcome =
  | { ok: true; result: IndicatorResult; checks: Check[] }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Scores a single indicator row with the engine (scoreForm on a one-row form, after the engine's
 * own field check of the weight, checkField), keeping only what concerns that row: checks on
 * `indicators/0/…` (the category-level weight and empty-category checks of a one-row form say
 * nothing about the row). Presentation helper, no scoring of its own.
 */
export function scoreOne(row: OneRow, options?: Partial<ScoringOptions>): OneOutcome {
  const indicator: IndicatorInput = {
    category: row.category,
    name: row.name ?? '示例指标',
    target: row.target,
    ...(row.actual !== undefined ? { actual: row.actual } : {}),
    ...(row.weight !== undefined && row.weight !== '' ? { weight: row.weight } : {}),
    ...(row.note ? { note: row.note } : {}),
    ...(row.selfScore !== undefined && row.selfScore !== '' ? { selfScore: row.selfScore } : {}),
  };
  const bad = checkField('weight', indicator.weight);
  if (bad) return { ok: false, issues: [{ path: 'indicators/0/weight', message: `权重${bad}` }] };
  const scored = scoreForm({ version: 1, ruleSet: suzhou2017.id, ...(options ? { options } : {}), indicators: [indicator] });
  const result = scored.indicators[0]!;
  const checks = scored.checks.filter((c) => c.path.startsWith('indicators/0/'));
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
export function ruleOf(id: CategoryId): RatioRule {
  const cat = suzhou2017.categories.find((c) => c.id === id)!;
  // Every Suzhou category uses a band rule (R10, R11).
  return suzhou2017.ratioRules[cat.ratioRule] as RatioRule;
}

export { scoreForm, checkField };

/**
 * Amounts as the calculator reads them (1,234.5 / 1234.5万 / 1234.5万元, in 万元; an amount in 元 is refused,
 * with how to convert: paste/number.ts), for the guide's budget mini-calculator. They come with the
 * engine, not with the page: the island needs them only to score, and so loads no scoring code on load.
 */
export { AMOUNT_HELP, isYuanAmount, normalizeAmount, yuanMessage };

/** A decimal string shown with two decimals, half-up (R16): '23.0769…' → '23.08'. */
export function pct2(value: string): string {
  return fixed2(new D(value));
}
