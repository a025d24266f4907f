import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreForm, type Form } from '../../src/engine/index.ts';
import { gapWords, selfScoreTotals } from '../../src/components/report/self-score.ts';
import { seedForm } from '../helpers/forms.ts';

/** The central worked example (C1): its 自评分 add up to the site's 96.98, the 预算执行率 row's 9.20 included. */
const worked = JSON.parse(readFileSync(new URL('../cases/central-worked-example.json', import.meta.url), 'utf8')) as { form: Form; expected: { total: string } };

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
    expect(self.gap).toBe('-9.20');
  });

  it('a form without a 预算执行率 row (苏州) adds its indicator rows only', () => {
    const result = scoreForm(seedForm());
    const self = selfScoreTotals(result.indicators, result.total, result.execution);
    expect(result.execution).toBeUndefined();
    expect(self.total).toBe('80.00');
    expect(self.categories.execution).toBeUndefined();
    expect(self.rows).toBe(result.indicators.length);
  });
});
