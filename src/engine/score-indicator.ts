import { HUNDRED, ZERO, constant, fixed2, plain, readDecimal, readSelfScore, round2, type Dec } from './decimal.ts';
import { kitMessage } from './checks/kit-messages.ts';
import { makeCheck } from './checks/messages.ts';
import * as M from './checks/indicator-messages.ts';
import { completionRatio, isLowerBetter } from './mechanisms/completion-ratio.ts';
import { judgeDeadline } from './mechanisms/deadline.ts';
import { gradeShare } from './mechanisms/grade-score.ts';
import { indicatorScore } from './mechanisms/round.ts';
import { mechanism } from './mechanisms/registry.ts';
import type { TierOutcome } from './mechanisms/tier-band.ts';
import { reconcile } from './mechanisms/units.ts';
import { zeroWordActual } from './mechanisms/zero-words.ts';
import { lastDay, type DateSpec } from './parse/date.ts';
import { sameText } from './parse/fold.ts';
import { parseActual, parseTarget, readOperatorsBefore, type ParsedValue } from './parse/value.ts';
import type { IndicatorResult } from './result.ts';
import type { RuleSet, ScoringRule } from './rule-sets/rule-set.ts';
import { attachRowSentences } from './sentences.ts';
import { DEFAULT_STEP_WORDS, type Step, type StepWords } from './steps.ts';
import type { AssignedWeight } from './weights.ts';
import type { Check, CheckCode, Grade, IndicatorInput, Operator, ScoringOptions, Tier } from './types.ts';

function targetStep(p: ParsedValue): Step {
  switch (p.kind) {
    case 'number':
      return {
        kind: 'target',
        text: p.text,
        reading: 'number',
        operator: p.operator,
        operatorWords: p.operatorWords,
        value: p.value.toFixed(),
        written: p.written,
        ...(p.magnitude ? { magnitude: p.magnitude.word } : {}),
        unit: p.unit,
      };
    case 'range':
      return { kind: 'target', text: p.text, reading: 'range', low: p.low.toFixed(), high: p.high.toFixed(), ...(p.magnitude ? { magnitude: p.magnitude.word } : {}), unit: p.unit };
    case 'zeroWord':
      return { kind: 'target', text: p.text, reading: 'zeroWord', operator: 'eq', value: '0' };
    case 'qualitative':
      return p.deadline ? { kind: 'target', text: p.text, reading: 'deadline', deadline: p.deadline.text } : { kind: 'target', text: p.text, reading: 'qualitative' };
    case 'unparsable':
      return { kind: 'target', text: p.text, reading: 'unparsable', reason: p.reason };
    default:
      return { kind: 'target', text: p.text, reading: 'unparsable', reason: 'format' };
  }
}

function actualStep(p: ParsedValue): Step {
  switch (p.kind) {
    case 'blank':
      return { kind: 'actual', text: p.text, reading: 'blank' };
    case 'number':
      return {
        kind: 'actual',
        text: p.text,
        reading: 'number',
        value: p.value.toFixed(),
        written: p.written,
        ...(p.magnitude ? { magnitude: p.magnitude.word } : {}),
        unit: p.unit,
        ...(p.operatorWords.length > 0 ? { operatorWords: p.operatorWords, flagged: p.operatorFlag } : {}),
      };
    case 'grade':
      return { kind: 'actual', text: p.text, reading: 'grade', grade: p.grade };
    case 'unparsable':
      return { kind: 'actual', text: p.text, reading: 'unparsable', reason: p.reason };
    default:
      return { kind: 'actual', text: p.text, reading: 'text' };
  }
}

/** Where a row is, for messages and paths. */
export interface RowContext {
  /** Position in the form's `indicators`, for check paths. */
  index: number;
  ruleSet: RuleSet;
  options: ScoringOptions;
  /**
   * How messages name the row (rowLabel), e.g. 产出第 1 项指标“改造小区数量”; default 本项指标. A
   * function is called only when the row has a message.
   */
  label?: string | (() => string);
  /** 项目年份, for deadlines written without a year (R26). */
  year?: number | null;
}

