import type { FormResult } from '../engine/index.ts';

/**
 * The result object the score command prints (form-format.md, “The result”): total and max, the
 * grade and the execution row (rate, score, weight) on the central form (C6, C15), categories keyed
 * by id ({ label, score, max }), a qualitative row's tier and band (C11), indicators in input order with their steps and
 * explanation, checks, the options used and the derived figures. Decimal strings, two decimals.
 */
export function toCliJson(result: FormResult): Record<string, unknown> {
  return {
    ruleSet: result.ruleSet,
    options: result.options,
    total: result.total,
    max: result.max,
    ...(result.grade ? { grade: result.grade } : {}),
    ...(result.execution
      ? {
          execution: {
            rate: result.execution.rate,
            score: result.execution.score,
            weight: result.execution.weight,
            selfScore: result.execution.selfScore,
            summary: result.execution.summary,
            explanation: result.execution.explanation,
            steps: result.execution.steps,
          },
        }
      : {}),
    categories: Object.fromEntries(Object.values(result.categories).map((c) => [c.id, { label: c.label, score: c.score, max: c.max }])),
    indicators: result.indicators.map((i) => ({
      category: i.category,
      ...(i.level2 !== undefined ? { level2: i.level2 } : {}),
      name: i.name,
      weight: i.weight,
      ratio: i.ratio,
      score: i.score,
      selfScore: i.selfScore,
      ...(i.tier ? { tier: i.tier, band: i.band } : {}),
      summary: i.summary,
      explanation: i.explanation,
      steps: i.steps,
    })),
    checks: result.checks,
    derived: result.derived,
  };
}
