import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getRuleSet, scoreForm, type Form } from '../../src/engine/index.ts';
import { gapWords, selfScoreTotals, selfTotalNote } from '../../src/components/report/self-score.ts';
import { selfTotalSentence } from '../../src/components/report/self-total-sentence.ts';
import { seedForm } from '../helpers/forms.ts';

/** The central worked example (C1): its 自评分 add up to the site's 96.98, the 预算执行率 row's 9.20 included. */
const worked = JSON.parse(readFileSync(new URL('../cases/central-worked-example.json', import.meta.url), 'utf8')) as { form: Form; expected: { total: string } };
/** The central form's word for the self-score (`selfScoreTerm`): 自评得分. */
const term = getRuleSet('central-2020')!.selfScoreTerm;

describe('自评分 合计 (C1, C13, R17)', () => {
  it('the central form counts the 预算执行率 row’s 自评分: the worked example’s 合计 is 96.98, no difference', () => {
    const result = scoreForm(worked.form);
    expect(result.total).toBe('96.98');
    expect(result.execution?.selfScore).toBe('9.20');
    const self = selfScoreTotals(result.indicators, result.total, result.execution);
    expect(self.total).toBe('96.98');
    expect(self.gap).toBeNull();
    expect(self.categories.execution).toBe('9.20');
    expect(self.categories.output).toBe('48.00');
    expect(self.filled).toBe(result.indicators.length + 1);
    expect(self.rows).toBe(result.indicators.length + 1);
  });

  it('a lower 自评分 of the 预算执行率 row shows in the 合计 and its difference', () => {
    const form = structuredClone(worked.form);
    form.execution!.selfScore = '8';
    const result = scoreForm(form);
    const self = selfScoreTotals(result.indicators, result.total, result.execution);
    expect(self.total).toBe('95.78');
    expect(self.gap).toBe('-1.20');
    expect(gapWords(self.gap!)).toBe('少 1.20');
  });

  it('a blank 自评分 of the 预算执行率 row is left out of the 合计', () => {
    const form = structuredClone(worked.form);
    delete form.execution!.selfScore;
    const result = scoreForm(form);
    const self = selfScoreTotals(result.indicators, result.total, result.execution);
    expect(self.categories.execution).toBeNull();
    expect(self.total).toBe('87.78');
    // Not “少 9.20”: the blank row is not a 0, so the filled rows (which agree) are compared only.
    expect(self.gap).toBeNull();
    expect(selfTotalNote(self, term)).toBe('1 项未填自评得分');
  });

  it('blank 自评分 are not counted as 0: the note says how many, and the difference is over the filled rows only', () => {
    const form = structuredClone(worked.form);
    // Two rows blank, 培训人次 written 1.40 above its 18.00, 服务对象满意度 0.22 above its 9.78.
    delete form.indicators[1]!.selfScore;
    delete form.indicators[3]!.selfScore;
    form.indicators[0]!.selfScore = '19.4';
    form.indicators[5]!.selfScore = '10';
    const result = scoreForm(form);
    const self = selfScoreTotals(result.indicators, result.total, result.execution);
    expect(self.total).toBe('68.60');
    expect(self).toMatchObject({ filled: 5, rows: 7, gap: '1.62' });
    expect(selfTotalNote(self, term)).toBe('2 项未填自评得分；已填的 5 项多 1.62 分');
    expect(selfTotalSentence(self, result.total, term)).toBe(
      '自评得分合计 68.60 不含 2 项未填自评得分的指标，不与本站计算的总分 96.98 比较；已填自评得分的 5 项合计比本站对这些项的计算多 1.62 分（逐项差异见标有 ≠ 的行）。',
    );
  });

  it('blank 自评分 and the filled rows agreeing: no 少 … 分, only how many rows are blank', () => {
    const form = structuredClone(worked.form);
    for (const i of [0, 1, 2]) delete form.indicators[i]!.selfScore;
    const result = scoreForm(form);
    const self = selfScoreTotals(result.indicators, result.total, result.execution);
    expect(self.total).toBe('48.98');
    expect(self.gap).toBeNull();
    expect(selfTotalNote(self, term)).toBe('3 项未填自评得分');
    expect(selfTotalSentence(self, result.total, term)).toBe('自评得分合计 48.98 不含 3 项未填自评得分的指标，不与本站计算的总分 96.98 比较；已填自评得分的 4 项与本站的计算一致。');
  });

  it('every row filled: the note is the difference, or nothing', () => {
    const form = structuredClone(worked.form);
    form.indicators[0]!.selfScore = '17';
    const result = scoreForm(form);
    const self = selfScoreTotals(result.indicators, result.total, result.execution);
    expect(selfTotalNote(self, term)).toBe('少 1.00 分');
    expect(selfTotalSentence(self, result.total, term)).toBe('自评得分合计 95.98 比本站计算的 96.98 少 1.00 分（逐项差异见标有 ≠ 的行）。');
    const same = scoreForm(worked.form);
    const agreeing = selfScoreTotals(same.indicators, same.total, same.execution);
    expect(selfTotalNote(agreeing, term)).toBeNull();
    expect(selfTotalSentence(agreeing, same.total, term)).toBeNull();
  });

  it('a form without a 预算执行率 row (苏州) adds its indicator rows only', () => {
    const result = scoreForm(seedForm());
    const self = selfScoreTotals(result.indicators, result.total, result.execution);
    expect(result.execution).toBeUndefined();
    expect(self.total).toBe('80.00');
    expect(self.categories.execution).toBeUndefined();
    expect(self.rows).toBe(result.indicators.length);
  });

  it('the Suzhou form keeps its word 自评分 in the note and the sentence', () => {
    const form = seedForm();
    form.indicators[0]!.selfScore = undefined;
    form.indicators[1]!.selfScore = '0';
    const result = scoreForm(form);
    const self = selfScoreTotals(result.indicators, result.total, result.execution);
    const suzhou = getRuleSet('suzhou-2017')!.selfScoreTerm;
    expect(selfTotalNote(self, suzhou)).toBe('1 项未填自评分；已填的 14 项少 3.00 分');
    expect(selfTotalSentence(self, result.total, suzhou)).toBe(
      '自评分合计 74.00 不含 1 项未填自评分的指标，不与本站计算的总分 80.00 比较；已填自评分的 14 项合计比本站对这些项的计算少 3.00 分（逐项差异见标有 ≠ 的行）。',
    );
  });
});