/** What the qualitative part of a row decided (R5, R26, R27, C11, C12). */
type Placement =
  | { kind: 'grade'; grade: Grade; share: Dec }
  | { kind: 'tier'; tier: Tier }
  | { kind: 'late'; daysLate: number }
  | { kind: 'unknown' };

/** C12 step 1: a tier keyword at the start, or an exact 完成 / 已完成. */
function tierByWord(text: string, ruleSet: RuleSet): Tier | null {
  const t = readOperatorsBefore(text.trim()).rest.trim();
  for (const [word, tier] of ruleSet.tierWords.prefix) if (t.startsWith(word)) return tier;
  for (const [word, tier] of ruleSet.tierWords.exact) if (t === word) return tier;
  return null;
}

/**
 * Places a qualitative row's actual by the rule set's scheme (R5, R26; C11, C12). Pushes its steps.
 * `deadline` is the target's date when the target is a deadline (R26).
 */
function placeQualitative(actual: ParsedValue, targetText: string, deadline: DateSpec | null, ctx: RowContext, steps: Step[]): Placement {
  const { ruleSet } = ctx;
  if (ruleSet.qualitative === 'grades') {
    if (actual.kind === 'grade') {
      const share = gradeShare(actual.grade, ruleSet);
      if (share) {
        steps.push({ kind: 'grade', grade: actual.grade, share: share.toFixed(), ...termOf(ruleSet) });
        return { kind: 'grade', grade: actual.grade, share };
      }
    }
  } else {
    const tier = tierByWord(actual.text, ruleSet);
    if (tier) {
      steps.push({ kind: 'tier', tier, how: 'keyword' });
      return { kind: 'tier', tier };
    }
    if (sameText(actual.text) === sameText(targetText)) {
      steps.push({ kind: 'tier', tier: ruleSet.tiers[0]!.tier, how: 'equalsTarget' });
      return { kind: 'tier', tier: ruleSet.tiers[0]!.tier };
    }
  }
  if (deadline) {
    const j = judgeDeadline(deadline, actual.text, ctx.year ?? null);
    const best = (): Placement => {
      if (ruleSet.qualitative === 'grades') {
        const top = ruleSet.grades[0]!;
        steps.push({ kind: 'grade', grade: top.grade, share: top.share, ...termOf(ruleSet) });
        return { kind: 'grade', grade: top.grade, share: HUNDRED.times(top.share).div(100) };
      }
      steps.push({ kind: 'tier', tier: ruleSet.tiers[0]!.tier, how: 'deadline' });
      return { kind: 'tier', tier: ruleSet.tiers[0]!.tier };
    };
    if (j.kind === 'word') {
      steps.push({ kind: 'deadlineWord', word: j.word });
      return best();
    }
    if (j.kind === 'date') {
      steps.push({ kind: 'deadline', deadline: j.deadline, actual: j.actual, onTime: j.onTime, daysLate: j.daysLate });
      return j.onTime ? best() : { kind: 'late', daysLate: j.daysLate };
    }
  }
  return { kind: 'unknown' };
}

