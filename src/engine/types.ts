/**
 * Shapes shared by the whole engine: the form file (version 1), the rule set, and the scored result.
 *
 * Units: money in 万元, ratios and shares in percent (%), weights and scores in points (分).
 * Every number that leaves the engine is a decimal string (e.g. `"4.80"`), never a binary float,
 * so it survives JSON, share links and the page exactly.
 */

/**
 * Indicator categories. `suzhou-2017` (类别, R1): `input` 投入, `output` 产出, `outcome` 结果,
 * `impact` 影响力. `central-2020` (一级指标, C1): `output` 产出指标, `benefit` 效益指标,
 * `satisfaction` 满意度指标. A rule set lists the ones it uses, in the order the form prints them.
 */
export type CategoryId = 'input' | 'output' | 'outcome' | 'impact' | 'benefit' | 'satisfaction';

/** The five qualitative grades (评价等级, 填表说明 4, R5). */
export type Grade = '好' | '较好' | '一般' | '较差' | '差';

/** A comparison operator on a target (R4): `eq` =, `ge` ≥, `gt` >, `le` ≤, `lt` <. */
export type Operator = 'eq' | 'ge' | 'gt' | 'le' | 'lt';

/** A tier of a qualitative row on the central form (C11): 达成 / 部分达成 / 未达成. */
export type Tier = '达成' | '部分达成' | '未达成';

/** The grade of a central form's total (C15). */
export type FormGrade = '优' | '良' | '中' | '差';

/**
 * Interpretation options (本站解读) of `suzhou-2017` where the 填表说明 is silent (R8, R10, R12, R13).
 */
export interface SuzhouOptions {
  /** R12: points short/over counted exactly (`linear`), or rounded down/up to whole points. */
  granularity: 'linear' | 'floor' | 'ceil';
  /** R13: for % targets, points short measured on the ratio (`ratio`) or as the gap in % points. */
  shortfallBasis: 'ratio' | 'percentagePoints';
  /** R10: over-achievement beyond 130 % costs 1 % of the weight per point (`above130`) or nothing. */
  overAchievement: 'above130' | 'none';
  /** R8: a missed ≤ target scores target ÷ actual (`inverseRatio`) or 100 − excess % (`excessPercent`). */
  lowerIsBetter: 'inverseRatio' | 'excessPercent';
}

/** Interpretation options (本站解读) of `central-2020` (C2, C5, C8). */
export interface CentralOptions {
  /** C2: with no 满意度 row, 效益 takes its 10 points (`benefit40`) or the totals stay (`keep`). */
  noSatisfaction: 'benefit40' | 'keep';
  /** C5: the execution rate's base, 全年预算数 (`fullYear`) or 年初预算数 (`initial`). */
  executionBase: 'fullYear' | 'initial';
  /** C8: a missed ≤ target scores w × A ÷ B (`inverseRatio`) or w × (1 − (B − A) ÷ A) (`excessShare`). */
  reverseRule: 'inverseRatio' | 'excessShare';
}

/**
 * The options of any rule set. Each travels with the form and with a share link, and is echoed in the
 * result; a form's `options` may only hold its own rule set's keys (the schema refuses the others),
 * and a resolved set holds every key of its rule set (defaults filled in).
 */
export type ScoringOptions = Partial<SuzhouOptions & CentralOptions>;

/** A decimal as it may stand in a form file: a JSON number or a decimal string such as `"4.80"`. */
export type DecimalInput = string | number;

/** One indicator row of the form (指标), as in the form file (form-format.md). */
export interface IndicatorInput {
  /** 类别 (Suzhou) or 一级指标 (central). */
  category: CategoryId;
  /** 二级指标 (central only, display; a 成本 row without an operator reads as ≤, C4, C10). */
  level2?: string;
  /** 指标名称 (Suzhou) or 三级指标 (central). */
  name: string;
  /** 目标值, as written: `=13 个`, `≥95%`, `合规` (R4). */
  target: string;
  /** 权重 in 分; blank or absent means “split equally” (R2). */
  weight?: DecimalInput;
  /** 实际完成值, as written (R4); blank means missing (R6). */
  actual?: string;
  /** 自评分 in 分, as the unit wrote it (R17). */
  selfScore?: DecimalInput;
  /** 说明 (偏差原因). */
  note?: string;
}

/** 市级预算执行情况 (万元). */
export interface BudgetInput {
  /** 年初预算数（"二下"数）. */
  initialBudget?: DecimalInput;
  /** 当年使用上年结余、结转及当年调整预算数; may be negative. */
  adjustment?: DecimalInput;
  /** 财政拨款数 (budget block). */
  appropriation?: DecimalInput;
  /** 指标结余数, checked by R18. */
  quotaBalance?: DecimalInput;
}

