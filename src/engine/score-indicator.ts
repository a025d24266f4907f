import { ZERO, fixed2, readDecimal, type Dec } from './decimal.ts';
import { explainSteps, summarize } from './explain.ts';
import { bandShare } from './mechanisms/band-score.ts';
import { completionRatio, isLowerBetter } from './mechanisms/completion-ratio.ts';
import { gradeShare } from './mechanisms/grade-score.ts';
import { indicatorScore } from './mechanisms/round.ts';
import { parseActual, parseTarget, sameUnit, type ParsedValue } from './parse/value.ts';
import type { IndicatorResult } from './result.ts';
import type { RuleSet } from './rule-sets/rule-set.ts';
import type { Step } from './steps.ts';
import { makeCheck } from './checks/messages.ts';
import type { AssignedWeight } from './weights.ts';
import type { Check, CheckCode, IndicatorInput, ScoringOptions } from './types.ts';

function targetStep(p: ParsedValue): Step {
  if (p.kind === 'number') return { kind: 'target', text: p.text, reading: 'number', operator: p.operator, value: p.value.toFixed(), unit: p.unit };
  if (p.kind === 'qualitative') return { kind: 'target', text: p.text, reading: p.deadline ? 'deadline' : 'qualitative' };
  return { kind: 'target', text: p.text, reading: 'unparsable' };
}

function actualStep(p: ParsedValue): Step {
  switch (p.kind) {
    case 'blank':
      return { kind: 'actual', text: p.text, reading: 'blank' };
    case 'number':
      return { kind: 'actual', text: p.text, reading: 'number', value: p.value.toFixed(), unit: p.unit };
    case 'grade':
      return { kind: 'actual', text: p.text, reading: 'grade', grade: p.grade };
    case 'text':
    case 'qualitative':
      return { kind: 'actual', text: p.text, reading: 'text' };
    case 'unparsable':
      return { kind: 'actual', text: p.text, reading: 'unparsable' };
  }
}

/** Where a row is, for messages and paths. */
export interface RowContext {
  /** Position in the form's `indicators`, for check paths. */
  index: number;
  ruleSet: RuleSet;
  options: ScoringOptions;
  /** How messages name the row (rowLabels), e.g. 产出第 1 项指标“改造小区数量”; default 本项指标. */
  label?: string;
}

/**
 * Scores one indicator row (R4–R17) with a weight already assigned (R2). Never throws.
 *
 * Order of the zero-score checks (R7): `MISSING_ACTUAL`, `UNKNOWN_GRADE`, `UNPARSABLE_VALUE`,
 * `NEGATIVE_VALUE`; `UNIT_MISMATCH` is added whenever both sides are numbers with different units;
 * `ZERO_TARGET` on a row scored by R9; `SELF_SCORE_MISMATCH` when 自评分 differs by 0.01 or more.
 * The ratio rule is the row's category's (R10, R11); the score is weight × share, rounded once (R16).
 * @example scoreIndicator({ category: 'output', name: '改造小区数量', target: '=13 个', actual: '=16 个' }, w, ctx).result.score // '4.80'
 */
