import { describe, expect, it } from 'vitest';
import { fieldLabel, getRuleSet, scoreForm, validateForm, type Form, type IndicatorInput } from '../../src/engine/index.ts';
import { centralLayout } from '../../src/forms/central-2020/layout.ts';
import type { FormLayout } from '../../src/forms/layout.ts';
import { suzhouLayout } from '../../src/forms/suzhou-2017/layout.ts';
import { labelOnForm } from '../../src/forms/all.ts';
import { readFormFile } from '../../src/export/import-file.ts';
import { overlongCell } from '../../src/components/calculator/ShareDialog.tsx';
import { scoreInput } from '../../src/engine/index.ts';

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

/**
 * The central form's own words for its target column (年度指标值, `targetTerm`) and its qualitative scale
 * (完成程度, `qualitativeTerm`) in every explanation step and check message; the Suzhou ones keep 目标值
 * and 评价等级 (their text is unchanged).
 */
describe('the target column and the qualitative scale in the words of each form', () => {
  const layoutLabel = (layout: FormLayout, key: string) =>
    layout.blocks.flatMap((b) => ('fields' in b ? (b.fields as { key?: string; label: string }[]) : [])).find((f) => f.key === key)?.label;
  it.each([
    ['suzhou-2017', suzhouLayout, '目标值', '评价等级'],
    ['central-2020', centralLayout, '年度指标值', '完成程度'],
  ] as const)('%s: %s / %s, the target column’s label on screen', (id, layout, target, scale) => {
    const ruleSet = getRuleSet(id)!;
    expect([ruleSet.targetTerm, ruleSet.qualitativeTerm]).toEqual([target, scale]);
    expect(layoutLabel(layout, 'target')).toBe(target);
  });

  const late = { target: '2022年12月底前', actual: '2023年1月15日' };
  const rowOf = (form: Form) => scoreForm(form).indicators[0]!;
  it('a late deadline asks for 完成程度 on a central row (it said 评价等级或完成程度, 评价等级 being the Suzhou scale)', () => {
    const r = rowOf(central([row({ ...late, weight: '50' })]));
    expect(r.explanation).toEqual([
      '分值 50.00 分（表上填写）。',
      '年度指标值“2022年12月底前”是时间节点（2022年12月底），属定性指标：按期完成即为最好的一档（本站解读 R26）。',
      '实际完成值“2023年1月15日”。',
      '2023年1月15日 晚于 2022年12月31日 15 天，未按期完成（本站解读 R26）。',
      '完成时间晚于时间节点：按日期只能得 0 分，请改填完成程度（本站解读 R26）。',
      '得分 = 分值 50.00 × 0% = 0.00 分。',
    ]);
    expect(messageOf(central([row({ ...late })]), 'DEADLINE_MISSED')).toBe(
      '产出指标第 1 项指标“甲”的完成时间“2023年1月15日”晚于时间节点“2022年12月底前” 15 天，按日期只能得 0 分：逾期完成的程度须由填表人判断，请改填完成程度（“达成年度指标”、“部分达成年度指标并具有一定效果”、“未达成年度指标且效果较差”），并在说明中写明原因（本站解读 R26）。',
    );
  });
  it('the Suzhou late deadline asks for a grade, in its step as in its message (R26)', () => {
    const form = suzhou([row({ ...late, weight: '24' })], { project: { year: 2022 } });
    expect(rowOf(form).explanation[4]).toBe('完成时间晚于时间节点：按日期只能得 0 分，请改填评价等级（本站解读 R26）。');
    expect(messageOf(form, 'DEADLINE_MISSED')).toBe(
      '产出第 1 项指标“甲”的完成时间“2023年1月15日”晚于时间节点“2022年12月底前” 15 天，按日期只能得 0 分：逾期完成的程度须由填表人判断，请改填评价等级（好、较好、一般、较差、差），并在说明中写明原因（本站解读 R26）。',
    );
  });
  it('a central qualitative row: 年度指标值 in its steps', () => {
    expect(rowOf(central([row({ target: '有效', actual: '有效' })])).explanation.slice(1, 4)).toEqual([
      '年度指标值“有效”是定性指标。',
      '实际完成值“有效”。',
      '实际完成值与年度指标值相同，按“达成”计（本站解读 C12）。',
    ]);
    expect(rowOf(suzhou([row({ target: '合规', actual: '好', weight: '24' })])).explanation.slice(1, 4)).toEqual([
      '目标值“合规”是定性指标。',
      '实际完成值为评价等级“好”。',
      '评价等级“好”，得权重的 100%。',
    ]);
  });
  it('a central tier step names the self-score 自评得分 (it said 填写的得分 / 未填得分)', () => {
    const tierStep = (selfScore?: string) =>
      rowOf(central([row({ target: '明显提升', actual: '部分达成年度指标并具有一定效果', weight: '15', ...(selfScore === undefined ? {} : { selfScore }) })])).explanation.find((s) => s.includes('一档的得分区间'));
    expect(tierStep('10')).toBe('“部分达成”一档的得分区间为 9.00～12.00 分（不含 12.00），填写的自评得分 10.00 在区间内，得 10.00 分（本站解读 C11）。');
    expect(tierStep()).toBe('“部分达成”一档的得分区间为 9.00～12.00 分（不含 12.00）；未填自评得分，按该档默认的分值 × 70% 计，得 10.50 分（本站解读 C11）。');
    expect(tierStep('13')).toBe('“部分达成”一档的得分区间为 9.00～12.00 分（不含 12.00）；填写的自评得分 13.00 不可用，按该档默认的分值 × 70% 计，得 10.50 分（本站解读 C11）。');
  });
  it('an actual that is no tier: 年度指标值, and the rule (C12) in the message as in every other', () => {
    const form = central([row({ target: '有效', actual: '好' })]);
    expect(messageOf(form, 'UNKNOWN_TIER')).toBe(
      '产出指标第 1 项指标“甲”是定性指标（年度指标值“有效”），实际完成值“好”读不出完成程度：请填写 “达成年度指标”、“部分达成年度指标并具有一定效果”、“未达成年度指标且效果较差” 之一，与年度指标值相同的文字也按“达成”计（本站解读 C12）。',
    );
    const r = rowOf(form);
    expect(r.explanation[3]).toBe(
      '定性指标的实际完成值应写明完成程度（达成年度指标／部分达成年度指标并具有一定效果／未达成年度指标且效果较差，或与年度指标值相同的文字）：无法定档，本项得 0 分（本站解读 C12）。',
    );
    expect(r.summary).toBe('定性指标的实际完成值应写明完成程度（达成年度指标／部分达成年度指标并具有一定效果／未达成年度指标且效果较差，或与年度指标值相同的文字），得 0 分');
  });
  it('a blank target: “没有填写年度指标值” on a central row, “没有填写目标值” on a Suzhou one', () => {
    expect(messageOf(central([row({ target: '' })]), 'UNPARSABLE_VALUE')).toBe('产出指标第 1 项指标“甲”没有填写年度指标值：请填写年度指标值，如“≥95%”“=13 个”，定性目标如“合规”。');
    expect(messageOf(suzhou([row({ target: '', weight: '24' })]), 'UNPARSABLE_VALUE')).toBe('产出第 1 项指标“甲”没有填写目标值：请填写目标值，如“≥95%”“=13 个”，定性目标如“合规”。');
    expect(rowOf(central([row({ target: '2022年完成3个', actual: '3个' })])).summary).toBe('年度指标值或实际完成值读不出“运算符 + 数字 + 单位”，得 0 分');
  });
  it('no central step, summary or message says 目标值 or 评价等级, whatever the row holds', () => {
    const targets = ['=13个', '≥95%', '≤5%', '90%-100%', '有效', '', '2022年12月底前', '2月29日前', '零事故', '=0', '≤-5%', '2022年完成3个', '≥5%以内', '59万元', '0.95', '3万条', '约100个'];
    const actuals = ['16个', '98%', '3%', '好', '', '2023年1月15日', '按期完成', '0起', '1起', '-3%', '≥266米', '0.98', '65万元', '31000条', 'abc', '有效', '部分达成年度指标并具有一定效果'];
    const rows = targets.flatMap((target) => actuals.map((actual) => row({ target, actual, weight: '1', level2: '成本指标', name: '成本甲', note: '' })));
    const seen = new Set<string>();
    for (const options of [{}, { reverseRule: 'excessShare' }] as const) {
      const result = scoreForm(central(rows, { options }));
      for (const r of result.indicators) for (const text of [...r.explanation, r.summary]) seen.add(text);
      for (const c of result.checks) seen.add(c.message);
    }
    expect(seen.size).toBeGreaterThan(300);
    expect([...seen].filter((t) => /目标值|评价等级/.test(t))).toEqual([]);
  });
});

