import type { UnparsableReason } from './parse/value.ts';
import type { CheckCode, Grade, Operator, Tier } from './types.ts';

/**
 * One step of an indicator's scoring, as data (the page and the CLI render it; explain.ts turns it
 * into a Chinese sentence). Every number is a decimal string: weights and scores in 分, ratios,
 * shares and deductions in %. `…Exact` fields are unrounded; the others are as shown (0.01, R16).
 * A step that rests on one of the project's readings says which one in its sentence (本站解读 Rn / Cn).
 */
export type Step =
  | {
      kind: 'weight';
      /** The weight used, 2 decimals. */
      weight: string;
      /** given: typed on the form; split: blank, the category total shared equally (R2). */
      source: 'given' | 'split';
      /** The category total (分) and how many rows shared it, for `split`. */
      total: string;
      shares: number;
      /** The form's word for it: 权重 or 分值. */
      term?: string;
    }
  | {
      kind: 'target';
      text: string;
      reading: 'number' | 'range' | 'zeroWord' | 'qualitative' | 'deadline' | 'unparsable';
      operator?: Operator;
      /** The operator glyphs and words as written (R22). */
      operatorWords?: string[];
      /** The value (number) or the bounds (range), signed, magnitude applied (R24). */
      value?: string;
      low?: string;
      high?: string;
      /** The number as written and its magnitude word, when there is one (`3`, `万`). */
      written?: string;
      magnitude?: string;
      unit?: string;
      /** A deadline's date as written (R26). */
      deadline?: string;
      reason?: UnparsableReason;
    }
  | {
      kind: 'actual';
      text: string;
      reading: 'blank' | 'number' | 'grade' | 'text' | 'unparsable';
      value?: string;
      written?: string;
      magnitude?: string;
      unit?: string;
      grade?: Grade;
      /** Operators written on the actual (dropped, R4; flagged by R29 when `flagged`). */
      operatorWords?: string[];
      flagged?: boolean;
      reason?: UnparsableReason;
    }
  /** R24: a bare number took the other side's magnitude word. */
  | { kind: 'scale'; side: 'target' | 'actual'; written: string; word: string; value: string; unit: string }
  /** R25: a unitless number ≤ 1 against a percentage read as a fraction. */
  | { kind: 'percent'; side: 'target' | 'actual'; from: string; to: string }
  /** C10: a 成本指标 row without an operator read as ≤. */
  | { kind: 'costReadsLe'; level2: string }
  /** R23: where the actual stands against a range, and which bound scores it. */
  | { kind: 'range'; low: string; high: string; unit: string; actual: string; position: 'inside' | 'below' | 'above' }
  | { kind: 'grade'; grade: Grade; share: string; /** The form's word for the weight when not 权重 (分值). */ term?: string }
  /** R26 / C12: a deadline met by a word (按期完成 …). */
  | { kind: 'deadlineWord'; word: string }
  /** R26 / C12: a deadline against a date actual. Days as `2022年12月31日`. */
  | { kind: 'deadline'; deadline: string; actual: string; onTime: boolean; daysLate: number }
  /** R27: a zero in words (零事故 …) met or not met. */
  | { kind: 'zeroWord'; actual: string; met: boolean; ratio: string }
  /** C12: the tier an actual was placed in, and how. */
  | { kind: 'tier'; tier: Tier; how: 'keyword' | 'equalsTarget' | 'deadline' }
  /** C11: the tier's band and the score it gives. */
  | {
      kind: 'tierScore';
      tier: Tier;
      from: string;
      to: string;
      toInclusive: boolean;
      defaultShare: string;
      selfScore: string | null;
      used: 'selfScore' | 'default';
      score: string;
      scoreExact: string;
    }
  | {
      kind: 'ratio';
      /** actual ÷ target (=, ≥, >), target ÷ actual or 100 − excess (≤, < missed), or met (≤, < met). R8, C7, C8. */
      formula: 'actualOverTarget' | 'targetOverActual' | 'excessPercent' | 'lowerMet';
      operator: Operator;
      target: string;
      actual: string;
      ratioExact: string;
      ratio: string;
    }
  | { kind: 'zeroTarget'; operator: Operator; actual: string; met: boolean; ratio: string }
  /** R28: a target below 0, met or not by its operator on the signed values. */
  | { kind: 'signedTarget'; operator: Operator; target: string; actual: string; met: boolean; ratio: string }
  | {
      kind: 'band';
      /** full: inside the full band; short: below it; over: above 130 %; overFree: above, but not penalised (option). */
      outcome: 'full' | 'short' | 'over' | 'overFree';
      ratio: string;
      fullFrom: string;
      fullTo: string | null;
    }
  | {
      kind: 'points';
      direction: 'short' | 'over';
      /** ratio: points of the completion ratio; percentagePoints: gap between the % values (R13). */
      basis: 'ratio' | 'percentagePoints';
      pointsExact: string;
      /** After the granularity option (R12). */
      points: string;
      granularity: 'linear' | 'floor' | 'ceil';
    }
  | {
      kind: 'deduction';
      points: string;
      perPoint: string;
      /** points × perPoint, in % of the weight, unrounded. */
      deductionExact: string;
      /** 100 − deduction, clamped to [0, 100] (R14), unrounded. */
      shareExact: string;
      clamped: boolean;
      /** The form's word for the weight when not 权重 (分值). */
      term?: string;
    }
  /** C7, C8: the share is the ratio itself within [0, 100] %. */
  | { kind: 'proportional'; ratio: string; outcome: 'met' | 'short' | 'zero'; shareExact: string }
  | { kind: 'score'; weight: string; shareExact: string; scoreExact: string; score: string; term?: string }
  /**
   * C5, C6: the execution rate, 全年执行数 ÷ the base column (万元), in %. `summed` (only when some)
   * names the side(s) taken from the 其中 rows' sum because the total cell was blank, 0, unreadable or too long.
   */
  | { kind: 'executionRate'; base: string; baseValue: string; executed: string; rateExact: string; rate: string; summed?: { base?: FundTotalGap; executed?: FundTotalGap } }
  /** C6: the execution score, w × B ÷ A capped at w. */
  | { kind: 'executionScore'; weight: string; rate: string; scoreExact: string; capped: boolean; score: string }
  /** Why a row scored 0; `note`: a 说明 was written (R6); `quote`: the form's own sentence for a blank, if any. */
  | { kind: 'zero'; reason: CheckCode; note?: boolean; quote?: string | null };

/**
 * Why a 年度资金总额 cell was replaced by the 其中 rows' sum (C5): blank, 0, text that does not read as
 * a number (万元), or a number with more digits than an amount may have (`long`: over 12 integer or 6
 * decimal digits, form-format.md), which is not used either.
 */
export type FundTotalGap = 'blank' | 'zero' | 'unreadable' | 'long';

/**
 * The form's own words for the fields an explanation names, from its rule set: `target` its word for
 * a row's target column (`targetTerm`: 年度指标值 on the central form), `qualitative` its word for what a
 * qualitative actual states (`qualitativeTerm`: 完成程度, C11, C12), `selfScore` its word for the
 * self-score column (`selfScoreTerm`: 自评得分, C11). Kept beside a result's steps, not in them (the
 * steps are the same data on every form); without them the sentences say 目标值, 评价等级 and 自评分.
 */
export interface StepWords {
  target: string;
  qualitative: string;
  selfScore: string;
}

/** The words the sentences use when a result carries none: the Suzhou form's (目标值, 评价等级, 自评分). */
export const DEFAULT_STEP_WORDS: StepWords = { target: '目标值', qualitative: '评价等级', selfScore: '自评分' };
