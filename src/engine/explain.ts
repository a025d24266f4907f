import { D, fixed2 } from './decimal.ts';
import { DEFAULT_STEP_WORDS, type FundTotalGap, type Step, type StepWords } from './steps.ts';
import { tierBandWords } from './tier-band-words.ts';
import type { CheckCode, Operator } from './types.ts';

/** Why a 年度资金总额 cell gave way to the 其中 rows' sum (C5), as the steps say it. */
const SUMMED_WHY: Record<FundTotalGap, string> = { blank: '未填', zero: '为 0', unreadable: '读不出数字', long: '位数太多' };

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

/** Where a ratio sits in the full-marks band, as words after “完成率 x%”: “在 100%～130% 之内” or, with no upper end, “在 100% 及以上” (no 之内: nothing encloses it). */
function inBand(fullFrom: string, fullTo: string | null): string {
  return fullTo === null ? `在 ${fullFrom}% 及以上` : `在 ${fullFrom}%～${fullTo}% 之内`;
}

/**
 * Why a row scored 0 without a ratio (R5, R6, R7, R26, C12), as a sentence, in the form's `words`
 * (its target column and its qualitative scale: 年度指标值 and 完成程度 on the central form). Without
 * `words`, the Suzhou form's words (DEFAULT_STEP_WORDS: a late deadline asks for a 评价等级, as R26 says).
 */
export function zeroReason(reason: CheckCode, words?: StepWords): string | undefined {
  const target = (words ?? DEFAULT_STEP_WORDS).target;
  switch (reason) {
    case 'MISSING_ACTUAL':
      return '实际完成值未填写，本项得 0 分。';
    case 'UNKNOWN_GRADE':
      return '定性指标的实际完成值应为 好、较好、一般、较差、差 之一：无法评级，本项得 0 分。';
    case 'UNKNOWN_TIER':
      return `定性指标的实际完成值应写明${words?.qualitative ?? '完成程度'}（达成年度指标／部分达成年度指标并具有一定效果／未达成年度指标且效果较差，或与${target}相同的文字）：无法定档，本项得 0 分（本站解读 C12）。`;
    case 'DEADLINE_MISSED':
      return `完成时间晚于时间节点：按日期只能得 0 分，请改填${(words ?? DEFAULT_STEP_WORDS).qualitative}（本站解读 R26）。`;
    case 'UNPARSABLE_VALUE':
      return `${target}或实际完成值读不出“运算符 + 数字 + 单位”：无法计算完成率，本项得 0 分。`;
    case 'NEGATIVE_VALUE':
      return `${target}或实际完成值为负数：无法计算完成率，本项得 0 分。`;
    default:
      return undefined;
  }
}

/** The operator as read, with the words as written when they were words (R22): `控制在…以内 → ≤`. */
function operatorReading(step: Extract<Step, { kind: 'target' }>): string {
  const words = step.operatorWords ?? [];
  const sign = OPERATOR_SIGN[step.operator ?? 'eq'];
  const wordy = words.some((w) => !/^[=<>≥≤≧≦]+$/.test(w));
  return wordy ? `“${words.join('…')}”读作 ${sign}（本站解读 R22）` : '';
}

/** `3万条 = 30000 条` when a magnitude word was written (R24). */
function magnitudeReading(written: string | undefined, magnitude: string | undefined, value: string | undefined, unit: string | undefined): string {
  return magnitude && written !== undefined && value !== undefined ? `${written}${magnitude}${unit ?? ''} = ${withUnit(value, unit)}（本站解读 R24）` : '';
}

/** Why a value could not be read, after its text; `target` is the form's word for the target column. */
function unparsableWords(reason: string, target: string): string {
  return reason === 'digitInUnit' ? `数字后面的单位里还有数字，读不出一个${target}（本站解读 R4）` : (UNPARSABLE_WORDS[reason] ?? UNPARSABLE_WORDS.format!);
}