/**
 * A file's errors name a project or indicator field as its form labels it on screen (the layout's
 * labels, forms/all.ts labelOnForm): 主管部门, 三级指标, 年度指标值, 偏差原因分析及改进措施 on a central file.
 */
describe('import errors name the field as the form on screen labels it', () => {
  const badProject = { name: 1, year: 'abc', department: 2, implementer: 3 };
  const badRow = { category: 'output', name: 1, target: 2, actual: 3, weight: '10', note: 4 };
  const messages = (v: ReturnType<typeof validateForm>) => (v.ok ? [] : v.issues.map((i) => i.message));
  it('a central file: “主管部门”, “年度”, “实施单位”, and the row’s “三级指标”, “年度指标值”, “偏差原因分析及改进措施”', () => {
    const file = { ...central([row()]), project: badProject, indicators: [badRow] };
    expect(messages(validateForm(file, labelOnForm))).toEqual([
      '“项目名称”：应为文字（项目名称）。',
      '“年度”：应为四位年份数字，如 2020。',
      '“主管部门”：应为文字（主管部门名称）。',
      '“实施单位”：应为文字（实施单位名称）。',
      '第 1 项指标的“三级指标”：应为文字（指标名称）。',
      '第 1 项指标的“年度指标值”：应为文字（如“≥95%”“=13 个”“合规”）。',
      '第 1 项指标的“实际完成值”：应为文字（如“16 个”“98%”“达成年度指标”）。',
      '第 1 项指标的“偏差原因分析及改进措施”：应为文字（偏差原因）。',
    ]);
  });
  it('the import says “主管部门” on a central file (it said “项目主管部门（单位）”, the Suzhou label)', async () => {
    const file = { ...central([row()]), project: { department: 2 } };
    const read = await readFormFile('中央表.json', JSON.stringify(file), scoreInput);
    expect(read).toEqual({
      ok: false,
      message: '“中央表.json”不是有效的自评表文件：“主管部门”：应为文字（主管部门名称）。',
    });
  });
  it('a Suzhou file: the same messages with or without the layout’s labels (its labels are the engine’s words)', () => {
    const file = { ...suzhou([row({ weight: '24' })]), project: { name: 1, year: 'abc', department: 2 }, indicators: [{ ...badRow, category: 'input', weight: 'x', selfScore: 'y' }] };
    const withLabels = messages(validateForm(file, labelOnForm));
    expect(withLabels).toEqual(messages(validateForm(file)));
    expect(withLabels.slice(0, 3).map((m) => m.split('：')[0])).toEqual(['“项目名称”', '“项目年份”', '“项目主管部门（单位）”']);
  });
  it('the share dialog names an overlong central cell as the form does', () => {
    const long = 'x'.repeat(40000);
    expect(overlongCell({ ...central([row()]), project: { department: long } } as Form)).toBe('“主管部门”');
    expect(overlongCell(central([row({ target: long })]))).toBe('第 1 项指标的“年度指标值”');
    expect(overlongCell(suzhou([row({ target: long })]))).toBe('第 1 项指标的“目标值”');
    expect(overlongCell({ ...suzhou([row()]), project: { department: long } } as Form)).toBe('“项目主管部门（单位）”');
  });
});
