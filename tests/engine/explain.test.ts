import { describe, expect, it } from 'vitest';
import { scoreForm } from '../../src/engine/index.ts';
import { formOf, seedForm } from '../helpers/forms.ts';

describe('explanations in Chinese', () => {
  const seed = scoreForm(seedForm());
  it('summarises a row in one sentence, as the issue asks', () => {
    expect(seed.indicators[6]!.summary).toBe('完成率 16 ÷ 13 = 123.08%，在 100%～130% 之内，得满分 4.80');
  });
  it('gives every step of a shortfall: ratio, band, points, deduction, weight × share, rounding', () => {
    const r = scoreForm(formOf([{ category: 'output', name: '改造小区数量', target: '=13 个', actual: '11 个', weight: '4.8' }]));
    expect(r.indicators[0]!.explanation).toEqual([
      '权重 4.80 分（表上填写）。',
      '目标值“=13 个” → = 13 个。',
      '实际完成值 11 个。',
      '完成率 = 实际 ÷ 目标 = 11 ÷ 13 = 84.62%。',
      '完成率 84.62% 低于 100%。',
      '低于目标 15.38 个百分点（按完成率计）。',
      '每点扣权重的 5%，共扣 76.92%，得权重的 23.08%。',
      '得分 = 权重 4.80 × 23.0769…% = 1.1076…，四舍五入到 0.01 得 1.11 分。',
    ]);
    expect(r.indicators[0]!.summary).toBe('完成率 11 ÷ 13 = 84.62%，低于 100% 15.38 个百分点，扣权重的 76.92%，得 1.11');
  });
  it('a band with no upper end reads “在 100% 及以上”, without 之内 (结果 rows)', () => {
    const r = scoreForm(formOf([{ category: 'outcome', name: '群众满意度', target: '≥90%', actual: '95%', weight: '10' }]));
    expect(r.indicators[0]!.explanation[4]).toBe('完成率 105.56% 在 100% 及以上，得满分。');
    expect(r.indicators[0]!.summary).toBe('完成率 95 ÷ 90 = 105.56%，在 100% 及以上，得满分 10.00');
  });
  it('explains a grade and a split weight', () => {
    const r = scoreForm(formOf([{ category: 'input', name: '资金使用合规性', target: '合规', actual: '较好' }]));
    expect(r.indicators[0]!.explanation[0]).toContain('权重 24.00 分：表上未填');
    expect(r.indicators[0]!.summary).toBe('评价等级“较好”，得权重 24.00 的 80%，即 19.20');
  });
  it('keeps the steps as data as well', () => {
    expect(seed.indicators[6]!.steps.map((s) => s.kind)).toEqual(['weight', 'target', 'actual', 'ratio', 'band', 'score']);
  });
  it('names the field in every check message', () => {
    const f = seedForm();
    f.indicators[6]!.actual = '';
    const check = scoreForm(f).checks.find((c) => c.code === 'MISSING_ACTUAL')!;
    expect(check).toMatchObject({ severity: 'warning', path: 'indicators/6/actual' });
    expect(check.message).toContain('产出第 1 项指标“改造小区数量”');
  });
  it('a blank target is said to be missing, not to be a qualitative target (it said 目标值“”是定性指标)', () => {
    const r = scoreForm(formOf([{ category: 'output', name: '甲', target: '', actual: '好', weight: '24' }]));
    expect(r.indicators[0]!.explanation[1]).toBe('目标值未填写。');
    expect(r.checks.filter((c) => c.path.startsWith('indicators/')).map((c) => c.code)).toEqual(['UNPARSABLE_VALUE']);
  });
});