const UNPARSABLE_WORDS: Record<string, string> = {
  operatorMix: '前后的比较词方向相反，读不出一个运算符（本站解读 R22）',
  rangeOrder: '区间的下限大于上限（本站解读 R23）',
  rangeUnit: '区间的单位或“万”“千”只写在下限后或两端不一致（本站解读 R23）',
  rangeOperator: '区间前后又写了比较词（本站解读 R23）',
  rangeActual: '应为一个数值',
  noSuchDate: '中的日期在该年份并不存在（本站解读 R4）',
  format: '读不出“运算符 + 数字 + 单位”',
};

/**
 * One step in one Chinese sentence (the explanation the calculator and the CLI show). A step that
 * rests on one of the project's readings names it (本站解读 Rn / Cn). `words` are the form's words for
 * the fields it names (its target column, its qualitative scale); without them, 目标值 and 评价等级.
 * @example explainStep({ kind: 'grade', grade: '较好', share: '80' }) // '评价等级“较好”，得权重的 80%。'
 * @example explainStep({ kind: 'target', text: '合规', reading: 'qualitative' }, { target: '年度指标值', qualitative: '完成程度', selfScore: '自评得分' }) // '年度指标值“合规”是定性指标。'
 */
export function explainStep(step: Step, words?: StepWords): string {
  const w = words ?? DEFAULT_STEP_WORDS;
  switch (step.kind) {
    case 'weight':
      return step.source === 'given'
        ? `${step.term ?? '权重'} ${step.weight} 分（表上填写）。`
        : `${step.term ?? '权重'} ${step.weight} 分：表上未填，由该类可分配的 ${short(step.total)} 分在 ${step.shares} 个未填${step.term ?? '权重'}的指标间平均分摊（取到 0.01 分，余下的 0.01 分依次加给前几项）。`;
    case 'target': {
      if (step.reading === 'number') {
        const op = operatorReading(step);
        const mag = magnitudeReading(step.written, step.magnitude, step.value, step.unit);
        const reverse = step.operator === 'le' || step.operator === 'lt' ? '（越低越好，反向指标）' : '';
        return `${w.target}“${step.text}” → ${OPERATOR_SIGN[step.operator ?? 'eq']} ${withUnit(step.value ?? '', step.unit)}${reverse}${op ? `；${op}` : ''}${mag ? `；${mag}` : ''}。`;
      }
      if (step.reading === 'range')
        return `${w.target}“${step.text}”是区间 ${withUnit(short(step.low ?? '0'), step.unit)}～${withUnit(short(step.high ?? '0'), step.unit)}（本站解读 R23）。`;
      if (step.reading === 'zeroWord') return `${w.target}“${step.text}”表示应为 0，读作 = 0（本站解读 R27）。`;
      if (step.reading === 'deadline') return `${w.target}“${step.text}”是时间节点（${step.deadline ?? ''}），属定性指标：按期完成即为最好的一档（本站解读 R26）。`;
      // A blank cell is read as qualitative (it holds no number), but it is not a qualitative target: it is missing.
      if (step.reading === 'qualitative') return step.text.trim() === '' ? `${w.target}未填写。` : `${w.target}“${step.text}”是定性指标。`;
      return `${w.target}“${step.text}”${unparsableWords(step.reason ?? 'format', w.target)}。`;
    }
    case 'actual': {
      if (step.reading === 'blank') return '实际完成值未填写。';
      if (step.reading === 'number') {
        const mag = magnitudeReading(step.written, step.magnitude, step.value, step.unit);
        const ops = step.operatorWords?.length
          ? step.flagged
            ? `；写了比较词“${step.operatorWords.join('…')}”，按其中的数字计（本站解读 R29）`
            : `；“${step.operatorWords.join('')}”不影响读数`
          : '';
        return `实际完成值 ${withUnit(step.value ?? '', step.unit)}${mag ? `（${mag}）` : ''}${ops}。`;
      }
      if (step.reading === 'grade') return `实际完成值为${w.qualitative}“${step.grade}”。`;
      if (step.reading === 'text') return `实际完成值“${step.text}”。`;
      return `实际完成值“${step.text}”${step.reason === 'digitInUnit' || step.reason === 'rangeOperator' ? '读不出一个数值（数字后面还有数字）' : unparsableWords(step.reason ?? 'format', w.target)}。`;
    }
    case 'scale':
      return `${step.side === 'actual' ? '实际完成值' : w.target} ${step.written} 没有单位，按另一边的“${step.word}”计：${step.written}${step.word} = ${withUnit(short(step.value), step.unit)}（本站解读 R24）。`;
    case 'percent':
      return `${step.side === 'actual' ? '实际完成值' : w.target} ${short(step.from)} 没有单位而另一边是百分数：${short(step.from)} 按 ${short(step.to)}% 计（本站解读 R25）。`;
    case 'costReadsLe':
      return `本项属“${step.level2}”，${w.target}没有写运算符：成本类越低越好，按 ≤ 计（本站解读 C10）。`;
    case 'range':
      if (step.position === 'inside')
        return `实际 ${withUnit(short(step.actual), step.unit)} 在 ${withUnit(short(step.low), step.unit)}～${withUnit(short(step.high), step.unit)} 之间，完成率按 100% 计（本站解读 R23）。`;
      if (step.position === 'below') return `实际 ${withUnit(short(step.actual), step.unit)} 低于区间下限，按“≥${withUnit(short(step.low), step.unit)}”计（本站解读 R23）。`;
      return `实际 ${withUnit(short(step.actual), step.unit)} 高于区间上限，按“≤${withUnit(short(step.high), step.unit)}”计（本站解读 R23）。`;
    case 'grade':
      return `${w.qualitative}“${step.grade}”，得${step.term ?? '权重'}的 ${step.share}%。`;
    case 'deadlineWord':
      return `“${step.word}”即按期完成（本站解读 R26）。`;
    case 'deadline':
      return step.onTime
        ? `${step.actual} ≤ ${step.deadline}，按期完成（本站解读 R26）。`
        : `${step.actual} 晚于 ${step.deadline} ${step.daysLate} 天，未按期完成（本站解读 R26）。`;
    case 'zeroWord':
      return `目标为 0，实际“${step.actual}”：${step.met ? '为 0，已达成，完成率按 100% 计' : '不为 0，未达成，完成率按 0% 计'}（本站解读 R27、R9）。`;
    case 'tier':
      if (step.how === 'equalsTarget') return `实际完成值与${w.target}相同，按“${step.tier}”计（本站解读 C12）。`;
      if (step.how === 'deadline') return `按期完成，按“${step.tier}”计（本站解读 C12）。`;
      return `实际完成值写明“${step.tier}”（本站解读 C12）。`;
    case 'tierScore': {
      const band = tierBandWords(step.from, step.to, step.toInclusive);
      if (step.used === 'selfScore') return `“${step.tier}”一档的得分区间为 ${band}，填写的${w.selfScore} ${step.selfScore} 在区间内，得 ${step.score} 分（本站解读 C11）。`;
      const why = step.selfScore === null ? `未填${w.selfScore}` : `填写的${w.selfScore} ${step.selfScore} 不可用`;
      return `“${step.tier}”一档的得分区间为 ${band}；${why}，按该档默认的分值 × ${step.defaultShare}% 计，得 ${step.score} 分（本站解读 C11）。`;
    }
    case 'ratio':
      switch (step.formula) {
        case 'actualOverTarget':
          return `完成率 = 实际 ÷ 目标 = ${short(step.actual)} ÷ ${short(step.target)} = ${step.ratio}%。`;
        case 'targetOverActual':
          return `目标越低越好（反向指标），实际 ${short(step.actual)} 超过目标 ${short(step.target)}：完成率 = 目标 ÷ 实际 = ${short(step.target)} ÷ ${short(step.actual)} = ${step.ratio}%。`;
        case 'excessPercent':
          return `目标越低越好（反向指标），实际 ${short(step.actual)} 超过目标 ${short(step.target)}：按本站解读选项，完成率 = 100% − 超出的百分比 = 100% − (${short(step.actual)} ÷ ${short(step.target)} − 1) × 100% = ${step.ratio}%。`;
        case 'lowerMet':
          return `目标越低越好（反向指标），实际 ${short(step.actual)} 未超过目标 ${short(step.target)}：完成率按 100% 计。`;
      }
      return '';
    case 'zeroTarget':
      return `${w.target}为 0（${OPERATOR_SIGN[step.operator]}0），实际 ${short(step.actual)}：${step.met ? '已达成，完成率按 100% 计' : '未达成，完成率按 0% 计'}（本站解读 R9）。`;
    case 'signedTarget':
      return `${w.target}为负数（${OPERATOR_SIGN[step.operator]}${short(step.target)}），实际 ${short(step.actual)}：${step.met ? '已达成，完成率按 100% 计' : '未达成，完成率按 0% 计'}（本站解读 R28）。`;
    case 'proportional':
      if (step.outcome === 'met') return `完成率 ${step.ratio}% 达到目标，得满分（超额不加分也不扣分）。`;
      if (step.outcome === 'zero') return `完成率 ${step.ratio}%，得 0。`;
      return `未达到目标，按完成比例得分值的 ${step.ratio}%。`;
    case 'band':
      if (step.outcome === 'full') return `完成率 ${step.ratio}% ${inBand(step.fullFrom, step.fullTo)}，得满分。`;
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
        ? `每点扣${step.term ?? '权重'}的 ${step.perPoint}%，应扣 ${two(step.deductionExact)}%，超过 100%：本项最低得 0。`
        : `每点扣${step.term ?? '权重'}的 ${step.perPoint}%，共扣 ${two(step.deductionExact)}%，得${step.term ?? '权重'}的 ${two(step.shareExact)}%。`;
    case 'score':
      return new D(step.scoreExact).eq(step.score)
        ? `得分 = ${step.term ?? '权重'} ${step.weight} × ${cut(step.shareExact)}% = ${step.score} 分。`
        : `得分 = ${step.term ?? '权重'} ${step.weight} × ${cut(step.shareExact)}% = ${cut(step.scoreExact)}，四舍五入到 0.01 得 ${step.score} 分。`;
    case 'executionRate': {
      // C5: a side taken from the 其中 rows' sum says so, and why the total cell was not used.
      const from = (gap: FundTotalGap | undefined) => (gap ? `（其中三行合计；年度资金总额的这一格${SUMMED_WHY[gap]}）` : '');
      return `执行率 = 全年执行数 ÷ ${step.base} = ${short(step.executed)}${from(step.summed?.executed)} ÷ ${short(step.baseValue)}${from(step.summed?.base)} = ${step.rate}%${step.base === '年初预算数' ? '（本站解读选项 C5）' : ''}。`;
    }
    case 'executionScore':
      if (step.capped) return `得分 = 分值 × 执行率 = ${step.weight} × ${step.rate}%，${new D(step.scoreExact).lt(0) ? '低于 0，按 0' : '超过分值，以分值为上限'}，得 ${step.score} 分。`;
      return new D(step.scoreExact).eq(step.score)
        ? `得分 = 分值 × 执行率 = ${step.weight} × ${step.rate}% = ${step.score} 分。`
        : `得分 = 分值 × 执行率 = ${step.weight} × ${step.rate}% = ${cut(step.scoreExact)}，四舍五入到 0.01 得 ${step.score} 分。`;
    case 'zero':
      if (step.reason === 'ZERO_BUDGET') return '预算数为 0，执行率无法计算，得 0 分（本站解读 C6）。';
      if (step.reason === 'MISSING_ACTUAL' && step.note === undefined && step.quote === undefined) return '资金表未填全，执行率无法计算，得 0 分。';
      if (step.reason === 'MISSING_ACTUAL') {
        if (step.note) return `实际完成值未填写，只写了说明：${step.quote ? '填表说明对此没有规定，' : ''}本站仍按 0 分计，是否认可说明由评审人员决定（本站解读 R6）。`;
        return step.quote ? `实际完成值未填写：按填表说明“${step.quote}”本项得 0 分。` : '实际完成值未填写，本项得 0 分（本站解读 R6）。';
      }
      return zeroReason(step.reason, words) ?? '本项得 0 分。';
  }
}

