/**
 * The scoring engine: pure TypeScript, no DOM, no Astro, no Preact. Runs in Node and in the browser.
 * Pages, islands and the CLI import from here only.
 */
export { scoreForm, resolveOptions } from './score-form.ts';
export { scoreInput } from './score-input.ts';
export { checkField, FIELD_RULES, type FieldKind } from './field-rules.ts';
export { scoreIndicator } from './score-indicator.ts';
export { validateForm, formSchema, fieldLabel } from './schema.ts';
export { parseTarget, parseActual, foldWidth, sameUnit, GRADE_WORDS, type ParsedValue } from './parse/value.ts';
export { assignWeights, equalSplit, type AssignedWeight, type CategoryWeights } from './weights.ts';
export { completionRatio, zeroTargetMet, isLowerBetter } from './mechanisms/completion-ratio.ts';
export { bandShare, countPoints, shareAfterDeduction } from './mechanisms/band-score.ts';
export { gradeShare } from './mechanisms/grade-score.ts';
export { indicatorScore } from './mechanisms/round.ts';
export { budgetChecks } from './checks/budget.ts';
export { explainStep, explainSteps, summarize, OPERATOR_SIGN } from './explain.ts';
export { D, fixed2, round2, readDecimal, type Dec } from './decimal.ts';
export { ruleSets, defaultRuleSet, getRuleSet } from './rule-sets/index.ts';
export { suzhou2017 } from './rule-sets/suzhou-2017.ts';
export type { RuleSet, RatioRule, CategoryRule, GradeRule, TemplateIndicator, OptionRule } from './rule-sets/rule-set.ts';
export type { Step } from './steps.ts';
export type * from './types.ts';
export type * from './result.ts';
export { scoringCurve, curveMarks, type CurvePoint, type CurveMarks } from './curves.ts';
