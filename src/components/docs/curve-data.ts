import { curveMarks, scoringCurve, suzhou2017, type CategoryId, type ScoringOptions } from '../../engine/index.ts';
import type { CurveData } from './MiniCalc.tsx';
import { ruleOf } from './score-one.ts';

/** The categories that use each ratio rule, in words: “投入、产出”. */
export function categoriesOf(ruleKey: string): string {
  return suzhou2017.categories
    .filter((c) => c.ratioRule === ruleKey)
    .map((c) => c.label)
    .join('、');
}

/**
 * A category's scoring curve, sampled by the engine at build time (scoringCurve over the band
 * mechanism, curveMarks from the rule data), ready for CurveSvg or a mini-calculator island.
 */
export function curveFor(category: CategoryId, options: Partial<ScoringOptions> = {}, maxRatio = 250): CurveData {
  const rule = ruleOf(category);
  const key = suzhou2017.categories.find((c) => c.id === category)!.ratioRule;
  const opts = { ...suzhou2017.defaultOptions, ...options };
  return {
    points: scoringCurve(rule, opts, maxRatio, 0.25),
    marks: curveMarks(rule),
    rule,
    maxRatio,
    title: `评分曲线：${categoriesOf(key)}类定量指标（${rule.label}）`,
  };
}

/** Curves of every category, for a mini-calculator whose reader may switch the category. */
export function curvesByCategory(options: Partial<ScoringOptions> = {}, maxRatio = 250): Record<CategoryId, CurveData> {
  return Object.fromEntries(suzhou2017.categories.map((c) => [c.id, curveFor(c.id, options, maxRatio)])) as Record<CategoryId, CurveData>;
}
