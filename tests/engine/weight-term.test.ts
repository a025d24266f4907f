import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { RowSentences } from '../../src/components/calculator/Sentences.tsx';
import { fieldLabel, getRuleSet, scoreForm, validateForm, type Form, type IndicatorInput } from '../../src/engine/index.ts';
import { formToRows } from '../../src/export/csv.ts';

/** A central form (its word for a row's weight is 分值) with these rows; the funds table 500 / 500 / 500. */
function central(indicators: IndicatorInput[]): Form {
  return { version: 1, ruleSet: 'central-2020', project: { year: 2022 }, execution: { total: { initialBudget: '500', fullYearBudget: '500', executed: '500' } }, indicators };
}

const row = (extra: Partial<IndicatorInput> = {}): IndicatorInput => ({ category: 'output', name: '甲', target: '≥100', actual: '90', weight: '45', note: '说明', ...extra });

describe('the central form says 分值, its own word for a row’s weight (weightTerm), wherever it is shown', () => {
  it('SELF_SCORE_ABOVE_WEIGHT (C13): 超过了该项的分值, not 权重（分值）', () => {
    const r = scoreForm(central([row({ target: '=1', actual: '1', selfScore: '46' }), row({ name: '乙', weight: '5' })]));
    expect(r.checks.find((c) => c.code === 'SELF_SCORE_ABOVE_WEIGHT')!.message).toBe('产出指标第 1 项指标“甲”的自评得分 46.00 超过了该项的分值 45.00：每项得分最高为其分值，请改正。');
  });
  it('WEIGHT_PARTIAL: 没填分值 … 把分值填全', () => {
    const r = scoreForm(central([row(), row({ name: '乙', weight: '' })]));
    expect(r.checks.find((c) => c.code === 'WEIGHT_PARTIAL')!.message).toBe(
      '“产出指标”有 1 项指标没填分值：本站把本类总分 50.00 分减去已填的 45.00 分，剩下的 5.00 分平均分给这 1 项。请核对，或把分值填全。',
    );
  });
  it('the explanation of a blank weight: 未填分值的指标', () => {
    const r = scoreForm(central([row({ weight: '' })]));
    expect(r.indicators[0]!.explanation[0]).toBe('分值 50.00 分：表上未填，由该类可分配的 50 分在 1 个未填分值的指标间平均分摊（取到 0.01 分，余下的 0.01 分依次加给前几项）。');
  });
  it('the curve in the explanation: 纵轴：得到分值的百分比 (Suzhou keeps 权重)', () => {
    const r = scoreForm(central([row()]));
    const html = renderToString(h(RowSentences, { result: r.indicators[0]!, ruleSetId: 'central-2020', options: {} }));
    expect(html).toContain('纵轴：得到分值的百分比');
    expect(html).toContain('aria-label="评分曲线：完成率 90.00% 得到分值的 90.00%"');
    expect(html).not.toContain('权重');
    const suzhou = scoreForm({ version: 1, ruleSet: 'suzhou-2017', indicators: [{ category: 'output', name: '甲', target: '≥100', actual: '90', weight: '24' }] });
    expect(renderToString(h(RowSentences, { result: suzhou.indicators[0]!, ruleSetId: 'suzhou-2017', options: {} }))).toContain('纵轴：得到权重的百分比');
  });
  it('a JSON import error names the field 分值 on a central file, 权重 on a Suzhou one', () => {
    const bad = validateForm({ ...central([row({ weight: 'abc' })]) });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues[0]!.message.startsWith('第 1 项指标的“分值”：')).toBe(true);
    expect(fieldLabel('indicators/0/weight', getRuleSet('central-2020'))).toBe('第 1 项指标的“分值”');
    expect(fieldLabel('indicators/0/weight', getRuleSet('suzhou-2017'))).toBe('第 1 项指标的“权重”');
    const suzhou = validateForm({ version: 1, ruleSet: 'suzhou-2017', indicators: [{ category: 'output', name: '甲', target: '=1', actual: '1', weight: 'abc' }] });
    expect(!suzhou.ok && suzhou.issues[0]!.message.startsWith('第 1 项指标的“权重”：')).toBe(true);
  });
  it('the CSV export: 计分分值 and the parts\' 小计 on a central form', () => {
    const form = central([row()]);
    const rows = formToRows(form, scoreForm(form));
    expect(rows.some((r) => r.includes('计分分值'))).toBe(true);
    expect(rows.some((r) => r[0] === '产出指标小计（本站计算）')).toBe(true);
    expect(rows.flat().some((c) => c.includes('权重'))).toBe(false);
  });
});

describe('C9 at exactly 120 %: the OVER_TARGET message is true at 120', () => {
  it('says 达到或超过目标的 120%', () => {
    const r = scoreForm(central([row({ target: '≥100', actual: '120' }), row({ name: '乙', weight: '5', target: '=1', actual: '1' })]));
    expect(r.checks.find((c) => c.code === 'OVER_TARGET')!.message).toBe(
      '产出指标第 1 项指标“甲”的完成率为 120.00%，达到或超过目标的 120%：本站不扣分，但目标可能定得偏低，请在“偏差原因分析及改进措施”中说明原因（本站解读 C9）。',
    );
  });
});
