import { fixed2, type Dec } from '../decimal.ts';
import type { ParsedValue, UnparsableReason } from '../parse/value.ts';
import type { RuleSet } from '../rule-sets/rule-set.ts';
import type { Step } from '../steps.ts';

/**
 * The Chinese messages of the indicator checks (scoring-decisions.md R4–R31, central-2020.md C7–C16).
 * Each names the row (`who`, e.g. 产出第 1 项指标“改造小区数量”) and the field, says what is wrong and
 * how to fix it; one function per message (the bundle then names each short, issue 13). Built only
 * for rows that have the check. `tt` is the form's word for the target column (the rule set's
 * `targetTerm`: 目标值 on the Suzhou form, 年度指标值 on the central one).
 * The messages of checks only some forms raise (R5's unknown grade, C9, C11, C12, C16) come with
 * their form's kit (kit-messages.ts).
 */

const REASON: Record<UnparsableReason, string> = {
  operatorMix: '前后的比较词方向不一致（如“≥5%以内”“=5%以内”），无法判断是越高越好、越低越好还是恰好等于：请只保留一种写法，如“≥95%”“95%以上”“≤5%”“5%以内”或“=100%”',
  digitInUnit: '数字后面的单位里又有数字（如“2022年完成3个”），读不出一个{tt}：请写成“运算符 数字 单位”，如“≥3个”；时间节点请只写一个日期，如“2022年12月底前”',
  rangeOrder: '区间的下限大于上限：请写成“小数-大数”，如“90%-100%”',
  rangeUnit: '区间只在下限后写了单位或“万”，或两端的单位、“万”“千”不一致：请把单位写在上限后，或两端写成一样，如“90%-100%”“5万-10万元”',
  rangeOperator: '区间前后又写了“≥”“以上”等比较词：区间本身已表示范围，请去掉比较词，如“90%-100%”，或只写一端如“≥90%”',
  rangeActual: '是一个区间或多个数：请填写实际达到的一个数值，如“95%”',
  noSuchDate: '中的日期在该年份并不存在（如 2023 年没有 2月29日）：请写出实际存在的日期，如“2023年2月28日前”',
  format: '读不出“运算符 数字 单位”：请写成如“≥95%”“=13 个”“≤100万元”“5%以内”“90%-100%”；“约”“左右”等估计词请删去',
};

/** The five grade words, for messages (R5). */
function gradeList(ruleSet: RuleSet): string {
  return ruleSet.grades.map((g) => g.grade).join('、');
}

/** The tier phrases, for messages (C12). */
function tierList(ruleSet: RuleSet): string {
  return ruleSet.tiers.map((t) => `“${t.phrase}”`).join('、');
}

/** R6 (and C10): a row with no actual; `hasNote` when its 说明 is filled. */
export function missingActual(who: string, hasNote: boolean, ruleSet: RuleSet): string {
  const fill = ruleSet.qualitative === 'grades' ? '定性指标填 好、较好、一般、较差 或 差' : `定性指标填 ${tierList(ruleSet)} 之一`;
  if (hasNote)
    return `${who}没有填写实际完成值，只写了说明：${ruleSet.missingActualQuote ? '填表说明对“有说明”的情形没有规定，' : ''}本站仍按 0 分计（本站解读 R6），是否认可说明须由评审人员决定。请尽量填写实际完成值。`;
  return ruleSet.missingActualQuote
    ? `${who}没有填写实际完成值：按填表说明“${ruleSet.missingActualQuote}”本项得 0 分。请填写实际完成值（${fill}）。`
    : `${who}没有填写实际完成值，本项得 0 分（本站解读 R6）：请填写实际完成值（${fill}），并在偏差原因栏说明。`;
}

/** R4: a row with no target (`tt`, the form's word for it). */
export function blankTarget(who: string, tt: string): string {
  return `${who}没有填写${tt}：请填写${tt}，如“≥95%”“=13 个”，定性目标如“合规”。`;
}

/** R26 / C12: a completion date `daysLate` days after the deadline. */
export function deadlineMissed(who: string, targetText: string, actualText: string, daysLate: number, ruleSet: RuleSet): string {
  const ask = `请改填${ruleSet.qualitativeTerm}（${ruleSet.qualitative === 'grades' ? gradeList(ruleSet) : tierList(ruleSet)}）`;
  return `${who}的完成时间“${actualText}”晚于时间节点“${targetText}” ${daysLate} 天，按日期只能得 0 分：逾期完成的程度须由填表人判断，${ask}，并在说明中写明原因（本站解读 R26）。`;
}

/** R22–R24, R4: a target that does not read as a value, for `reason`. */
export function unparsableTarget(who: string, text: string, reason: UnparsableReason, tt: string): string {
  return `${who}的${tt}“${text}”${REASON[reason].replace('{tt}', tt)}（本站解读 R22–R24）。`;
}

