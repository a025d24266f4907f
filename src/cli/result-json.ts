import type { FormResult } from '../engine/index.ts';

/**
 * The result object the score command prints (form-format.md, “The result”): total and max,
 * categories keyed by id ({ score, max }), indicators in input order with their steps and
 * explanation, checks, the options used and the derived figures. Decimal strings, two decimals.
 */
export function toCliJson(result: FormResult): Record<string, unknown> {
  return {
    ruleSet: result.ruleSet,
    options: result.options,
    total: result.total,
    max: result.max,
    categories: Object.fromEntries(Object.values(result.categories).map((c) => [c.id, { label: c.label, score: c.score, max: c.max }])),
    indicators: result.indicators.map((i) => ({
      category: i.category,
      name: i.name,
      weight: i.weight,
      ratio: i.ratio,
      score: i.score,
      selfScore: i.selfScore,
      summary: i.summary,
      explanation: i.explanation,
      steps: i.steps,
    })),
    checks: result.checks,
    derived: result.derived,
  };
}
