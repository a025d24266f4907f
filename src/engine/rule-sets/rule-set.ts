import type { CategoryId, CheckCode, FormGrade, Grade, ScoringOptions, Severity, Tier } from '../types.ts';

/**
 * A band rule (定量指标评分规则 of the Suzhou form) as data: how a completion ratio r (%) becomes a
 * share of the weight.
 *
 * - `fullFrom` ≤ r ≤ `fullTo` earns the full weight (`fullTo: null` means no upper end).
 * - Below `fullFrom`, each point short costs `shortfallPerPoint` % of the weight.
 * - Above `fullTo`, each point over costs `overPerPoint` % of the weight (`null`: never).
 *
 * Source: 填表说明 4; R10 (投入/产出: 100–130 %, 5 %, 1 %) and R11 (结果/影响力: ≥ 100 %, 5 %).
 */
export interface RatioRule {
  kind?: 'band';
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

/**
 * A proportional rule (C7, C8): the share of the weight is the completion ratio itself, within
 * [0, 100] %: met → full, not met → w × B ÷ A (or A ÷ B for ≤). Never a deduction for over-achievement.
 */
export interface ProportionalRule {
  kind: 'proportional';
  label: string;
  /** C9: a met higher-is-better row with r at or above this (%) gets `OVER_TARGET`; `null`: never. */
  overTargetFrom: string | null;
}

/** Any rule that turns a completion ratio into a share of the weight. */
export type ScoringRule = RatioRule | ProportionalRule;

/** One category of a rule set: its id, its Chinese name on the form, its fixed total, its ratio rule. */
export interface CategoryRule {
  id: CategoryId;
  /** 投入 / 产出 / 结果 / 影响力, or 产出指标 / 效益指标 / 满意度指标. */
  label: string;
  /** The category's total in 分 (R1, C1). */
  total: string;
  /** Key into {@link RuleSet.ratioRules}. */
  ratioRule: string;
  /** Where the rows of this category come from, for the message of an empty category. */
  source: string;
}

/** One row of the grade table: a grade and its share of the weight in % (R5). */
export interface GradeRule {
  grade: Grade;
  share: string;
}

/**
 * One tier of a qualitative row (C11): its band of the weight in % (`from` ≤ s < `to`, or ≤ `to`
 * when `toInclusive`), the score with no self-score (`defaultShare` % of the weight) and the phrase
 * the form writes.
 */
export interface TierRule {
  tier: Tier;
  phrase: string;
  from: string;
  to: string;
  toInclusive: boolean;
  defaultShare: string;
}

/** A grade of the whole form (C15): the grade for a total at or above `from` 分. Highest first. */
export interface GradeBand {
  grade: FormGrade;
  from: string;
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
export interface OptionRule {
  key: keyof ScoringOptions;
  label: string;
  /** The rule it belongs to, e.g. `R12`, `C2`. */
  rule: string;
  values: { value: string; label: string }[];
}

/**
 * The scored budget-execution row of a form that has one (C5, C6): its label, default weight, the
 * option that picks the base column, and the columns.
 */
export interface ExecutionRule {
  label: string;
  /** 分值 when blank (C3). */
  weight: string;
  /** The option whose value picks the base column, and the column per value. */
  baseOption: keyof ScoringOptions;
  bases: Record<string, 'initialBudget' | 'fullYearBudget'>;
}

/**
 * When a category has no rows, another takes its total (C2): under option `option` = `value`, the
 * total of `from` moves to `to`, with check `code`.
 */
export interface CategoryTransfer {
  from: CategoryId;
  to: CategoryId;
  option: keyof ScoringOptions;
  value: string;
  /** The check that says so (its message comes with the rule set's kit, checks/kit-messages.ts). */
  code: 'NO_SATISFACTION';
}

/** How a quantitative row's text becomes a reading: which option chooses the lower-is-better formula. */
export interface ReverseRule {
  /** The option key (`lowerIsBetter`, `reverseRule`). */
  option: keyof ScoringOptions;
  /** The option value that selects the excess formula (100 − excess %). */
  excessValue: string;
}

/** Optional parts of the form file that only some rule sets have (form-format.md). */
export type FormKey = 'budget' | 'funds' | 'subprojects' | 'execution' | 'goals' | 'implementer' | 'level2';

/**
 * A scoring scheme as data: everything the mechanisms need to score a form of that scheme.
 * A new scheme is a new value of this type, never a branch inside a mechanism.
 */
export interface RuleSet {
  /** Stable id written in form files and links, e.g. `suzhou-2017`. */
  id: string;
  /** Chinese name of the scheme. */
  label: string;
  /** Short Chinese name for a choice of form: `苏州市级 80 分`. */
  shortLabel: string;
  /** Name of the form as printed: `苏州市级财政支出项目绩效自评表`. */
  formTitle: string;
  /** The parts of the form file this rule set has besides `version`, `ruleSet`, `options`, `project`, `indicators`. */
  formKeys: FormKey[];
  /** The form's word for a row's points: 权重 (Suzhou) or 分值 (central), used in explanations. */
  weightTerm: string;
  /**
   * The form's word for the unit's own score of a row, used wherever a message names that field
   * (R17, R31, C11, C13): 自评分 on the Suzhou form (its 指标 table's column), 自评得分 on the central
   * one (the official table's 得分 column as written by the unit, form-format.md; the calculator's
   * column says 自评得分 so it is not read as the site's 得分: forms/central-2020/layout.ts).
   */
  selfScoreTerm: string;
  /**
   * The form's word for the project's year (`project.year`), used wherever a message names that
   * field: 项目年份 on the Suzhou form (its 项目信息 line), 年度 on the central one (its title
   * “项目支出绩效自评表（ 年度）”, central-2020.md “The form”; form-format.md).
   */
  yearTerm: string;
  /**
   * The form's word for a row's target column, used wherever a message or an explanation step names
   * that field: 目标值 on the Suzhou form, 年度指标值 on the central one (its indicator table's column,
   * forms/central-2020/layout.ts). Both forms call the actual 实际完成值.
   */
  targetTerm: string;
  /**
   * The form's word for what a qualitative row's actual states, as a message asks for it: 评价等级 on
   * the Suzhou form (好…差, R5), 完成程度 on the central one (达成 / 部分达成 / 未达成, C11, C12).
   */
  qualitativeTerm: string;
  /** The form's maximum in 分 (R1: 80, C1: 100). */
  total: string;
  /** The categories in form order, with totals that add up to {@link total} (less the execution row). */
  categories: CategoryRule[];
  /** How qualitative rows are scored: five grades (R5) or three tiers with bands (C11). */
  qualitative: 'grades' | 'tiers';
  /** The grade table (R5), best first; empty for a tier scheme. */
  grades: GradeRule[];
  /** The tier table (C11), best first, and the words that place an actual in a tier (C12). */
  tiers: TierRule[];
  /** C12 step 1: actual prefixes (after operators) that name a tier, tested in this order. */
  tierWords: { prefix: Array<[string, Tier]>; exact: Array<[string, Tier]> };
  /** The grade of the whole form (C15), highest first; empty when the form has none. */
  gradeBands: GradeBand[];
  /** Named ratio rules, referenced by the categories. */
  ratioRules: Record<string, ScoringRule>;
  /** Which option picks the formula of a missed ≤ target (R8, C8). */
  reverse: ReverseRule;
  /** The scored execution row (C5, C6), or `null` when the form has none. */
  execution: ExecutionRule | null;
  /** C2, or `null`. */
  categoryTransfer: CategoryTransfer | null;
  /**
   * Weight checks: the code for a category whose weights do not add up to its total
   * (R2 `WEIGHT_SUM_MISMATCH`, C3 `CATEGORY_TOTAL_DEVIATES`), and whether the whole form must add
   * up to {@link total} (C3 `TOTAL_WEIGHT_MISMATCH`).
   */
  weightChecks: { category: 'WEIGHT_SUM_MISMATCH' | 'CATEGORY_TOTAL_DEVIATES'; formTotal: 'TOTAL_WEIGHT_MISMATCH' | null };
  /** R18–R21: the Suzhou budget tables and their identities apply. */
  budgetIdentities: boolean;
  /** C16: a row below its weight, or over target, needs a 偏差原因 note. */
  deviationNote: boolean;
  /** C10: a row whose 二级指标 contains this text and whose target has no operator reads as ≤; `null`: never. */
  costLevel2: string | null;
  /** R30: words in a row's name that mark a cost row (成本, 费用, 单价, 造价). */
  costNameWords: string[];
  /** The form's own words for a blank actual (R6): the sentence it quotes, or `null` when it has none. */
  missingActualQuote: string | null;
  /** The 投入 template (R3): the six 2017 common indicators with their weights; empty when none. */
  inputTemplate: TemplateIndicator[];
  /** The default reading of every option (本站解读) of this rule set. */
  defaultOptions: ScoringOptions;
  /** The options a user may choose, with labels. */
  options: OptionRule[];
  /** Severity of every check code this rule set raises (scoring-decisions.md, central-2020.md). */
  severities: Partial<Record<CheckCode, Severity>>;
  /** R17 / R21 / C6: a difference of this many 分 or % or more is reported. */
  tolerance: string;
  /** R21: the 投入 row whose name contains this text receives the budget execution rate; `null`: none. */
  executionRateIndicator: string | null;
  /** Units that mean “per cent” for R13 and R25 (`%`, after folding). */
  percentUnits: string[];
  /** Where the project's readings of this rule set are listed (`/readings/`), for links. */
  readingsPage: string;
}
