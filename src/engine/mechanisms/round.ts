import { HUNDRED, constant, fixed2, plain, round2, type Dec } from '../decimal.ts';
import type { Step } from '../steps.ts';

/**
 * An indicator's score: weight × share ÷ 100, rounded once, half-up, to 0.01 (R15, R16).
 * `weight` in 分, `share` in % (0–100). Exact decimal arithmetic: 3 × 83.5 % = 2.505 → 2.51.
 * @example indicatorScore(new D(3), new D('83.5')).score.toString() // '2.51'
 */
export function indicatorScore(weight: Dec, share: Dec): { score: Dec; step: Step } {
  // × 0.01 rather than ÷ 100: the same digits moved two places, without a long division. The full
  // share (HUNDRED itself, as the rules give it) earns the weight: w × 100 × 0.01 is w to 50 digits,
  // which is w × 1 (a product is rounded to the clone's 50 significant digits, half-up).
  const exact = share === HUNDRED ? weight.times(1) : weight.times(share).times(constant('0.01'));
  const score = round2(exact);
  return {
    score,
    step: { kind: 'score', weight: fixed2(weight), shareExact: plain(share), scoreExact: plain(exact), score: fixed2(score) },
  };
}
