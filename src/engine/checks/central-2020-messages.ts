import { fixed2 } from '../decimal.ts';
import { tierBandWords } from '../tier-band-words.ts';
import type { KitMessages } from './kit-messages.ts';

/**
 * The messages of the checks only central-2020's rules raise (central-2020.md C2, C3, C9, C11, C12, C16):
 * its kit brings them, so the Suzhou form's page does not carry them.
 */
export const centralMessages: Pick<KitMessages, 'NO_SATISFACTION' | 'UNKNOWN_TIER' | 'SCORE_OUT_OF_BAND' | 'OVER_TARGET' | 'MISSING_DEVIATION_NOTE' | 'CATEGORY_TOTAL_DEVIATES' | 'TOTAL_WEIGHT_MISMATCH'> = {
  NO_SATISFACTION(from, fromTotal, to, toTotal, rule) {
    return `本表没有${from}：按本站解读，${from}的 ${fromTotal} 分并入${to}，${to}按 ${toTotal} 分计（本站解读 ${rule}，可在选项中改为不并入）。`;
  },
  UNKNOWN_TIER(who, targetText, actualText, deadline, ruleSet) {
    const dl = deadline ? '；时间节点也可填“按期完成”或完成日期，如“2022年11月30日”' : '';
    const tiers = ruleSet.tiers.map((t) => `“${t.phrase}”`).join('、');
    return `${who}是定性指标（${ruleSet.targetTerm}“${targetText}”），实际完成值“${actualText}”读不出${ruleSet.qualitativeTerm}：请填写 ${tiers} 之一，与${ruleSet.targetTerm}相同的文字也按“达成”计${dl}（本站解读 C12）。`;
  },
  SCORE_OUT_OF_BAND(who, self, tier, band, used, selfTerm) {
    const range = tierBandWords(fixed2(band.from), fixed2(band.to), band.toInclusive);
    return `${who}的${selfTerm} ${fixed2(self)} 不在“${tier}”的分数区间 ${range}内：本站按该档的默认分 ${fixed2(used)} 计。请在区间内填写${selfTerm}，或改填相应的完成程度（本站解读 C11）。`;
  },
  OVER_TARGET(who, ratio, from) {
    return `${who}的完成率为 ${ratio}%，达到或超过目标的 ${from}%：本站不扣分，但目标可能定得偏低，请在“偏差原因分析及改进措施”中说明原因（本站解读 C9）。`;
  },
  MISSING_DEVIATION_NOTE(who, score, weight, over) {
    return over
      ? `${who}大幅超过目标，但“偏差原因分析及改进措施”为空：请说明超额的原因（如目标定得偏低）（本站解读 C16）。`
      : `${who}得 ${score} 分，低于分值 ${weight}，但“偏差原因分析及改进措施”为空：请写明未完成的原因和改进措施（本站解读 C16）。`;
  },
  CATEGORY_TOTAL_DEVIATES(label, _term, sum, total) {
    return `“${label}”的分值合计为 ${sum} 分，通常应为 ${total} 分：这一比例“原则上”如此，如系有意调整可保留；本站按表上的分值计分（本站解读 C3）。`;
  },
  TOTAL_WEIGHT_MISMATCH(sum, executionWeight, total) {
    return `全表分值合计为 ${sum} 分（${executionWeight !== null ? `预算执行率 ${executionWeight} + ` : ''}各项指标），应为 ${total} 分：请调整分值。本站按表上的分值计分，总分不折算（本站解读 C3）。`;
  },
};
