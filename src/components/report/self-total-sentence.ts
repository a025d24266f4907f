import { gapWords, type SelfScoreTotals } from './self-score.ts';

// The report's own sentence (the shared report, the report pages), apart from self-score.ts: the
// calculator's first bundle carries self-score.ts for its total bar, and needs none of this.

/**
 * The report's sentence under the 合计 comparing the 自评分合计 with the site's total (R17, added up),
 * or null when there is nothing to say (no 自评分, or every row filled and the sums agree). With blank
 * rows it says how many and compares the filled rows only. `term` is the form's word for the
 * self-score (the rule set's `selfScoreTerm`: 自评分 or 自评得分).
 */
export function selfTotalSentence(self: SelfScoreTotals, total: string, term: string): string | null {
  const blank = self.rows - self.filled;
  if (self.total === null) return null;
  if (blank === 0) return self.gap ? `${term}合计 ${self.total} 比本站计算的 ${total} ${gapWords(self.gap)} 分（逐项差异见标有 ≠ 的行）。` : null;
  const filled = self.gap
    ? `已填${term}的 ${self.filled} 项合计比本站对这些项的计算${gapWords(self.gap)} 分（逐项差异见标有 ≠ 的行）`
    : `已填${term}的 ${self.filled} 项与本站的计算一致`;
  return `${term}合计 ${self.total} 不含 ${blank} 项未填${term}的指标，不与本站计算的总分 ${total} 比较；${filled}。`;
}
