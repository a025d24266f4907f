import { D, type Dec } from './decimal.ts';
import { bandShare } from './mechanisms/band-score.ts';
import { proportionalShare } from './mechanisms/proportional-score.ts';
import type { ScoringRule } from './rule-sets/rule-set.ts';
import type { ScoringOptions } from './types.ts';

/** One point of a scoring curve: completion ratio (%) and the share of the weight earned (%). */
export interface CurvePoint {
  ratio: number;
  share: number;
}

/** The marks a curve picture shows: where the full band starts and ends, and where the share reaches 0. */
export interface CurveMarks {
  fullFrom: number;
  fullTo: number | null;
  /** Ratio below which nothing is earned (80 % for 5 % per point). */
  zeroBelow: number;
  /** Ratio above which nothing is earned (230 % for 1 % per point over 130 %), or null. */
  zeroAbove: number | null;
}

/**
 * The scoring curve of a ratio rule (share of the weight against completion ratio), sampled by
 * running the band or proportional mechanism itself (R10–R14, C7), so a picture drawn from it cannot disagree with the
 * engine. Numbers here are for drawing only (SVG coordinates), never for scores.
 * `step` is the sampling step in % (0.25 shows the stairs of the floor/ceil options).
 * @example scoringCurve(suzhou2017.ratioRules.band!, suzhou2017.defaultOptions, 250).find(p => p.ratio === 90)?.share // 50
 */
export function scoringCurve(rule: ScoringRule, options: ScoringOptions, maxRatio = 250, step = 0.25): CurvePoint[] {
  const points: CurvePoint[] = [];
  const stepD = new D(step);
  for (let r: Dec = new D(0); r.lte(maxRatio); r = r.plus(stepD)) {
    const share = rule.kind === 'proportional' ? proportionalShare(r).share : bandShare({ ratio: r, rule, options }).share;
    points.push({ ratio: r.toNumber(), share: share.toNumber() });
  }
  // Drop points in the middle of straight runs, keep every corner and step.
  return points.filter((p, i) => {
    const a = points[i - 1];
    const b = points[i + 1];
    if (!a || !b) return true;
    return !(new D(p.share).minus(a.share).eq(new D(b.share).minus(p.share)));
  });
}

/**
 * Where a ratio rule's curve turns (R10, R11; C7: a proportional rule is full from 100 %, 0 at 0), from the rule's data.
 * @example curveMarks(suzhou2017.ratioRules.band!) // { fullFrom: 100, fullTo: 130, zeroBelow: 80, zeroAbove: 230 }
 */
export function curveMarks(rule: ScoringRule): CurveMarks {
  if (rule.kind === 'proportional') return { fullFrom: 100, fullTo: null, zeroBelow: 0, zeroAbove: null };
  const fullFrom = new D(rule.fullFrom);
  return {
    fullFrom: fullFrom.toNumber(),
    fullTo: rule.fullTo === null ? null : Number(rule.fullTo),
    zeroBelow: fullFrom.minus(new D(100).div(rule.shortfallPerPoint)).toNumber(),
    zeroAbove: rule.fullTo === null || rule.overPerPoint === null ? null : new D(rule.fullTo).plus(new D(100).div(rule.overPerPoint)).toNumber(),
  };
}
