/**
 * The engine as the calculator island uses it: the rules, the mechanisms and decimal.js, without
 * the zod schema. The calculator builds its forms itself (draft.ts checks every typed cell with the
 * same field rules), so it scores them directly; files, which are untrusted, are validated by the
 * schema (engine/score-input.ts), loaded only when one is imported (links by the share decoder).
 * None of it runs before the visitor reaches for the form: the page is rendered at build time with
 * the seed scored, and the island wakes on the first interaction (client:intent).
 */
import { curveMarks, getRuleSet, resolveOptions, scoreForm, scoringCurve, suzhou2017 } from '../../engine/index.ts';
import { NO_INDICATORS } from '../../engine/field-rules.ts';
import type { CategoryId, CurveMarks, CurvePoint, Form, ScoreOutcome, ScoringOptions } from '../../engine/index.ts';

/**
 * Scores a form the calculator built from its draft (draft.ts `toInput`), or one already validated
 * (a file or link that passed the schema). Never throws: an empty indicator list gets the same
 * message the schema gives a file (R1 needs at least one indicator), anything else unexpected a
 * Chinese message rather than a broken page.
 */
export function score(form: Form): ScoreOutcome {
  if (form.indicators.length === 0) return { ok: false, issues: [{ path: 'indicators', message: `指标表 indicators：${NO_INDICATORS}。` }] };
  try {
    return { ok: true, result: scoreForm(form) };
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
