/**
 * The engine as the calculator loads it: on demand, in its own chunk (decimal.js, zod/mini and the
 * rules are about 31 KB gzip, most of the page's JavaScript). The first paint does not need it: the
 * page is rendered at build time with the seed form already scored (see pages/calculator/index.astro).
 */
import { curveMarks, getRuleSet, resolveOptions, scoreInput, scoringCurve, suzhou2017 } from '../../engine/index.ts';
import type { CategoryId, CurveMarks, CurvePoint, ScoreOutcome, ScoringOptions } from '../../engine/index.ts';

export { scoreInput };

/** Scores untrusted input (a form file); never throws. */
export function score(input: unknown): ScoreOutcome {
  try {
    return scoreInput(input);
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `计分时出错：${String(error)}` }] };
  }
}

export interface Curve {
  points: CurvePoint[];
  marks: CurveMarks;
  maxRatio: number;
}

const curveCache = new Map<string, Curve>();

/**
 * The scoring curve (share of the weight against completion ratio) for an indicator of a category
 * under the given options, sampled by the engine's own band mechanism (scoringCurve), cached.
 */
export function curveFor(ruleSetId: string, category: CategoryId, options: Partial<ScoringOptions>): Curve | null {
  const ruleSet = getRuleSet(ruleSetId) ?? suzhou2017;
  const cat = ruleSet.categories.find((c) => c.id === category);
  const rule = cat ? ruleSet.ratioRules[cat.ratioRule] : undefined;
  if (!rule) return null;
  const resolved = resolveOptions(ruleSet, options);
  const key = `${ruleSet.id}|${cat!.ratioRule}|${JSON.stringify(resolved)}`;
  let curve = curveCache.get(key);
  if (!curve) {
    const maxRatio = 250;
    curve = { points: scoringCurve(rule, resolved, maxRatio, 0.5), marks: curveMarks(rule), maxRatio };
    curveCache.set(key, curve);
  }
  return curve;
}
