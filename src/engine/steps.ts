import type { CheckCode, Grade, Operator } from './types.ts';

/**
 * One step of an indicator's scoring, as data (the page and the CLI render it; explain.ts turns it
 * into a Chinese sentence). Every number is a decimal string: weights and scores in 分, ratios,
 * shares and deductions in %. `…Exact` fields are unrounded; the others are as shown (0.01, R16).
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
    }
  | { kind: 'target'; text: string; reading: 'number' | 'qualitative' | 'deadline' | 'unparsable'; operator?: Operator; value?: string; unit?: string }
  | { kind: 'actual'; text: string; reading: 'blank' | 'number' | 'grade' | 'text' | 'unparsable'; value?: string; unit?: string; grade?: Grade }
  | { kind: 'grade'; grade: Grade; share: string }
  | {
      kind: 'ratio';
      /** actual ÷ target (=, ≥, >), target ÷ actual or 100 − excess (≤, < missed), or met (≤, < met). R8. */
      formula: 'actualOverTarget' | 'targetOverActual' | 'excessPercent' | 'lowerMet';
      operator: Operator;
      target: string;
      actual: string;
      ratioExact: string;
      ratio: string;
    }
  | { kind: 'zeroTarget'; operator: Operator; actual: string; met: boolean; ratio: string }
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
    }
  | { kind: 'score'; weight: string; shareExact: string; scoreExact: string; score: string }
  | { kind: 'zero'; reason: CheckCode };