/**
 * Scores one indicator row (R4–R17, R22–R31; C7–C13, C16) with a weight already assigned (R2, C3).
 * Never throws.
 *
 * At most one of `MISSING_ACTUAL`, `UNKNOWN_GRADE` / `UNKNOWN_TIER` / `DEADLINE_MISSED`,
 * `UNPARSABLE_VALUE` per row (R7, C10), and the ratio is then null. `UNIT_MISMATCH` whenever both
 * sides are numbers whose units differ after R24/R25; `ZERO_TARGET` (R9, R27), `NEGATIVE_TARGET`
 * (R28), `PERCENT_ASSUMED` (R25), `ACTUAL_HAS_OPERATOR` (R29), `OPERATOR_ASSUMED` (R30, C10),
 * `OVER_TARGET` (C9), `SELF_SCORE_ABOVE_WEIGHT` (R31) or `SELF_SCORE_MISMATCH` (R17) or
 * `SCORE_OUT_OF_BAND` (C11), `MISSING_DEVIATION_NOTE` (C16).
 * The ratio rule is the row's category's (R10, R11, C7); the score is weight × share, rounded once (R16).
 * @example scoreIndicator({ category: 'output', name: '改造小区数量', target: '=13 个', actual: '=16 个' }, w, ctx).result.score // '4.80'
 */
