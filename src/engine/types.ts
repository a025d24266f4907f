/**
 * Shapes shared by the whole engine: the form file (version 1), the rule set, and the scored result.
 *
 * Units: money in 万元, ratios and shares in percent (%), weights and scores in points (分).
 * Every number that leaves the engine is a decimal string (e.g. `"4.80"`), never a binary float,
 * so it survives JSON, share links and the page exactly.
 */

/** The four indicator categories of the form (类别), in the order the form prints them (R1). */
export type CategoryId = 'input' | 'output' | 'outcome' | 'impact';

/** The five qualitative grades (评价等级, 填表说明 4, R5). */
export type Grade = '好' | '较好' | '一般' | '较差' | '差';

/** A comparison operator on a target (R4): `eq` =, `ge` ≥, `gt` >, `le` ≤, `lt` <. */
export type Operator = 'eq' | 'ge' | 'gt' | 'le' | 'lt';

/**
 * Interpretation options (本站解读) where the 填表说明 is silent (R8, R10, R12, R13).
 * Each travels with the form and with a share link, and is echoed in the result.
 */
export interface ScoringOptions {
  /** R12: points short/over counted exactly (`linear`), or rounded down/up to whole points. */
  granularity: 'linear' | 'floor' | 'ceil';
  /** R13: for % targets, points short measured on the ratio (`ratio`) or as the gap in % points. */
  shortfallBasis: 'ratio' | 'percentagePoints';
  /** R10: over-achievement beyond 130 % costs 1 % of the weight per point (`above130`) or nothing. */
  overAchievement: 'above130' | 'none';
  /** R8: a missed ≤ target scores target ÷ actual (`inverseRatio`) or 100 − excess % (`excessPercent`). */
  lowerIsBetter: 'inverseRatio' | 'excessPercent';
}

/** A decimal as it may stand in a form file: a JSON number or a decimal string such as `"4.80"`. */
export type DecimalInput = string | number;

/** One indicator row of the form (指标), as in the form file (form-format.md). */
export interface IndicatorInput {
  /** 类别. */
  category: CategoryId;
  /** 指标名称. */
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
  indicators: IndicatorInput[];
}

/** How serious a check is (scoring-decisions.md, “Check codes”). */
export type Severity = 'error' | 'warning' | 'info';

/** The stable check codes of scoring-decisions.md. Tests and share links rely on them. */
export type CheckCode =
  | 'WEIGHT_SUM_MISMATCH'
  | 'UNIT_MISMATCH'
  | 'NEGATIVE_VALUE'
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
