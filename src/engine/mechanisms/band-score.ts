import { D, HUNDRED, ZERO, constant, fixed2, plain, type Dec } from '../decimal.ts';
import type { RatioRule } from '../rule-sets/rule-set.ts';
import type { Step } from '../steps.ts';
import type { ScoringOptions } from '../types.ts';

/** What the band rule needs besides the ratio. */
export interface BandInput {
  /** Completion ratio in %, unrounded (R8). */
  ratio: Dec;
  rule: RatioRule;
  options: ScoringOptions;
  /**
   * The gap between target and actual in percentage points, when the target is in % and the row
   * is short (R13); used instead of the ratio's points short only under `shortfallBasis: percentagePoints`.
   */
  percentagePointGap?: Dec | null;
}

/** The share of the weight earned (%, unrounded, within 0–100) and the steps that led there. */
export interface BandOutcome {
  share: Dec;
  steps: Step[];
}

/**
 * Rounds points short or over as the granularity option says (R12): linear keeps them, floor and
 * ceil make whole points. The ratio itself is never rounded.
 * @example countPoints(new D('15.38'), 'floor').toString() // '15'
 */
export function countPoints(points: Dec, granularity: ScoringOptions['granularity']): Dec {
  // Whole points: 0 decimal places, rounded down or up (decimal.js's floor and ceil are this very call).
  if (granularity === 'floor') return points.toDecimalPlaces(0, D.ROUND_FLOOR);
  if (granularity === 'ceil') return points.toDecimalPlaces(0, D.ROUND_CEIL);
  return points;
}

/**
 * Turns a deduction (points × % per point) into a share of the weight, clamped to [0, 100] (R14).
 * @example shareAfterDeduction(new D('15.4'), new D(5)).share.toString() // '23'
 */
export function shareAfterDeduction(points: Dec, perPoint: Dec): { share: Dec; step: Step } {
  const deduction = points.times(perPoint);
  const raw = HUNDRED.minus(deduction);
  const share = raw.isNeg() ? ZERO : raw.gt(HUNDRED) ? HUNDRED : raw; // clamped to [0, 100], R14
  const clamped = share !== raw;
  return {
    share,
    step: {
      kind: 'deduction',
      points: plain(points),
      perPoint: perPoint.toFixed(),
      deductionExact: plain(deduction),
      shareExact: plain(share),
      clamped,
    },
  };
}

/**
 * The ratio rule of 填表说明 4 as one mechanism, driven by the rule's data (R10–R14):
 * inside [fullFrom, fullTo] the full weight; below, `shortfallPerPoint` % of the weight per point
 * short; above `fullTo`, `overPerPoint` % per point over (unless the rule has none, or the option
 * `overAchievement: none`). Points are linear unless `granularity` rounds them (R12); for % targets
 * `shortfallBasis: percentagePoints` counts the points short as the gap in % points (R13).
 * @example bandShare({ ratio: new D(150), rule: band, options }).share.toString() // '80'
 */
export function bandShare(input: BandInput): BandOutcome {
  const { ratio, rule, options } = input;
  const fullFrom = constant(rule.fullFrom);
  const fullTo = rule.fullTo === null ? null : constant(rule.fullTo);
  const band = (outcome: Extract<Step, { kind: 'band' }>['outcome']): Step => ({
    kind: 'band',
    outcome,
    ratio: fixed2(ratio),
    fullFrom: rule.fullFrom,
    fullTo: rule.fullTo,
  });

  if (ratio.lt(fullFrom)) {
    const usePoints = options.shortfallBasis === 'percentagePoints' && input.percentagePointGap != null;
    const exact = usePoints ? (input.percentagePointGap as Dec) : fullFrom.minus(ratio);
    const points = countPoints(exact, options.granularity);
    const { share, step } = shareAfterDeduction(points, constant(rule.shortfallPerPoint));
    return {
      share,
      steps: [
        band('short'),
        {
          kind: 'points',
          direction: 'short',
          basis: usePoints ? 'percentagePoints' : 'ratio',
          pointsExact: plain(exact),
          points: plain(points),
          granularity: options.granularity ?? 'linear',
        },
        step,
      ],
    };
  }
  if (fullTo !== null && ratio.gt(fullTo)) {
    if (rule.overPerPoint === null || options.overAchievement === 'none') {
      return { share: HUNDRED, steps: [band('overFree')] };
    }
    const exact = ratio.minus(fullTo);
    const points = countPoints(exact, options.granularity);
    const { share, step } = shareAfterDeduction(points, constant(rule.overPerPoint));
    return {
      share,
      steps: [
        band('over'),
        {
          kind: 'points',
          direction: 'over',
          basis: 'ratio',
          pointsExact: plain(exact),
          points: plain(points),
          granularity: options.granularity ?? 'linear',
        },
        step,
      ],
    };
  }
  return { share: HUNDRED, steps: [band('full')] };
}