export function scoreIndicator(row: IndicatorInput, weight: AssignedWeight, ctx: RowContext): { result: IndicatorResult; checks: Check[]; values: { score: Dec; weight: Dec } } {
  const { index, ruleSet, options } = ctx;
  // How messages name the row, built only when the row has a message (most rows have none).
  let whoText: string | undefined;
  const who = () => (whoText ??= (typeof ctx.label === 'function' ? ctx.label() : ctx.label) ?? '本项指标');
  const checks: Check[] = [];
  const add = (code: CheckCode, field: string, message: string) => checks.push(makeCheck(ruleSet, code, `indicators/${index}/${field}`, message));

  const target = parseTarget(row.target);
  const actual = parseActual(row.actual);
  const steps: Step[] = [
    {
      kind: 'weight',
      weight: fixed2(weight.weight),
      source: weight.source,
      total: weight.total.toFixed(),
      shares: weight.shares,
      ...termOf(ruleSet),
    },
    targetStep(target),
    // A grade word (好, 较好…) on a form without grades (central-2020: three tiers, C12) is shown as the text it is,
    // not as 评价等级“好”: the next step says it cannot be placed in a tier.
    actualStep(
      (actual.kind === 'unparsable' && (target.kind === 'qualitative' || target.kind === 'zeroWord')) || (actual.kind === 'grade' && ruleSet.grades.length === 0)
        ? { kind: 'text', text: actual.text }
        : actual,
    ),
  ];
  let share: Dec = ZERO;
  let ratio: Dec | null = null;
  let kind: IndicatorResult['kind'] = 'unscored';
  let tier: Tier | null = null;
  const tierBox: { outcome: TierOutcome | null } = { outcome: null };
  let overTarget = false;
  const self = readSelfScore(row.selfScore);
  // The ratio rule of the row's category (R10, R11, C7); none for a category the rule set lacks.
  const category = ruleSet.categories.find((c) => c.id === row.category);
  const rule = category ? ruleSet.ratioRules[category.ratioRule] : undefined;
  const hasNote = (row.note ?? '').trim() !== '';
  /** A check that stops the row at 0 (R6, R7, C10): the check, then the step that says so. */
  const stop = (reason: CheckCode, field: string, message: string) => {
    add(reason, field, message);
    steps.push({ kind: 'zero', reason, ...(reason === 'MISSING_ACTUAL' ? { note: hasNote, quote: ruleSet.missingActualQuote } : {}) });
  };
  const unparsableActual = () => stop('UNPARSABLE_VALUE', 'actual', M.unparsableActual(who(), target, actual, ruleSet.targetTerm));
  const flagOperator = () => {
    if (actual.kind === 'number' && actual.operatorFlag) add('ACTUAL_HAS_OPERATOR', 'actual', M.actualHasOperator(who(), actual.text, actual.operatorWords, ruleSet.targetTerm));
  };
  /** Places a qualitative actual and scores it (R5, R26, C11, C12); `onUnknown` when nothing placed it. */
  const scoreQualitative = (deadline: DateSpec | null, onUnknown: () => void): void => {
    const placed = placeQualitative(actual, target.text, deadline, ctx, steps);
    if (placed.kind === 'grade') {
      share = placed.share;
      kind = 'qualitative';
    } else if (placed.kind === 'tier') {
      tier = placed.tier;
      kind = 'qualitative';
      tierBox.outcome = mechanism('tiers')(placed.tier, weight.weight, self, ruleSet);
      steps.push(tierBox.outcome.step);
    } else if (placed.kind === 'late') {
      stop('DEADLINE_MISSED', 'actual', M.deadlineMissed(who(), target.text, actual.text, placed.daysLate, ruleSet));
    } else onUnknown();
  };

  if (actual.kind === 'blank') {
    stop('MISSING_ACTUAL', 'actual', M.missingActual(who(), hasNote, ruleSet));
  } else if (target.kind === 'qualitative') {
    if (target.text === '') {
      // A blank target reads as qualitative (no digit): the row lacks its target, say that beside it.
      stop('UNPARSABLE_VALUE', 'target', M.blankTarget(who(), ruleSet.targetTerm));
    } else if (target.deadline && target.deadline.day !== null && (target.deadline.year ?? ctx.year ?? null) !== null && !lastDay(target.deadline, ctx.year ?? null)) {
      // 2月29日前 in 2023: not a date (R4), so not a deadline.
      stop('UNPARSABLE_VALUE', 'target', M.unparsableTarget(who(), target.text, 'noSuchDate', ruleSet.targetTerm));
    } else {
      scoreQualitative(target.deadline, () => {
        const code = ruleSet.qualitative === 'grades' ? 'UNKNOWN_GRADE' : 'UNKNOWN_TIER';
        stop(code, 'actual', kitMessage(code)(who(), target.text, actual.text, target.deadline !== null, ruleSet));
      });
    }
  } else if (target.kind === 'zeroWord') {
    const z = zeroWordActual(target.text, actual);
    if (z === 'other') {
      // R27: a grade word (Suzhou) or a tier phrase (central) is graded by the rule set's scheme.
      const placed = ruleSet.qualitative === 'grades' ? actual.kind === 'grade' : tierByWord(actual.text, ruleSet) !== null;
      if (placed) scoreQualitative(null, unparsableActual);
      else unparsableActual();
    } else {
      flagOperator();
      kind = 'quantitative';
      ratio = z === 'met' ? HUNDRED : ZERO;
      steps.push({ kind: 'zeroWord', actual: actual.text, met: z === 'met', ratio: fixed2(ratio) });
      add('ZERO_TARGET', 'target', M.zeroTarget(who(), target.text, true, ruleSet.targetTerm));
      share = shareOf(ratio, rule, ctx, null, steps);
    }
  } else if (target.kind !== 'number' && target.kind !== 'range') {
    stop('UNPARSABLE_VALUE', 'target', M.unparsableTarget(who(), target.text, target.kind === 'unparsable' ? target.reason : 'format', ruleSet.targetTerm));
  } else if (actual.kind !== 'number') {
    unparsableActual();
  } else {
    flagOperator();
    kind = 'quantitative';
    const rec = reconcile(target, actual, ruleSet.percentUnits);
    steps.push(...rec.steps);
    if (rec.percentAssumed) add('PERCENT_ASSUMED', rec.steps.some((s) => s.kind === 'percent' && s.side === 'target') ? 'target' : 'actual', M.percentAssumed(who(), rec.steps, ruleSet.targetTerm));
    if (rec.unitMismatch) add('UNIT_MISMATCH', 'actual', M.unitMismatch(who(), rec.target.unit, rec.actual.unit, ruleSet.targetTerm));

    let operator: Operator = target.kind === 'number' ? target.operator : 'eq';
    let bound = rec.target.value;
    const a = rec.actual.value;
    let scoredAsRange: 'inside' | 'below' | 'above' | null = null;
    if (target.kind === 'range') {
      scoredAsRange = a.lt(rec.target.low) ? 'below' : a.gt(rec.target.high) ? 'above' : 'inside';
      steps.push({ kind: 'range', low: rec.target.low.toFixed(), high: rec.target.high.toFixed(), unit: rec.target.unit, actual: a.toFixed(), position: scoredAsRange });
      operator = scoredAsRange === 'above' ? 'le' : 'ge';
      bound = scoredAsRange === 'above' ? rec.target.high : rec.target.low;
    } else if (!target.operatorGiven && ruleSet.costLevel2 !== null && (row.level2 ?? '').includes(ruleSet.costLevel2)) {
      operator = 'le';
      // The target's own step then says what is scored (≤), and the next one why (C10).
      const at = steps.findIndex((s) => s.kind === 'target');
      if (at >= 0) steps[at] = { ...(steps[at] as Extract<Step, { kind: 'target' }>), operator: 'le' };
      steps.push({ kind: 'costReadsLe', level2: row.level2 ?? '' });
      add('OPERATOR_ASSUMED', 'target', M.costReadsLe(who(), target.text, row.level2 ?? '', ruleSet.targetTerm));
    } else if (!target.operatorGiven && ruleSet.costNameWords.some((w) => row.name.includes(w)) && a.lt(bound)) {
      add('OPERATOR_ASSUMED', 'target', M.costAssumedEq(who(), target.text, ruleSet.targetTerm));
    }

    if (scoredAsRange === 'inside') {
      ratio = HUNDRED;
      share = shareOf(HUNDRED, rule, ctx, null, steps);
    } else {
      const excess = options[ruleSet.reverse.option] === ruleSet.reverse.excessValue;
      const r = completionRatio({ operator, target: bound, actual: a }, excess);
      ratio = r.ratio;
      steps.push(r.step);
      if (r.zeroTarget) add('ZERO_TARGET', 'target', M.zeroTarget(who(), target.text, false, ruleSet.targetTerm));
      if (r.negativeTarget) add('NEGATIVE_TARGET', 'target', M.negativeTarget(who(), target.text, ruleSet.targetTerm));
      // The gap in % points (R13) is read by the band rule only under shortfallBasis: percentagePoints.
      const byPoints = options.shortfallBasis === 'percentagePoints' && ruleSet.percentUnits.includes(rec.target.unit);
      const gap = r.zeroTarget || r.negativeTarget || !byPoints ? null : isLowerBetter(operator) ? a.minus(bound) : bound.minus(a);
      share = shareOf(r.ratio, rule, ctx, gap, steps);
      if (
        rule?.kind === 'proportional' &&
        rule.overTargetFrom !== null &&
        scoredAsRange === null &&
        !r.zeroTarget &&
        !r.negativeTarget &&
        !isLowerBetter(operator) &&
        r.ratio.gte(constant(rule.overTargetFrom))
      ) {
        overTarget = true;
        add('OVER_TARGET', 'actual', kitMessage('OVER_TARGET')(who(), fixed2(r.ratio), rule.overTargetFrom));
      }
    }
  }

  let score: Dec;
  const t = tierBox.outcome;
  if (t) {
    score = t.score;
    share = weight.weight.isZero() ? ZERO : score.div(weight.weight).times(100);
    if (t.code === 'SCORE_OUT_OF_BAND') add('SCORE_OUT_OF_BAND', 'selfScore', kitMessage('SCORE_OUT_OF_BAND')(who(), self!, tier!, t.band, t.score, ruleSet.selfScoreTerm));
  } else {
    const s = indicatorScore(weight.weight, share);
    score = s.score;
    steps.push(s.step.kind === 'score' ? { ...s.step, ...termOf(ruleSet) } : s.step);
  }

  let selfScoreGap: string | null = null;
  if (self !== null) {
    const gap = self.minus(score);
    if (gap.abs().gte(constant(ruleSet.tolerance))) selfScoreGap = fixed2(gap);
    if (self.gt(weight.weight)) add('SELF_SCORE_ABOVE_WEIGHT', 'selfScore', M.selfScoreAboveWeight(who(), self, weight.weight, ruleSet.weightTerm, ruleSet.selfScoreTerm));
    else if (!t && gap.abs().gte(constant(ruleSet.tolerance))) add('SELF_SCORE_MISMATCH', 'selfScore', M.selfScoreMismatch(who(), self, score, gap, ruleSet.selfScoreTerm));
  }

  if (ruleSet.deviationNote && !hasNote && (score.lt(weight.weight) || overTarget)) {
    add('MISSING_DEVIATION_NOTE', 'note', kitMessage('MISSING_DEVIATION_NOTE')(who(), fixed2(score), fixed2(weight.weight), overTarget));
  }

  const weightText = fixed2(weight.weight);
  const scoreText = fixed2(score);
  // Built by assignment in the order of the JSON (no spread), then the sentences as lazy properties.
  const result = { index, category: row.category } as IndicatorResult;
  if (row.level2 !== undefined) result.level2 = row.level2;
  result.name = row.name;
  result.target = row.target;
  result.actual = row.actual ?? '';
  result.kind = kind;
  result.weight = weightText;
  result.ratio = ratio === null ? null : fixed2(ratio);
  result.share = plain(share);
  result.score = scoreText;
  result.selfScore = self === null ? null : fixed2(self);
  result.selfScoreGap = selfScoreGap;
  if (tier !== null && t) {
    result.tier = tier;
    result.band = { from: fixed2(t.band.from), to: fixed2(t.band.to) };
  }
  result.steps = steps;
  attachRowSentences(result, steps, scoreText, weightText, wordsOf(ruleSet));
  result.checks = checks.map((c) => c.code);
  // The row's score and weight as shown (0.01), as decimals: the form's subtotals add these.
  return { result, checks, values: { score: round2(score), weight: round2(weight.weight) } };
}