export function scoreIndicator(row: IndicatorInput, weight: AssignedWeight, ctx: RowContext): { result: IndicatorResult; checks: Check[] } {
  const { index, ruleSet, options } = ctx;
  const base = `indicators/${index}`;
  const who = ctx.label ?? '本项指标';
  const checks: Check[] = [];
  const add = (code: CheckCode, field: string, message: string) => checks.push(makeCheck(ruleSet, code, `${base}/${field}`, message));

  const target = parseTarget(row.target);
  const actual = parseActual(row.actual);
  const steps: Step[] = [
    { kind: 'weight', weight: fixed2(weight.weight), source: weight.source, total: weight.total.toFixed(), shares: weight.shares },
    targetStep(target),
    actualStep(actual),
  ];
  let share: Dec = ZERO;
  let ratio: Dec | null = null;
  let kind: IndicatorResult['kind'] = 'unscored';
  const stop = (reason: CheckCode) => steps.push({ kind: 'zero', reason });

  if (actual.kind === 'blank') {
    const hasNote = (row.note ?? '').trim() !== '';
    add(
      'MISSING_ACTUAL',
      'actual',
      hasNote
        ? `${who}没有填写实际完成值，只写了说明：填表说明对此没有规定，本站仍按 0 分计，是否认可说明须由评审人员决定。请尽量填写实际完成值。`
        : `${who}没有填写实际完成值：按填表说明，无法提供数值且无说明的得 0 分。请填写实际完成值（定性指标填 好、较好、一般、较差 或 差）。`,
    );
    stop('MISSING_ACTUAL');
  } else if (target.kind === 'qualitative') {
    if (actual.kind === 'grade') {
      const s = gradeShare(actual.grade, ruleSet);
      if (s) {
        share = s;
        kind = 'qualitative';
        steps.push({ kind: 'grade', grade: actual.grade, share: s.toFixed() });
      }
    }
    if (kind !== 'qualitative' && target.text.trim() === '') {
      // A blank target reads as qualitative (no digit); with a value that is not a grade, the row
      // lacks its target rather than a grade: say that, beside the target.
      add('UNPARSABLE_VALUE', 'target', `${who}没有填写目标值：请填写目标值，如“≥95%”“=13 个”，定性目标如“合规”。`);
      stop('UNPARSABLE_VALUE');
    } else if (kind !== 'qualitative') {
      add(
        'UNKNOWN_GRADE',
        'actual',
        `${who}是定性指标（目标值“${target.text}”），实际完成值“${actual.text}”不是评价等级：请填写 好、较好、一般、较差、差 五个等级之一。`,
      );
      stop('UNKNOWN_GRADE');
    }
  } else if (target.kind !== 'number') {
    add('UNPARSABLE_VALUE', 'target', `${who}的目标值“${target.text}”读不出数字：请写成“运算符 数字 单位”，如“≥95%”“=13 个”“≤100万元”；定性目标不要含数字。`);
    stop('UNPARSABLE_VALUE');
  } else if (actual.kind !== 'number') {
    add('UNPARSABLE_VALUE', 'actual', `${who}的目标值是数字（“${target.text}”），实际完成值“${actual.text}”却读不出数字：请填写数字和单位，如“16 个”“98%”。`);
    stop('UNPARSABLE_VALUE');
  } else {
    if (!sameUnit(target.unit, actual.unit)) {
      add('UNIT_MISMATCH', 'actual', `${who}的目标值单位是“${target.unit}”，实际完成值单位是“${actual.unit}”：请统一单位（本站暂按相同单位计算）。`);
    }
    if (target.value.lt(0) || actual.value.lt(0)) {
      const field = target.value.lt(0) ? 'target' : 'actual';
      add('NEGATIVE_VALUE', field, `${who}的${field === 'target' ? '目标值' : '实际完成值'}是负数：完成率无法计算，请填写 0 或正数。`);
      stop('NEGATIVE_VALUE');
    } else {
      kind = 'quantitative';
      const category = ruleSet.categories.find((c) => c.id === row.category)!;
      const rule = ruleSet.ratioRules[category.ratioRule]!;
      const r = completionRatio({ operator: target.operator, target: target.value, actual: actual.value }, options.lowerIsBetter);
      ratio = r.ratio;
      steps.push(r.step);
      if (r.zeroTarget) {
        add('ZERO_TARGET', 'target', `${who}的目标值为 0，完成率无法相除：本站按“达成计 100%，未达成计 0%”评分（本站解读 R9）。`);
      }
      const inPercent = ruleSet.percentUnits.includes(target.unit);
      const gap = r.zeroTarget || !inPercent ? null : isLowerBetter(target.operator) ? actual.value.minus(target.value) : target.value.minus(actual.value);
      const band = bandShare({ ratio: r.ratio, rule, options, percentagePointGap: r.zeroTarget ? null : gap });
      share = band.share;
      steps.push(...band.steps);
    }
  }

  const { score, step } = indicatorScore(weight.weight, share);
  steps.push(step);
  const self = readDecimal(row.selfScore);
  let selfScoreGap: string | null = null;
  if (self !== null) {
    const gap = self.minus(score);
    if (gap.abs().gte(ruleSet.tolerance)) {
      selfScoreGap = fixed2(gap);
      add('SELF_SCORE_MISMATCH', 'selfScore', `${who}的自评分为 ${fixed2(self)}，按评分规则应得 ${fixed2(score)}（${gap.isNeg() ? '少' : '多'} ${fixed2(gap.abs())} 分）：请核对，或在说明中写明理由。`);
    }
  }
  const weightText = fixed2(weight.weight);
  return {
    result: {
      index,
      category: row.category,
      name: row.name,
      target: row.target,
      actual: row.actual ?? '',
      kind,
      weight: weightText,
      ratio: ratio === null ? null : fixed2(ratio),
      share: share.toFixed(),
      score: fixed2(score),
      selfScore: self === null ? null : fixed2(self),
      selfScoreGap,
      steps,
      explanation: explainSteps(steps),
      summary: summarize(steps, fixed2(score), weightText),
      checks: checks.map((c) => c.code),
    },
    checks,
  };
}
