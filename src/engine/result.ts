import type { Step } from './steps.ts';
import type { CategoryId, Check, CheckCode, FormGrade, ScoringOptions, Tier } from './types.ts';

/**
 * The scored result of one indicator row. Decimal strings with exactly two decimals:
 * `weight` and `score` in 分, `ratio` in % (shown rounded, used unrounded, R16).
 */
export interface IndicatorResult {
  /** Position in the form's `indicators` (0-based). */
  index: number;
  category: CategoryId;
  /** 二级指标 as written (central only). */
  level2?: string;
  name: string;
  target: string;
  actual: string;
  /** quantitative: scored by ratio; qualitative: graded 好…差; unscored: a check set it to 0. */
  kind: 'quantitative' | 'qualitative' | 'unscored';
  weight: string;
  /** Completion ratio, `null` for graded rows and rows a check stopped (R7). */
  ratio: string | null;
  /** Share of the weight earned, in %, unrounded (R14: within 0–100). */
  share: string;
  score: string;
  /** 自评分 as written, two decimals, or `null` when blank. */
  selfScore: string | null;
  /** 自评分 − 得分, when they differ by 0.01 or more (R17). */
  selfScoreGap: string | null;
  /** The steps as data. */
  steps: Step[];
  /** The steps in Chinese sentences, in order. */
  explanation: string[];
  /** One Chinese sentence: how this row got its score. */
  summary: string;
  /** Codes of the checks that concern this row. */
  checks: CheckCode[];
  /** C11, C12: the tier a qualitative row was placed in (central only). */
  tier?: Tier;
  /** C11: the band of points that tier allows, 2 decimals (`to` excluded except for 达成). */
  band?: { from: string; to: string };
}

/**
 * The scored 预算执行率 row of a form that has one (C5, C6): `rate` the computed 执行率 in %, half-up
 * to 0.01 (`null` when undefined); `score`, `weight`, `selfScore` in 分; `base` and `executed` the
 * amounts used (万元, unrounded); `baseColumn` the column the option chose.
 */
export interface ExecutionResult {
  label: string;
  rate: string | null;
  score: string;
  weight: string;
  selfScore: string | null;
  base: string | null;
  executed: string | null;
  baseColumn: 'initialBudget' | 'fullYearBudget';
  steps: Step[];
  explanation: string[];
  summary: string;
  checks: CheckCode[];
}

/** A category subtotal: the exact sum of its rounded indicator scores (R16), and its fixed total. */
export interface CategoryResult {
  /** The category, or `execution` for the central form's 预算执行率 row. */
  id: CategoryId | 'execution';
  label: string;
  score: string;
  max: string;
  /** Sum of the weights used, 2 decimals. */
  weightSum: string;
  count: number;
}

/** Figures the form implies, for the page to show and offer (R18, R19, R21). 万元 or %; `null` when not computable. */
export interface DerivedFigures {
  /** 年初预算数 + 调整数 − 财政拨款数 (R18). */
  quotaBalance: string | null;
  /** 财政拨款数 − 实际支付数 (R19). */
  balance: string | null;
  /** 结转数 + 财政收回数 (R19). */
  carryoverPlusRecovered: string | null;
  /** Σ 子项目实际金额 (R20). */
  subprojectSum: string | null;
  /** 实际支付数 ÷ 财政拨款数 × 100, half-up to 0.01 (R21). */
  executionRate: string | null;
  /** Index of the 投入 row that receives the execution rate (name contains 预算执行率), or `null`. */
  executionRateIndicator: number | null;
}

/** The scored form: what the calculator shows and the score command prints (form-format.md). */
export interface FormResult {
  ruleSet: string;
  /** The options actually used (defaults filled in), so a reader knows which reading applied. */
  options: ScoringOptions;
  /** 项目绩效实现情况 score, 2 decimals: the exact sum of the category scores. */
  total: string;
  /** The maximum, `"80.00"` (R1) or `"100.00"` (C1). */
  max: string;
  /** The grade of the total (C15), on forms that have one. */
  grade?: FormGrade;
  /** The 预算执行率 row (C5, C6), on forms that have one. */
  execution?: ExecutionResult;
  /** Sum of all the weights used, 2 decimals (80.00 on a consistent form). */
  weightSum: string;
  /** Keyed by the rule set's category ids, plus `execution` on the central form (C1). */
  categories: Record<string, CategoryResult>;
  indicators: IndicatorResult[];
  checks: Check[];
  derived: DerivedFigures;
}

/** A reason a file is not a valid form: the field's path and a Chinese message naming it (form-format.md). */
export interface ValidationIssue {
  /** Slash path in the form file, e.g. `indicators/3/weight`; `''` for the whole file. */
  path: string;
  message: string;
}

/** The outcome of scoring untrusted input: a result, or the reasons it is not a valid form. */
export type ScoreOutcome = { ok: true; result: FormResult } | { ok: false; issues: ValidationIssue[] };
