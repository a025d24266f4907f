import { fixed2, round2, type Dec } from '../decimal.ts';
import type { RuleSet, TierRule } from '../rule-sets/rule-set.ts';
import type { Step } from '../steps.ts';
import type { CheckCode, Tier } from '../types.ts';

/** A tier's band in 分 for a weight: bounds rounded half-up to 0.01 (C11: w 3.33 → 0.8w = 2.66). */
export interface TierBand {
  from: Dec;
  to: Dec;
  toInclusive: boolean;
}

/**
 * The band of points a tier allows for weight `w` (C11): [0.8w, w] for 达成, [0.6w, 0.8w) for 部分达成,
 * [0, 0.6w) for 未达成, each bound rounded half-up to 0.01.
 * @example tierBand(central2020.tiers[1]!, new D(15)) // { from: 9, to: 12, toInclusive: false }
 */
export function tierBand(rule: TierRule, weight: Dec): TierBand {
  return { from: round2(weight.times(rule.from).div(100)), to: round2(weight.times(rule.to).div(100)), toInclusive: rule.toInclusive };
}

/** The score of a row placed in a tier, and the check its self-score raises, if any. */
export interface TierOutcome {
  score: Dec;
  band: TierBand;
  /** `SCORE_OUT_OF_BAND` or `SELF_SCORE_ABOVE_WEIGHT` when the self-score was not used, else `null`. */
  code: CheckCode | null;
  step: Step;
}

/**
 * Scores a qualitative row placed in a tier (C11, C13). With no self-score: the tier's default point
 * (100 / 70 / 30 % of w), rounded half-up once. A self-score inside the band is the score (rounded
 * half-up once). A self-score outside the band: the default point and `SCORE_OUT_OF_BAND`; above w:
 * the default point and `SELF_SCORE_ABOVE_WEIGHT`. `weight` and `selfScore` in 分.
 * @example tierScore('部分达成', new D(15), new D('11.5'), central2020).score.toString() // '11.5'
 */
export function tierScore(tier: Tier, weight: Dec, selfScore: Dec | null, ruleSet: RuleSet): TierOutcome {
  const rule = ruleSet.tiers.find((t) => t.tier === tier)!;
  const band = tierBand(rule, weight);
  const fallback = round2(weight.times(rule.defaultShare).div(100));
  let score = fallback;
  let code: CheckCode | null = null;
  let inBand: boolean | null = null;
  if (selfScore !== null) {
    if (selfScore.gt(weight)) code = 'SELF_SCORE_ABOVE_WEIGHT';
    else {
      inBand = selfScore.gte(band.from) && (band.toInclusive ? selfScore.lte(band.to) : selfScore.lt(band.to));
      if (inBand) score = round2(selfScore);
      else code = 'SCORE_OUT_OF_BAND';
    }
  }
  return {
    score,
    band,
    code,
    step: {
      kind: 'tierScore',
      tier,
      from: fixed2(band.from),
      to: fixed2(band.to),
      toInclusive: band.toInclusive,
      defaultShare: rule.defaultShare,
      selfScore: selfScore === null ? null : fixed2(selfScore),
      used: inBand === true ? 'selfScore' : 'default',
      score: fixed2(score),
      scoreExact: (inBand ? selfScore! : weight.times(rule.defaultShare).div(100)).toFixed(),
    },
  };
}
