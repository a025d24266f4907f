import { D, fixed2 } from './decimal.ts';
import type { Step } from './steps.ts';
import type { CheckCode, Operator } from './types.ts';

/** The operator as the form prints it. */
export const OPERATOR_SIGN: Record<Operator, string> = { eq: '=', ge: '≥', gt: '>', le: '≤', lt: '<' };

/** Shows a decimal string with exactly two decimals (half-up, R16): `'15.384615…'` → `'15.38'`. */
function two(value: string): string {
  return fixed2(new D(value));
}

/** Shows a decimal string without trailing zeros: `'4.80'` → `'4.8'`. */
function short(value: string): string {
  return new D(value).toFixed();
}

/** Shows an unrounded decimal string: exact when short, else four decimals and “…” (cut, not rounded). */
function cut(value: string): string {
  const d = new D(value);
  return d.decimalPlaces() > 4 ? `${d.toFixed(4, D.ROUND_DOWN)}…` : d.toFixed();
}

function withUnit(value: string, unit?: string): string {
  return unit ? `${value}${/^[%‰]/.test(unit) ? '' : ' '}${unit}` : value;
}

/** The band as words: “100%～130%” or “100% 及以上”. */
function bandWords(fullFrom: string, fullTo: string | null): string {
  return fullTo === null ? `${fullFrom}% 及以上` : `${fullFrom}%～${fullTo}%`;
}

/** Why a row scored 0 without a ratio (R6, R5, R7), as a sentence. */
export const ZERO_REASON: Partial<Record<CheckCode, string>> = {
  MISSING_ACTUAL: '实际完成值未填写，本项得 0 分：填表说明规定“某项指标无法提供具体数值，且无说明，得 0 分”；写了说明的，填表说明没有规定，本站同样计 0 分（本站解读 R6）。',
  UNKNOWN_GRADE: '定性指标的实际完成值应为 好、较好、一般、较差、差 之一：无法评级，本项得 0 分。',
  UNPARSABLE_VALUE: '目标值或实际完成值读不出“运算符 + 数字 + 单位”：无法计算完成率，本项得 0 分。',
  NEGATIVE_VALUE: '目标值或实际完成值为负数：无法计算完成率，本项得 0 分。',
};

/**
 * One step in one Chinese sentence (the explanation the calculator and the CLI show).
 * @example explainStep({ kind: 'grade', grade: '较好', share: '80' }) // '评价等级“较好”，得权重的 80%。'
 */
export function explainStep(step: Step): string {
  switch (step.kind) {
    case 'weight':
      return step.source === 'given'
        ? `权重 ${step.weight} 分（表上填写）。`
        : `权重 ${step.weight} 分：表上未填，由该类可分配的 ${short(step.total)} 分在 ${step.shares} 个未填权重的指标间平均分摊（取到 0.01 分，余下的 0.01 分依次加给前几项）。`;
    case 'target':
      if (step.reading === 'number')
        return `目标值“${step.text}”：${OPERATOR_SIGN[step.operator ?? 'eq']} ${withUnit(step.value ?? '', step.unit)}${step.operator === 'le' || step.operator === 'lt' ? '（越低越好）' : ''}。`;
      if (step.reading === 'deadline') return `目标值“${step.text}”是时间节点，属定性指标：按期完成为“好”，按 好、较好、一般、较差、差 评分。`;
      if (step.reading === 'qualitative') return `目标值“${step.text}”是定性指标，按 好、较好、一般、较差、差 评分。`;
      return `目标值“${step.text}”读不出“运算符 + 数字 + 单位”。`;
    case 'actual':
      if (step.reading === 'blank') return '实际完成值未填写。';
      if (step.reading === 'number') return `实际完成值 ${withUnit(step.value ?? '', step.unit)}。`;
      if (step.reading === 'grade') return `实际完成值为评价等级“${step.grade}”。`;
      return `实际完成值“${step.text}”${step.reading === 'text' ? '不是评价等级，也不是数字' : '读不出数字和单位'}。`;
    case 'grade':
      return `评价等级“${step.grade}”，得权重的 ${step.share}%。`;
    case 'ratio':
      switch (step.formula) {
        case 'actualOverTarget':
          return `完成率 = 实际 ÷ 目标 = ${short(step.actual)} ÷ ${short(step.target)} = ${step.ratio}%。`;
        case 'targetOverActual':
          return `目标越低越好，实际 ${short(step.actual)} 超过目标 ${short(step.target)}：完成率 = 目标 ÷ 实际 = ${short(step.target)} ÷ ${short(step.actual)} = ${step.ratio}%。`;
        case 'excessPercent':
          return `目标越低越好，实际 ${short(step.actual)} 超过目标 ${short(step.target)}：按本站解读选项，完成率 = 100% − 超出的百分比 = 100% − (${short(step.actual)} ÷ ${short(step.target)} − 1) × 100% = ${step.ratio}%。`;
        case 'lowerMet':
          return `目标越低越好，实际 ${short(step.actual)} 未超过目标 ${short(step.target)}：完成率按 100% 计。`;
      }
      return '';
    case 'zeroTarget':
      return `目标值为 0（${OPERATOR_SIGN[step.operator]}0），实际 ${short(step.actual)}：${step.met ? '已达成，完成率按 100% 计' : '未达成，完成率按 0% 计'}（本站解读 R9）。`;
    case 'band':
      if (step.outcome === 'full') return `完成率 ${step.ratio}% 在 ${bandWords(step.fullFrom, step.fullTo)} 之内，得满分。`;
      if (step.outcome === 'short') return `完成率 ${step.ratio}% 低于 ${step.fullFrom}%。`;
      if (step.outcome === 'over') return `完成率 ${step.ratio}% 超过 ${step.fullTo}%。`;
      return `完成率 ${step.ratio}% 超过 ${step.fullTo}%，按本站解读选项“超额完成不扣分”，得满分。`;
    case 'points': {
      const where = step.direction === 'short' ? '低于目标' : '超过 130%';
      const basis =
        step.basis === 'percentagePoints' ? '（按目标值与实际值相差的百分点计，本站解读选项）' : step.direction === 'short' ? '（按完成率计）' : '';
      const rounding =
        step.granularity === 'linear' || new D(step.points).eq(step.pointsExact)
          ? ''
          : `；按本站解读选项${step.granularity === 'floor' ? '只计整数点' : '不足 1 点按 1 点计'}，计 ${short(step.points)} 点`;
      return `${where} ${two(step.pointsExact)} 个百分点${basis}${rounding}。`;
    }
    case 'deduction':
      return step.clamped
        ? `每点扣权重的 ${step.perPoint}%，应扣 ${two(step.deductionExact)}%，超过 100%：本项最低得 0。`
        : `每点扣权重的 ${step.perPoint}%，共扣 ${two(step.deductionExact)}%，得权重的 ${two(step.shareExact)}%。`;
    case 'score':
      return new D(step.scoreExact).eq(step.score)
        ? `得分 = 权重 ${step.weight} × ${cut(step.shareExact)}% = ${step.score} 分。`
        : `得分 = 权重 ${step.weight} × ${cut(step.shareExact)}% = ${cut(step.scoreExact)}，四舍五入到 0.01 得 ${step.score} 分。`;
    case 'zero':
      return ZERO_REASON[step.reason] ?? '本项得 0 分。';
  }
}