/** R4, R27: an actual that does not read as the target needs (a number, or whether it is 0). */
export function unparsableActual(who: string, target: ParsedValue, actual: ParsedValue, tt: string): string {
  if (target.kind === 'zeroWord')
    return `${who}的${tt}“${target.text}”表示应为 0（本站解读 R27），实际完成值“${actual.text}”读不出是否为 0：请填写发生的次数，如“0起”，或“无”“未发生”。`;
  if (actual.kind === 'unparsable')
    return `${who}的实际完成值“${actual.text}”${REASON[actual.reason === 'rangeOperator' || actual.reason === 'digitInUnit' ? 'rangeActual' : actual.reason]}。`;
  return `${who}的${tt}是数字（“${target.text}”），实际完成值“${actual.text}”却读不出数字：请填写实际达到的数字和单位，如“16 个”“98%”。`;
}

/** R29: an actual written with an operator (`text` as written, `operatorWords` the operators in it). */
export function actualHasOperator(who: string, text: string, operatorWords: readonly string[], tt: string): string {
  // The actual as it should be written: its own number and unit without the comparison words (“98%以上” → “98%”).
  const plain = operatorWords.reduce((rest, word) => rest.replace(word, ''), text).trim() || '268米';
  return `${who}的实际完成值“${text}”带有“≥”“以上”之类的比较词，像是照抄了${tt}：实际完成值应填写实际达到的数值，如“${plain}”。本站按其中的数字计分（本站解读 R29）。`;
}

/** R25: a fraction read as a percentage (the `percent` step of `steps` says which side). */
export function percentAssumed(who: string, steps: readonly Step[], tt: string): string {
  const s = steps.find((x): x is Extract<Step, { kind: 'percent' }> => x.kind === 'percent');
  const side = s?.side === 'target' ? tt : '实际完成值';
  return `${who}的${side} ${s?.from ?? ''} 没有单位，另一边是百分数：本站按小数读作 ${s?.to ?? ''}%（本站解读 R25）。请核对，最好直接写成“${s?.to ?? ''}%”。`;
}

/** R7: the target's and the actual's units differ. */
export function unitMismatch(who: string, targetUnit: string, actualUnit: string, tt: string): string {
  return `${who}的${tt}单位是“${targetUnit}”，实际完成值单位是“${actualUnit}”：请统一单位（本站暂按相同单位计算）。`;
}

/** R9 / R27: a target of 0, as a number or in words (`words`). */
export function zeroTarget(who: string, text: string, words: boolean, tt: string): string {
  return words
    ? `${who}的${tt}“${text}”表示应为 0：完成率无法相除，本站按“为 0 计 100%，不为 0 计 0%”评分（本站解读 R27、R9）。`
    : `${who}的${tt}为 0，完成率无法相除：本站按“达成计 100%，未达成计 0%”评分（本站解读 R9）。`;
}

/** R28: a negative target. */
export function negativeTarget(who: string, text: string, tt: string): string {
  return `${who}的${tt}“${text}”是负数，完成率无法按比例计算：本站按“达成计 100%，未达成计 0%”评分（本站解读 R28）。可以改用正数表述，按比例计分：如指标名称写“三公经费压减率”，${tt}写“≥5%”。`;
}

/** C10: a 成本 row (its 二级指标 `level2`) whose target has no operator reads as ≤. */
export function costReadsLe(who: string, text: string, level2: string, tt: string): string {
  return `${who}属于“${level2}”，${tt}“${text}”没有写运算符：成本类指标越低越好，本站按“≤${text.trim()}”计分（本站解读 C10）。请核对，最好直接写上“≤”。`;
}

/** R30: a row named like a cost whose target has no operator reads as =. */
export function costAssumedEq(who: string, text: string, tt: string): string {
  return `${who}像是成本类指标，${tt}“${text}”没有写运算符：本站按“=”计分（低于目标也按完成率扣分）。成本目标通常应写成“≤${text.trim()}”，请核对（本站解读 R30）。`;
}

/**
 * R31 / C13. `term` is the form's word for the weight (rule set's `weightTerm`: 权重 or 分值), `selfTerm`
 * its word for the self-score (`selfScoreTerm`: 自评分 or 自评得分).
 */
export function selfScoreAboveWeight(who: string, self: Dec, weight: Dec, term: string, selfTerm: string): string {
  return `${who}的${selfTerm} ${fixed2(self)} 超过了该项的${term} ${fixed2(weight)}：每项得分最高为其${term}，请改正。`;
}

/** R17 / C13. `selfTerm` is the form's word for the self-score (rule set's `selfScoreTerm`: 自评分 or 自评得分). */
export function selfScoreMismatch(who: string, self: Dec, score: Dec, gap: Dec, selfTerm: string): string {
  return `${who}的${selfTerm}为 ${fixed2(self)}，按评分规则应得 ${fixed2(score)}（${gap.isNeg() ? '少' : '多'} ${fixed2(gap.abs())} 分）：请核对，或在说明中写明理由。`;
}