/**
 * All steps as Chinese sentences, in order, in the form's `words` when given (see {@link explainStep}).
 * @example explainSteps(result.steps) // ['权重 4.80 分（表上填写）。', '目标值“=13 个”：= 13 个。', …]
 */
export function explainSteps(steps: readonly Step[], words?: StepWords): string[] {
  return steps.map((step) => explainStep(step, words));
}

/**
 * One sentence on the 预算执行率 row (C6): `执行率 92.00%，得 9.20`, or, when the rate is undefined
 * (`rate` null), the sentence that says why it scored 0. `rate` in % and `score` in 分, two decimals.
 */
export function summarizeExecution(steps: readonly Step[], rate: string | null, score: string): string {
  if (rate !== null) return `执行率 ${rate}%，得 ${score}`;
  const sentences = explainSteps(steps);
  return sentences[sentences.length - 1] ?? '';
}

/**
 * One sentence that says how a row got `score` of `weight` 分, in the form's `words` when given (see
 * {@link explainStep}), e.g. “完成率 16 ÷ 13 = 123.08%，在 100%～130% 之内，得满分 4.80”.
 */
export function summarize(steps: readonly Step[], score: string, weight: string, words?: StepWords): string {
  const find = <K extends Step['kind']>(kind: K) => steps.find((s): s is Extract<Step, { kind: K }> => s.kind === kind);
  const zero = find('zero');
  if (zero) {
    if (zero.reason === 'DEADLINE_MISSED') {
      const d = find('deadline');
      return `完成时间晚于时间节点${d ? ` ${d.daysLate} 天` : ''}，得 0 分`;
    }
    const reason = (zeroReason(zero.reason, words) ?? '').split('：')[0] ?? '';
    return `${reason.replace(/，本项得 0 分。$/, '')}，得 0 分`;
  }
  const grade = find('grade');
  const scale = (words ?? DEFAULT_STEP_WORDS).qualitative;
  if (grade) return grade.share === '100' ? `${scale}“${grade.grade}”，得满分 ${score}` : `${scale}“${grade.grade}”，得${grade.term ?? '权重'} ${weight} 的 ${grade.share}%，即 ${score}`;
  const tier = find('tierScore');
  if (tier) return `“${tier.tier}”，区间 ${tierBandWords(tier.from, tier.to, tier.toInclusive)}，得 ${score}`;
  const ratio = find('ratio');
  const zt = find('zeroTarget') ?? find('signedTarget') ?? find('zeroWord');
  const range = find('range');
  let head = '';
  if (range?.position === 'inside') {
    head = `在区间 ${withUnit(short(range.low), range.unit)}～${withUnit(short(range.high), range.unit)} 之内，完成率 100%`;
  } else if (ratio) {
    if (ratio.formula === 'actualOverTarget') head = `完成率 ${short(ratio.actual)} ÷ ${short(ratio.target)} = ${ratio.ratio}%`;
    else if (ratio.formula === 'targetOverActual') head = `越低越好，完成率 ${short(ratio.target)} ÷ ${short(ratio.actual)} = ${ratio.ratio}%`;
    else if (ratio.formula === 'excessPercent') head = `越低越好，超出目标，完成率 ${ratio.ratio}%`;
    else head = `越低越好，实际未超过目标，完成率 100%`;
  } else if (zt) {
    const what = zt.kind === 'signedTarget' ? '目标为负数' : '目标为 0';
    if (!zt.met) return `${what}，实际未达成，完成率按 0% 计，得 ${score}`;
    head = `${what}，已达成，完成率按 100% 计`;
  }
  const prop = find('proportional');
  if (prop) {
    if (prop.outcome === 'met') return `${head}，达到目标，得满分 ${score}`;
    return `${head}，按完成比例得 ${score}`;
  }
  const band = find('band');
  const points = find('points');
  const deduction = find('deduction');
  if (!band) return `得 ${score}`;
  if (band.outcome === 'full') return `${head}，${inBand(band.fullFrom, band.fullTo)}，得满分 ${score}`;
  if (band.outcome === 'overFree') return `${head}，超过 ${band.fullTo}% 但按选项不扣分，得满分 ${score}`;
  const dir = band.outcome === 'short' ? `低于 ${band.fullFrom}%` : `超过 ${band.fullTo}%`;
  return `${head}，${dir} ${points ? short(points.points) === short(points.pointsExact) ? two(points.pointsExact) : short(points.points) : ''} 个百分点，扣${deduction?.term ?? '权重'}的 ${deduction ? two(deduction.deductionExact) : '0'}%${deduction?.clamped ? '（最低 0 分）' : ''}，得 ${score}`;
}

