/**
 * The scoring engine: pure TypeScript, no DOM, no Astro, no Preact. Runs in Node and in the browser.
 * Pages, the CLI and the tests import from here; importing it installs the explanation sentences
 * (sentences.ts), so every result's `explanation` and `summary` can be read. The calculator island
 * imports the scoring modules directly and loads the sentences when an explanation is opened.
 */
import { explainSteps, summarize, summarizeExecution } from './explain.ts';
import { installExplainer } from './sentences.ts';

installExplainer({ explainSteps, summarize, summarizeExecution });

export { scoreForm, resolveOptions } from './score-form.ts';
export { scoreInput } from './score-input.ts';
export { checkField, FIELD_RULES, type FieldKind } from './field-rules.ts';
export { scoreIndicator } from './score-indicator.ts';
export { validateForm, formSchema, formSchemaFor, fieldLabel, type FieldLabels } from './schema.ts';
export { parseTarget, parseActual, foldWidth, sameUnit, isZeroWord, GRADE_WORDS, OPERATORS_BEFORE, OPERATORS_AFTER, type ParsedValue, type Magnitude, type UnparsableReason } from './parse/value.ts';
export { findDates, lastDay, daysBetween, showDay, type DateSpec, type Day } from './parse/date.ts';
export { assignWeights, categoryTotals, equalSplit, type AssignedWeight, type CategoryWeights } from './weights.ts';
export { completionRatio, zeroTargetMet, metBy, isLowerBetter } from './mechanisms/completion-ratio.ts';
export { proportionalShare } from './mechanisms/proportional-score.ts';
export { tierBand, tierScore } from './mechanisms/tier-band.ts';
export { scoreExecution, fundTotals, readPrintedRate, FUND_COLUMNS, FUND_SUB_ROWS } from './mechanisms/execution-score.ts';
export { formGrade } from './mechanisms/form-grade.ts';
export { judgeDeadline } from './mechanisms/deadline.ts';
export { zeroWordActual } from './mechanisms/zero-words.ts';
export { reconcile } from './mechanisms/units.ts';
export { ALL_CHECK_CODES } from './checks/codes.ts';
export { bandShare, countPoints, shareAfterDeduction } from './mechanisms/band-score.ts';
export { gradeShare } from './mechanisms/grade-score.ts';
export { indicatorScore } from './mechanisms/round.ts';
export { budgetChecks } from './checks/budget.ts';
export { explainStep, explainSteps, summarize, summarizeExecution, OPERATOR_SIGN } from './explain.ts';
export { installExplainer, explainerInstalled, type Explainer } from './sentences.ts';
export { D, fixed2, round2, readDecimal, type Dec } from './decimal.ts';
// The engine's index is for code that may meet any form: importing it installs every rule set (all.ts).
export { ruleSets, defaultRuleSet, anyRuleSet, allKits } from './rule-sets/all.ts';
export { getRuleSet, isKnownRuleSet, loadedRuleSets, registerKit, RULE_SET_CHOICES, type RuleSetChoice } from './rule-sets/index.ts';
export type { RuleSetKit } from './rule-sets/kit.ts';
export { mechanism, installMechanisms, type Mechanisms } from './mechanisms/registry.ts';
export { kitMessage, installMessages, type KitMessages } from './checks/kit-messages.ts';
export { suzhou2017 } from './rule-sets/suzhou-2017.ts';
export { central2020 } from './rule-sets/central-2020.ts';
export type { RuleSet, RatioRule, ProportionalRule, ScoringRule, CategoryRule, GradeRule, TierRule, GradeBand, TemplateIndicator, OptionRule, ExecutionRule, FormKey } from './rule-sets/rule-set.ts';
export type { Step } from './steps.ts';
export type * from './types.ts';
export type * from './result.ts';
export { scoringCurve, curveMarks, type CurvePoint, type CurveMarks } from './curves.ts';
