import { HUNDRED, ZERO, fixed2, plain, type Dec } from '../decimal.ts';
import type { Step } from '../steps.ts';
import type { Operator } from '../types.ts';

/** A quantitative target and actual, already read by the parser (R4, R22–R25). Signed values (R28). */
export interface RatioInput {
  operator: Operator;
  /** Target value in the row's unit; any sign. */
  target: Dec;
  /** Actual value in the row's unit; any sign. */
  actual: Dec;
}

/** A completion ratio and how it was found. `ratio` is in %, unrounded (R16). */
export interface RatioOutcome {
  ratio: Dec;
  /** True when the target is 0 and R9 decided met / not met. */
  zeroTarget: boolean;
  /** True when the target is below 0 and R28 decided met / not met. */
  negativeTarget: boolean;
  /** Whether the target was met (actual on the right side of it). */
  met: boolean;
  step: Step;
}

const LOWER_IS_BETTER: ReadonlySet<Operator> = new Set(['le', 'lt']);

/**
 * Whether `actual` meets `target` by the operator, on signed values (R9, R28): `≥` actual ≥ target,
 * `>` actual > target, `=` equal, `≤` actual ≤ target, `<` actual < target.
 * @example metBy('le', new D(0), new D('-8.5')) // true
 */
export function metBy(operator: Operator, target: Dec, actual: Dec): boolean {
  switch (operator) {
    case 'ge':
      return actual.gte(target);
    case 'gt':
      return actual.gt(target);
    case 'le':
      return actual.lte(target);
    case 'lt':
      return actual.lt(target);
    default:
      return actual.eq(target);
  }
}

/**
 * Whether a target of 0 is met (R9, on signed values since R28): `≥0` when actual ≥ 0; `>0` when
 * actual > 0; `=0` when actual is 0; `≤0` when actual ≤ 0; `<0` when actual < 0.
 * @example zeroTargetMet('eq', new D(1)) // false
 */
export function zeroTargetMet(operator: Operator, actual: Dec): boolean {
  return metBy(operator, ZERO, actual);
}

/**
 * Whether an operator means “lower is better” (≤, <: 反向指标, R8, C8).
 * @example isLowerBetter('le') // true
 */
export function isLowerBetter(operator: Operator): boolean {
  return LOWER_IS_BETTER.has(operator);
}

/**
 * The completion ratio r in % (R8, R9, R28; C7, C8), unrounded.
 *
 * - Target 0 (R9) or below 0 (R28): met by the operator on the signed values gives 100, not met 0,
 *   whatever the options.
 * - `=`, `≥`, `>`: r = actual ÷ target × 100 (negative when the actual is negative).
 * - `≤`, `<`: r = 100 when actual ≤ target; else target ÷ actual × 100, or with `excess`
 *   100 − (actual ÷ target − 1) × 100 (R8 `excessPercent`, C8 `excessShare`; may go below 0, the
 *   share is clamped later, R14).
 * @example completionRatio({ operator: 'eq', target: new D(13), actual: new D(16) }, false).ratio.toFixed(2) // '123.08'
 */
export function completionRatio(input: RatioInput, excess: boolean): RatioOutcome {
  const { operator, target, actual } = input;
  if (target.isNeg() || target.isZero()) {
    const met = metBy(operator, target, actual);
    const ratio = met ? HUNDRED : ZERO;
    const zero = target.isZero();
    return {
      ratio,
      zeroTarget: zero,
      negativeTarget: !zero,
      met,
      step: zero
        ? { kind: 'zeroTarget', operator, actual: actual.toFixed(), met, ratio: fixed2(ratio) }
        : { kind: 'signedTarget', operator, target: target.toFixed(), actual: actual.toFixed(), met, ratio: fixed2(ratio) },
    };
  }
  let ratio: Dec;
  let formula: Extract<Step, { kind: 'ratio' }>['formula'];
  if (!isLowerBetter(operator)) {
    ratio = actual.div(target).times(HUNDRED);
    formula = 'actualOverTarget';
  } else if (actual.lte(target)) {
    ratio = HUNDRED;
    formula = 'lowerMet';
  } else if (excess) {
    ratio = HUNDRED.minus(actual.div(target).minus(1).times(100));
    formula = 'excessPercent';
  } else {
    ratio = target.div(actual).times(HUNDRED);
    formula = 'targetOverActual';
  }
  return {
    ratio,
    zeroTarget: false,
    negativeTarget: false,
    met: ratio.gte(HUNDRED),
    step: {
      kind: 'ratio',
      formula,
      operator,
      target: target.toFixed(),
      actual: actual.toFixed(),
      ratioExact: plain(ratio),
      ratio: fixed2(ratio),
    },
  };
}