/** The share of the weight (%) a completion ratio earns under the row's category rule (R10–R14, C7); 0 with none. */
function shareOf(ratio: Dec, rule: ScoringRule | undefined, ctx: RowContext, gap: Dec | null, steps: Step[]): Dec {
  const { ruleSet, options } = ctx;
  if (!rule) return ZERO;
  if (rule.kind === 'proportional') {
    const p = mechanism('proportional')(ratio);
    steps.push(p.step);
    return p.share;
  }
  const band = mechanism('band')({ ratio, rule, options, percentagePointGap: gap });
  for (const step of band.steps) steps.push(step.kind === 'deduction' ? { ...step, ...termOf(ruleSet) } : step);
  return band.share;
}

/**
 * The rule set's word for the weight (`weightTerm`: 权重 on the Suzhou form, 分值 on the central one) for
 * the steps that name it (weight, grade, deduction, score), so the sentences say what the form says.
 * Left out when it is 权重, the sentences' default, so results of forms that say 权重 stay as they were.
 */
function termOf(ruleSet: RuleSet): { term?: string } {
  return ruleSet.weightTerm !== '权重' ? { term: ruleSet.weightTerm } : {};
}

/**
 * The rule set's words for the fields the explanation names (`targetTerm`, `qualitativeTerm`,
 * `selfScoreTerm`: 年度指标值, 完成程度 and 自评得分 on the central form);
 * `undefined` when they are the sentences' defaults (目标值, 评价等级, 自评分), so results of forms that say so stay as they were (as {@link termOf}).
 */
function wordsOf(ruleSet: RuleSet): StepWords | undefined {
  const own: StepWords = { target: ruleSet.targetTerm, qualitative: ruleSet.qualitativeTerm, selfScore: ruleSet.selfScoreTerm };
  return (Object.keys(own) as (keyof StepWords)[]).every((k) => own[k] === DEFAULT_STEP_WORDS[k]) ? undefined : own;
}
