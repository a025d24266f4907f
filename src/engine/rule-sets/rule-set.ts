import type { CategoryId, CheckCode, Grade, ScoringOptions, Severity } from '../types.ts';

/**
 * A ratio rule (定量指标评分规则) as data: how a completion ratio r (%) becomes a share of the weight.
 *
 * - `fullFrom` ≤ r ≤ `fullTo` earns the full weight (`fullTo: null` means no upper end).
 * - Below `fullFrom`, each point short costs `shortfallPerPoint` % of the weight.
 * - Above `fullTo`, each point over costs `overPerPoint` % of the weight (`null`: never).
 *
 * Source: 填表说明 4; R10 (投入/产出: 100–130 %, 5 %, 1 %) and R11 (结果/影响力: ≥ 100 %, 5 %).
 */
export interface RatioRule {
  /** Short Chinese name of the rule, as the pages call it. */
  label: string;
  /** Lower end of the full-score band, in %. */
  fullFrom: string;
  /** Upper end of the full-score band, in %; `null` for “100 % and above”. */
  fullTo: string | null;
  /** Share of the weight (%) lost per point below `fullFrom`. */
  shortfallPerPoint: string;
  /** Share of the weight (%) lost per point above `fullTo`; `null` when over-achievement is free. */
  overPerPoint: string | null;
}

/** One category of a rule set: its id, its Chinese name on the form, its fixed total, its ratio rule. */
export interface CategoryRule {
  id: CategoryId;
  /** 投入 / 产出 / 结果 / 影响力. */
  label: string;
  /** The category's fixed total in 分 (R1). */
  total: string;
  /** Key into {@link RuleSet.ratioRules}. */
  ratioRule: string;
}

/** One row of the grade table: a grade and its share of the weight in % (R5). */
export interface GradeRule {
  grade: Grade;
  share: string;
}

/** One indicator of a template (e.g. the six 2017 common 投入 indicators, R3). */
export interface TemplateIndicator {
  name: string;
  target: string;
  weight: string;
  /** Whether it is graded 好…差 (定性) or scored by ratio (定量). */
  kind: 'qualitative' | 'quantitative';
}

/** One selectable reading (本站解读) and the values it may take, with Chinese labels. */
export interface OptionRule<K extends keyof ScoringOptions = keyof ScoringOptions> {
  key: K;
  label: string;
  /** The rule it belongs to, e.g. `R12`. */
  rule: string;
  values: { value: ScoringOptions[K]; label: string }[];
}

/**
 * A scoring scheme as data: everything the mechanisms need to score a form of that scheme.
 * A new scheme is a new value of this type, never a branch inside a mechanism.
 */
export interface RuleSet {
  /** Stable id written in form files and links, e.g. `suzhou-2017`. */
  id: string;
  /** Chinese name of the scheme. */
  label: string;
  /** 项目绩效实现情况 maximum in 分 (R1: 80). */
  total: string;
  /** The categories in form order, with totals that add up to {@link total}. */
  categories: CategoryRule[];
  /** The grade table (R5), best first. */
  grades: GradeRule[];
  /** Named ratio rules, referenced by the categories. */
  ratioRules: Record<string, RatioRule>;
  /** The 投入 template (R3): the six 2017 common indicators with their weights. */
  inputTemplate: TemplateIndicator[];
  /** The default reading of every option (本站解读). */
  defaultOptions: ScoringOptions;
  /** The options a user may choose, with labels. */
  options: OptionRule[];
  /** Severity of every check code (scoring-decisions.md, “Check codes”). */
  severities: Record<CheckCode, Severity>;
  /** R17 / R21: a difference of this many 分 or % or more is reported. */
  tolerance: string;
  /** R21: the 投入 row whose name contains this text receives the budget execution rate. */
  executionRateIndicator: string;
  /** Units that mean “per cent” for R13 (`%`, after full-width folding). */
  percentUnits: string[];
}
