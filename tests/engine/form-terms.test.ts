import { describe, expect, it } from 'vitest';
import { fieldLabel, getRuleSet, scoreForm, validateForm, type Form, type IndicatorInput } from '../../src/engine/index.ts';
import { centralLayout } from '../../src/forms/central-2020/layout.ts';
import type { FormLayout } from '../../src/forms/layout.ts';
import { suzhouLayout } from '../../src/forms/suzhou-2017/layout.ts';

/**
 * Each form's own words for the self-score and the year (`selfScoreTerm`, `yearTerm`): the central
 * form says 自评得分 and 年度, the Suzhou one 自评分 and 项目年份, in every message that names them.
 */

const central = (indicators: IndicatorInput[], extra: Partial<Form> = {}): Form => ({
  version: 1,
  ruleSet: 'central-2020',
  project: { year: 2022 },
  execution: { total: { initialBudget: '500', fullYearBudget: '500', executed: '500' } },
  indicators,
  ...extra,
});
const suzhou = (indicators: IndicatorInput[], extra: Partial<Form> = {}): Form => ({ version: 1, ruleSet: 'suzhou-2017', indicators, ...extra });
const row = (extra: Partial<IndicatorInput> = {}): IndicatorInput => ({ category: 'output', name: '甲', target: '=1', actual: '1', weight: '50', note: '说明', ...extra });
const messageOf = (form: Form, code: string) => scoreForm(form).checks.find((c) => c.code === code)!.message;
const issuesOf = (value: unknown) => {
  const v = validateForm(value);
  return v.ok ? [] : v.issues.map((i) => i.message);
};

describe('the terms are the words of each form’s own layout', () => {
  const label = (layout: FormLayout, pick: (f: { path?: string; key?: string; label: string }) => boolean) =>
    layout.blocks.flatMap((b) => ('fields' in b ? (b.fields as { path?: string; key?: string; label: string }[]) : [])).find(pick)?.label;
  it.each([
    ['suzhou-2017', suzhouLayout, '自评分', '项目年份'],
    ['central-2020', centralLayout, '自评得分', '年度'],
  ] as const)('%s: %s / %s', (id, layout, self, year) => {
    const ruleSet = getRuleSet(id)!;
    expect([ruleSet.selfScoreTerm, ruleSet.yearTerm]).toEqual([self, year]);
    expect(label(layout, (f) => f.key === 'selfScore')).toBe(self);
    expect(label(layout, (f) => f.path === 'project/year')).toBe(year);
  });
});

describe('a JSON import names the field in the words of its form', () => {
  it('a central file with a bad year: “年度”', () => {
    expect(issuesOf({ ...central([row()]), project: { year: 'abc' } })).toEqual(['“年度”：应为四位年份数字，如 2020。']);
    expect(fieldLabel('project/year', getRuleSet('central-2020'))).toBe('“年度”');
  });
  it('a Suzhou file with a bad year: “项目年份”, as before', () => {
    expect(issuesOf({ ...suzhou([row({ weight: '24' })]), project: { year: 'abc' } })).toEqual(['“项目年份”：应为四位年份数字，如 2020。']);
    expect(fieldLabel('project/year', getRuleSet('suzhou-2017'))).toBe('“项目年份”');
    expect(fieldLabel('project/year')).toBe('“项目年份”');
  });
  it('a bad self-score: “自评得分” on a central file, “自评分” on a Suzhou one', () => {
    expect(issuesOf(central([row({ selfScore: 'x' as unknown as string })]))).toEqual(['第 1 项指标的“自评得分”：应为数字（最多 3 位整数），如 4.8；不填可留空。']);
    expect(issuesOf(suzhou([row({ weight: '24', selfScore: 'x' as unknown as string })]))).toEqual(['第 1 项指标的“自评分”：应为数字（最多 3 位整数），如 4.8；不填可留空。']);
  });
});

describe('the self-score checks say 自评得分 on the central form, 自评分 on the Suzhou one (R17, R31, C11, C13)', () => {
  it('SELF_SCORE_MISMATCH', () => {
    expect(messageOf(central([row({ selfScore: '45' })]), 'SELF_SCORE_MISMATCH')).toBe(
      '产出指标第 1 项指标“甲”的自评得分为 45.00，按评分规则应得 50.00（少 5.00 分）：请核对，或在说明中写明理由。',
    );
    expect(messageOf(suzhou([row({ weight: '24', selfScore: '20' })]), 'SELF_SCORE_MISMATCH')).toBe(
      '产出第 1 项指标“甲”的自评分为 20.00，按评分规则应得 24.00（少 4.00 分）：请核对，或在说明中写明理由。',
    );
  });
  it('SELF_SCORE_ABOVE_WEIGHT', () => {
    expect(messageOf(suzhou([row({ weight: '24', selfScore: '25' })]), 'SELF_SCORE_ABOVE_WEIGHT')).toBe(
      '产出第 1 项指标“甲”的自评分 25.00 超过了该项的权重 24.00：每项得分最高为其权重，请改正。',
    );
    expect(messageOf(central([row({ selfScore: '51' })]), 'SELF_SCORE_ABOVE_WEIGHT')).toBe(
      '产出指标第 1 项指标“甲”的自评得分 51.00 超过了该项的分值 50.00：每项得分最高为其分值，请改正。',
    );
  });
  it('the 预算执行率 row (C13)', () => {
    const execution = { total: { initialBudget: '500', fullYearBudget: '500', executed: '450' } };
    expect(messageOf(central([row()], { execution: { ...execution, selfScore: '10' } }), 'SELF_SCORE_MISMATCH')).toBe(
      '预算执行率的自评得分为 10.00，按执行率应得 9.00（多 1.00 分）：请核对。',
    );
    expect(messageOf(central([row()], { execution: { ...execution, selfScore: '11' } }), 'SELF_SCORE_ABOVE_WEIGHT')).toBe(
      '预算执行率的自评得分 11.00 超过了分值 10.00：得分最高为分值，请改正。',
    );
  });
});
