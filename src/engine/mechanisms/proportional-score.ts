import { HUNDRED, ZERO, fixed2, plain, type Dec } from '../decimal.ts';
import type { Step } from '../steps.ts';

/**
 * The proportional rule of the central form (C7, C8, C13): the share of the weight is the completion
 * ratio itself, clamped to [0, 100] %. Met (r ≥ 100) → the full weight, never more, never a deduction
 * for over-achievement (C9); not met → r % of the weight (w × B ÷ A, or A ÷ B for ≤ rows); a negative
 * ratio → 0.
 * @example proportionalShare(new D(90)).share.toString() // '90'
 */
export function proportionalShare(ratio: Dec): { share: Dec; step: Step } {
  const share = ratio.gt(HUNDRED) ? HUNDRED : ratio.lt(ZERO) ? ZERO : ratio;
  const outcome = ratio.gte(HUNDRED) ? 'met' : ratio.lte(ZERO) ? 'zero' : 'short';
  return { share, step: { kind: 'proportional', ratio: fixed2(ratio), outcome, shareExact: plain(share) } };
}
