import { D, HUNDRED, ZERO, fixed2, type Dec } from '../decimal.ts';
import type { Step } from '../steps.ts';
import type { Operator, ScoringOptions } from '../types.ts';

/** A quantitative target and actual, already read by the parser (R4). */
export interface RatioInput {
  operator: Operator;
  /** Target value (> 0 or = 0), in the row's unit. */
  target: Dec;
  /** Actual value (≥ 0), in the row's unit. */
  actual: Dec;
}

/** A completion ratio and how it was found. `ratio` is in %, unrounded (R16). */
export interface RatioOutcome {
  ratio: Dec;
  /** True when the target is 0 and R9 decided met / not met. */
  zeroTarget: boolean;
  step: Step;
}

const LOWER_IS_BETTER: ReadonlySet<Operator> = new Set(['le', 'lt']);

/**
 * Whether a target of 0 is met (R9): `≥0` always; `>0` when actual > 0; `=0`, `≤0`, `<0` when actual is 0.
 * @example zeroTargetMet('eq', new D(1)) // false
 */
export function zeroTargetMet(operator: Operator, actual: Dec): boolean {
  if (operator === 'ge') return true;
  if (operator === 'gt') return actual.gt(0);
  return actual.isZero();
}

/**
 * Whether an operator means “lower is better” (≤, <, R8).
 * @example isLowerBetter('le') // true
 */
export function isLowerBetter(operator: Operator): boolean {
  return LOWER_IS_BETTER.has(operator);
}

/**
 * The completion ratio r in % (R8, R9), unrounded.
 *
 * - `=`, `≥`, `>`: r = actual ÷ target × 100.
 * - `≤`, `<`: r = 100 when actual ≤ target; else target ÷ actual × 100 (`inverseRatio`), or
 *   100 − (actual ÷ target − 1) × 100 (`excessPercent`, which may go below 0; R14 clamps the share).
 * - Target 0: met gives 100, not met 0, whatever the options (R9).
 *
 * Inputs must be non-negative (negative rows are stopped before, R7).
 * @example completionRatio({ operator: 'eq', target: new D(13), actual: new D(16) }, 'inverseRatio').ratio.toFixed(2) // '123.08'
 */
export function completionRatio(input: RatioInput, lowerIsBetter: ScoringOptions['lowerIsBetter']): RatioOutcome {
  const { operator, target, actual } = input;
  if (target.isZero()) {
    const met = zeroTargetMet(operator, actual);
    const ratio = met ? HUNDRED : ZERO;
    return {
      ratio,
      zeroTarget: true,
      step: { kind: 'zeroTarget', operator, actual: actual.toFixed(), met, ratio: fixed2(ratio) },
    };
  }
  let ratio: Dec;
  let formula: Extract<Step, { kind: 'ratio' }>['formula'];
  if (!isLowerBetter(operator)) {
    ratio = actual.div(target).times(100);
    formula = 'actualOverTarget';
  } else if (actual.lte(target)) {
    ratio = new D(100);
    formula = 'lowerMet';
  } else if (lowerIsBetter === 'excessPercent') {
    ratio = HUNDRED.minus(actual.div(target).minus(1).times(100));
    formula = 'excessPercent';
  } else {
    ratio = target.div(actual).times(100);
    formula = 'targetOverActual';
  }
  return {
    ratio,
    zeroTarget: false,
    step: {
      kind: 'ratio',
      formula,
      operator,
      target: target.toFixed(),
      actual: actual.toFixed(),
      ratioExact: ratio.toFixed(),
      ratio: fixed2(ratio),
    },
  };
}