/** 市级财政资金使用情况 (万元). */
export interface FundsInput {
  /** 财政拨款数 (funds block). */
  appropriation?: DecimalInput;
  /** 实际支付数. */
  actualPayment?: DecimalInput;
  /** 资金结余、结转数, checked by R19. */
  balance?: DecimalInput;
  /** 结转数. */
  carryover?: DecimalInput;
  /** 财政收回数. */
  recovered?: DecimalInput;
}

/** One 子项目 row: name and 实际金额 (万元). */
export interface SubprojectInput {
  name: string;
  amount: DecimalInput;
}

/** The project header of the form. */
export interface ProjectInput {
  /** 项目名称. */
  name?: string;
  /** 项目年份. */
  year?: number;
  /** 项目主管部门（单位）. */
  department?: string;
  /** 实施单位 (central only). */
  implementer?: string;
}

/** One row of the central funds table (万元): 年初预算数, 全年预算数, 全年执行数 (C5). */
export interface FundRowInput {
  initialBudget?: DecimalInput;
  fullYearBudget?: DecimalInput;
  executed?: DecimalInput;
}

/** The central form's funds table and its scored row, 预算执行率 (C5, C6). */
export interface ExecutionInput {
  /** 年度资金总额: the scored row. */
  total?: FundRowInput;
  /** 其中：当年财政拨款. */
  appropriation?: FundRowInput;
  /** 上年结转资金. */
  carryover?: FundRowInput;
  /** 其他资金. */
  other?: FundRowInput;
  /** 分值 of the total row; blank means 10 (C3). */
  weight?: DecimalInput;
  /** 执行率 as printed, in % with or without `%` (C6); checked, not used. */
  rate?: DecimalInput;
  /** 得分 of the total row as written (C13). */
  selfScore?: DecimalInput;
}

/** 年度总体目标 of the central form: text, shown, not scored. */
export interface GoalsInput {
  /** 预期目标. */
  expected?: string;
  /** 实际完成情况. */
  achieved?: string;
}

/** A whole self-evaluation form, version 1 of the form file (form-format.md). */
export interface Form {
  version: 1;
  ruleSet: string;
  options?: Partial<ScoringOptions>;
  project?: ProjectInput;
  budget?: BudgetInput;
  funds?: FundsInput;
  subprojects?: SubprojectInput[];
  /** Central only (C5, C6). */
  execution?: ExecutionInput;
  /** Central only. */
  goals?: GoalsInput;
  indicators: IndicatorInput[];
}

/** How serious a check is (scoring-decisions.md, “Check codes”). */
export type Severity = 'error' | 'warning' | 'info';

/**
 * The stable check codes of scoring-decisions.md and central-2020.md. Tests and share links rely on
 * them. `NEGATIVE_VALUE` is retired (R28 reads signed values): never raised, still read in old links.
 */
export type CheckCode =
  | 'WEIGHT_SUM_MISMATCH'
  | 'UNIT_MISMATCH'
  | 'NEGATIVE_VALUE'
  | 'SELF_SCORE_ABOVE_WEIGHT'
  | 'DEADLINE_MISSED'
  | 'ACTUAL_HAS_OPERATOR'
  | 'NEGATIVE_TARGET'
  | 'PERCENT_ASSUMED'
  | 'OPERATOR_ASSUMED'
  | 'TOTAL_WEIGHT_MISMATCH'
  | 'FUND_TOTAL_MISMATCH'
  | 'CATEGORY_TOTAL_DEVIATES'
  | 'EXECUTION_WEIGHT_NOT_10'
  | 'ZERO_BUDGET'
  | 'UNKNOWN_TIER'
  | 'SCORE_OUT_OF_BAND'
  | 'MISSING_DEVIATION_NOTE'
  | 'NO_SATISFACTION'
  | 'EXECUTION_ABOVE_100'
  | 'OVER_TARGET'
  | 'NEGATIVE_AMOUNT'
  | 'QUOTA_BALANCE_MISMATCH'
  | 'FUND_BALANCE_MISMATCH'
  | 'CARRYOVER_SPLIT_MISMATCH'
  | 'APPROPRIATION_MISMATCH'
  | 'OVERSPEND'
  | 'UNKNOWN_GRADE'
  | 'UNPARSABLE_VALUE'
  | 'MISSING_ACTUAL'
  | 'SELF_SCORE_MISMATCH'
  | 'SUBPROJECT_SUM_MISMATCH'
  | 'EXECUTION_RATE_MISMATCH'
  | 'EMPTY_CATEGORY'
  | 'WEIGHT_PARTIAL'
  | 'ZERO_TARGET';

/**
 * One finding about the form. `path` names the field with slashes, as in the form file
 * (`indicators/6/actual`, `funds/balance`, `categories/output`), so a page can link to it.
 * `message` is Chinese: it names the field, says what is wrong and how to fix it.
 */
export interface Check {
  code: CheckCode;
  severity: Severity;
  path: string;
  message: string;
}
