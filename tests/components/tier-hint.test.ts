import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/components/report/Report.tsx';
import { explainSteps, getRuleSet, scoreForm, type Form } from '../../src/engine/index.ts';
import { indicatorView, ruleSetView, tierHint } from '../../src/forms/view.ts';

/**
 * C11's bands are half-open: the upper bound of 部分达成 and 未达成 belongs to the tier above. The tier
 * hint (calculator and report) says so in the words the explanation steps use, from the tier data.
 */
const form: Form = {
  version: 1,
  ruleSet: 'central-2020',
  project: { year: 2022 },
  execution: { total: { fullYearBudget: '500', executed: '500' } },
  indicators: [
    { category: 'output', name: '甲', target: '合规', actual: '达成年度指标', weight: '15', note: '—' },
    { category: 'output', name: '乙', target: '合规', actual: '部分达成年度指标并具有一定效果', weight: '15', note: '—' },
    { category: 'output', name: '丙', target: '合规', actual: '未达成年度指标且效果较差', weight: '15', note: '—' },
  ],
};

describe('the tier hint says an excluded upper bound is excluded (C11)', () => {
  const central = getRuleSet('central-2020')!;
  const result = scoreForm(form);
  const tiers = ruleSetView(central).tiers;

  it('w 15: 达成 12.00～15.00 (included), 部分达成 9.00～12.00 (不含 12.00), 未达成 0.00～9.00 (不含 9.00)', () => {
    expect(result.indicators.map((r) => tierHint(indicatorView(r), tiers))).toEqual([
      '达成：可得 12.00～15.00 分',
      '部分达成：可得 9.00～12.00 分（不含 12.00）',
      '未达成：可得 0.00～9.00 分（不含 9.00）',
    ]);
  });

  it('uses the explanation steps’ words for the same band', () => {
    for (const r of result.indicators) {
      const band = tierHint(indicatorView(r), tiers)!.split('可得 ')[1]!;
      expect(explainSteps(r.steps).some((s) => s.includes(`得分区间为 ${band}；`))).toBe(true);
    }
  });

  it('follows the tier data: every tier whose upper bound is excluded says so, the others do not', () => {
    for (const t of central.tiers) {
      const view = { tier: t.tier, band: { from: '1.00', to: '2.00' } };
      expect(tierHint(view, tiers)).toBe(`${t.tier}：可得 1.00～2.00 分${t.toInclusive ? '' : '（不含 2.00）'}`);
    }
    expect(central.tiers.filter((t) => !t.toInclusive).map((t) => t.tier)).toEqual(['部分达成', '未达成']);
  });

  it('the row summary writes the band the same way', () => {
    expect(result.indicators.map((r) => r.summary)).toEqual([
      '“达成”，区间 12.00～15.00 分，得 15.00',
      '“部分达成”，区间 9.00～12.00 分（不含 12.00），得 10.50',
      '“未达成”，区间 0.00～9.00 分（不含 9.00），得 4.50',
    ]);
  });

  it('the shared report shows the same hint', () => {
    const html = renderToString(h(Report, { form, result }));
    expect([...html.matchAll(/<p class="rp-band">([^<]*)<\/p>/g)].map((m) => m[1])).toEqual([
      '达成：可得 12.00～15.00 分',
      '部分达成：可得 9.00～12.00 分（不含 12.00）',
      '未达成：可得 0.00～9.00 分（不含 9.00）',
    ]);
  });

  it('SCORE_OUT_OF_BAND has no space before 内', () => {
    const r = scoreForm({ ...form, indicators: [{ ...form.indicators[1]!, selfScore: '12' }] });
    expect(r.checks.find((c) => c.code === 'SCORE_OUT_OF_BAND')!.message).toContain('不在“部分达成”的分数区间 9.00～12.00 分（不含 12.00）内：');
  });
});
