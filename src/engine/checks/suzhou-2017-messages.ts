import type { KitMessages } from './kit-messages.ts';

/**
 * The messages of the checks only suzhou-2017's rules raise (scoring-decisions.md R2, R5): its kit
 * brings them, so the central form's page does not carry them.
 */
export const suzhouMessages: Pick<KitMessages, 'UNKNOWN_GRADE' | 'WEIGHT_SUM_MISMATCH'> = {
  UNKNOWN_GRADE(who, targetText, actualText, deadline, ruleSet) {
    const dl = deadline ? '；时间节点也可填“按期完成”或完成日期，如“2022年11月30日”' : '';
    return `${who}是定性指标（${ruleSet.targetTerm}“${targetText}”），实际完成值“${actualText}”不是${ruleSet.qualitativeTerm}：请填写 ${ruleSet.grades.map((g) => g.grade).join('、')} 五个等级之一${dl}。`;
  },
  WEIGHT_SUM_MISMATCH(label, term, sum, total) {
    return `“${label}”类指标的${term}合计为 ${sum} 分，应为 ${total} 分：请调整各项${term}使合计等于 ${total}，或把本类${term}全部留空，由本站平均分摊。`;
  },
};