/**
 * All steps as Chinese sentences, in order.
 * @example explainSteps(result.steps) // ['权重 4.80 分（表上填写）。', '目标值“=13 个”：= 13 个。', …]
 */
export function explainSteps(steps: readonly Step[]): string[] {
  return steps.map(explainStep);
}

/**
 * One sentence that says how the row got its score, e.g.
 * “完成率 16 ÷ 13 = 123.08%，在 100%～130% 之间，得满分 4.80”.
 */
export function summarize(steps: readonly Step[], score: string, weight: string): string {
  const find = <K extends Step['kind']>(kind: K) => steps.find((s): s is Extract<Step, { kind: K }> => s.kind === kind);
  const zero = find('zero');
  if (zero) return `${(ZERO_REASON[zero.reason] ?? '').split('：')[0]}，得 0 分`;
  const grade = find('grade');
  if (grade) return grade.share === '100' ? `评价等级“${grade.grade}”，得满分 ${score}` : `评价等级“${grade.grade}”，得权重 ${weight} 的 ${grade.share}%，即 ${score}`;
  const ratio = find('ratio');
  const zt = find('zeroTarget');
  let head = '';
  if (ratio) {
    if (ratio.formula === 'actualOverTarget') head = `完成率 ${short(ratio.actual)} ÷ ${short(ratio.target)} = ${ratio.ratio}%`;
    else if (ratio.formula === 'targetOverActual') head = `越低越好，完成率 ${short(ratio.target)} ÷ ${short(ratio.actual)} = ${ratio.ratio}%`;
    else if (ratio.formula === 'excessPercent') head = `越低越好，超出目标，完成率 ${ratio.ratio}%`;
    else head = `越低越好，实际未超过目标，完成率 100%`;
  } else if (zt) {
    if (!zt.met) return `目标为 0 而实际为 ${short(zt.actual)}，未达成，完成率按 0% 计，得 ${score}`;
    head = '目标为 0，已达成，完成率按 100% 计';
  }
  const band = find('band');
  const points = find('points');
  const deduction = find('deduction');
  if (!band) return `得 ${score}`;
  if (band.outcome === 'full') return `${head}，在 ${bandWords(band.fullFrom, band.fullTo)} 之内，得满分 ${score}`;
  if (band.outcome === 'overFree') return `${head}，超过 ${band.fullTo}% 但按选项不扣分，得满分 ${score}`;
  const dir = band.outcome === 'short' ? `低于 ${band.fullFrom}%` : `超过 ${band.fullTo}%`;
  return `${head}，${dir} ${points ? short(points.points) === short(points.pointsExact) ? two(points.pointsExact) : short(points.points) : ''} 个百分点，扣权重的 ${deduction ? two(deduction.deductionExact) : '0'}%${deduction?.clamped ? '（最低 0 分）' : ''}，得 ${score}`;
}
