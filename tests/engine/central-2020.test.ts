import { describe, expect, it } from 'vitest';
import { explainSteps, scoreForm, validateForm, type ExecutionInput, type Form, type IndicatorInput, type ScoringOptions } from '../../src/engine/index.ts';

/** A central form with these rows; the funds table is 500 / 500 / 500 unless given. */
function form(indicators: IndicatorInput[], extra: { execution?: ExecutionInput; options?: ScoringOptions; year?: number } = {}): Form {
  return {
    version: 1,
    ruleSet: 'central-2020',
    ...(extra.options ? { options: extra.options } : {}),
    project: { year: extra.year ?? 2022 },
    execution: extra.execution ?? { total: { initialBudget: '500', fullYearBudget: '500', executed: '500' } },
    indicators,
  };
}

/** One output row of weight 10 (unless said) in a central form: its result and its row's check codes. */
function one(target: string, actual: string, extra: { weight?: string; selfScore?: string; note?: string; level2?: string; name?: string; options?: ScoringOptions } = {}) {
  const r = scoreForm(
    form(
      [
        {
          category: 'output',
          name: extra.name ?? '测试指标',
          ...(extra.level2 ? { level2: extra.level2 } : {}),
          target,
          actual,
          weight: extra.weight ?? '10',
          ...(extra.selfScore !== undefined ? { selfScore: extra.selfScore } : {}),
          note: extra.note ?? '说明',
        },
      ],
      { ...(extra.options ? { options: extra.options } : {}) },
    ),
  );
  const row = r.indicators[0]!;
  return { score: row.score, ratio: row.ratio, tier: row.tier, codes: r.checks.filter((c) => c.path.startsWith('indicators/')).map((c) => c.code), row, checks: r.checks };
}

function execution(e: ExecutionInput, options?: ScoringOptions) {
  const r = scoreForm(form([{ category: 'output', name: '甲', target: '=1', actual: '1', weight: '90' }], { execution: e, ...(options ? { options } : {}) }));
  return { rate: r.execution!.rate, score: r.execution!.score, codes: r.checks.filter((c) => c.path.startsWith('execution')).map((c) => c.code), result: r };
}

describe('C1, C2, C3: categories, totals, weight checks', () => {
  it('three blank output weights share 50: 16.67, 16.67, 16.66', () => {
    const r = scoreForm(form([1, 2, 3].map((i) => ({ category: 'output' as const, name: `甲${i}`, target: '=1', actual: '1' }))));
    expect(r.indicators.map((i) => i.weight)).toEqual(['16.67', '16.67', '16.66']);
  });
  it('no satisfaction row: 效益 takes 40 (three blank rows: 13.34, 13.33, 13.33) with NO_SATISFACTION', () => {
    const rows: IndicatorInput[] = [
      { category: 'output', name: '甲', target: '=1', actual: '1', weight: '50' },
      ...[1, 2, 3].map((i) => ({ category: 'benefit' as const, name: `乙${i}`, target: '=1', actual: '1' })),
    ];
    const r = scoreForm(form(rows));
    expect(r.indicators.slice(1).map((i) => i.weight)).toEqual(['13.34', '13.33', '13.33']);
    expect(r.categories.benefit!.max).toBe('40.00');
    expect(r.categories.satisfaction).toMatchObject({ score: '0.00', max: '0.00' });
    expect(r.checks.map((c) => c.code)).toEqual(['NO_SATISFACTION']);
    expect(r.total).toBe('100.00');
  });
  it('option keep: totals stay, EMPTY_CATEGORY and TOTAL_WEIGHT_MISMATCH (C2 example: 87.70, 良)', () => {
    const rows: IndicatorInput[] = [
      { category: 'output', name: '培训人次', target: '≥2000人次', actual: '2100人次', weight: '30' },
      { category: 'output', name: '验收合格率', target: '=100%', actual: '100%', weight: '20' },
      { category: 'benefit', name: '带动就业人数', target: '≥300人', actual: '270人', note: '继续深造' },
      { category: 'benefit', name: '社会效益', target: '明显提升', actual: '达成年度指标' },
    ];
    const r = scoreForm(form(rows, { execution: { total: { initialBudget: '500', fullYearBudget: '500', executed: '460' } }, options: { noSatisfaction: 'keep' } }));
    expect(r.indicators.map((i) => [i.weight, i.score])).toEqual([['30.00', '30.00'], ['20.00', '20.00'], ['15.00', '13.50'], ['15.00', '15.00']]);
    expect(r.total).toBe('87.70');
    expect(r.grade).toBe('良');
    expect(new Set(r.checks.map((c) => c.code))).toEqual(new Set(['EMPTY_CATEGORY', 'TOTAL_WEIGHT_MISMATCH']));
  });
  it('a first-level 成本指标 row counts in 产出 (C4): 20 + 15 + 5 + 10 = 50, no weight message', () => {
    const rows: IndicatorInput[] = [
      { category: 'output', level2: '数量指标', name: '甲', target: '=1', actual: '1', weight: '20' },
      { category: 'output', level2: '质量指标', name: '乙', target: '=1', actual: '1', weight: '15' },
      { category: 'output', level2: '时效指标', name: '丙', target: '=1', actual: '1', weight: '5' },
      { category: 'output', level2: '成本指标', name: '丁', target: '≤1', actual: '1', weight: '10' },
      { category: 'benefit', name: '戊', target: '=1', actual: '1', weight: '30' },
      { category: 'satisfaction', name: '己', target: '=1', actual: '1', weight: '10' },
    ];
    expect(scoreForm(form(rows)).checks).toEqual([]);
  });
});

describe('C5, C6: the funds table and the execution score', () => {
  it('460 of 500 → 92 % → 9.20', () => {
    expect(execution({ total: { fullYearBudget: '500', executed: '460' } })).toMatchObject({ rate: '92.00', score: '9.20', codes: [] });
  });
  it('520 of 500 → 10.00 and EXECUTION_ABOVE_100', () => {
    expect(execution({ total: { fullYearBudget: '500', executed: '520' } })).toMatchObject({ rate: '104.00', score: '10.00', codes: ['EXECUTION_ABOVE_100'] });
  });
  it('Putuo 0.9034 of 2.0000 → 4.52; 167.3 of 200 → 8.37 (floats give 8.36)', () => {
    expect(execution({ total: { fullYearBudget: '2.0000', executed: '0.9034' } }).score).toBe('4.52');
    expect(execution({ total: { fullYearBudget: '200', executed: '167.3' } }).score).toBe('8.37');
  });
  it('A = 0 → ZERO_BUDGET, 0.00; A blank or no funds table → MISSING_ACTUAL; B blank → MISSING_ACTUAL', () => {
    expect(execution({ total: { fullYearBudget: '0', executed: '5' } })).toMatchObject({ rate: null, score: '0.00', codes: ['ZERO_BUDGET'] });
    expect(execution({ total: { executed: '5' } })).toMatchObject({ score: '0.00', codes: ['MISSING_ACTUAL'] });
    expect(execution({ total: { fullYearBudget: '5' } })).toMatchObject({ score: '0.00', codes: ['MISSING_ACTUAL'] });
    const none = scoreForm({ version: 1, ruleSet: 'central-2020', indicators: [{ category: 'output', name: '甲', target: '=1', actual: '1' }] });
    expect(none.execution).toMatchObject({ score: '0.00', rate: null });
    expect(none.checks.find((c) => c.path === 'execution')?.code).toBe('MISSING_ACTUAL');
  });
  it('a printed rate is checked against the computed one rounded to 0.01 (C6)', () => {
    expect(execution({ total: { fullYearBudget: '25', executed: '21.54576' }, rate: '86.19%' }).codes).toEqual(['EXECUTION_RATE_MISMATCH']);
    expect(execution({ total: { fullYearBudget: '25', executed: '21.55' }, rate: '86%' }).codes).toEqual(['EXECUTION_RATE_MISMATCH']);
    expect(execution({ total: { fullYearBudget: '500', executed: '460' }, rate: '92.00%' }).codes).toEqual([]);
    expect(execution({ total: { fullYearBudget: '500', executed: '460' }, rate: '92' }).codes).toEqual([]);
    expect(execution({ total: { fullYearBudget: '500', executed: '460' }, rate: '0.92' }).codes).toEqual(['EXECUTION_RATE_MISMATCH']);
    expect(execution({ total: { fullYearBudget: '500', executed: '460' }, rate: '九成' }).codes).toEqual(['UNPARSABLE_VALUE']);
  });
  it('a negative 全年执行数: the advice is to fix the amount, never to print a negative rate', () => {
    const e = execution({ total: { fullYearBudget: '500', executed: '-50' }, rate: '92.00%' });
    expect(e).toMatchObject({ rate: '-10.00', score: '0.00', codes: ['EXECUTION_RATE_MISMATCH'] });
    expect(e.result.checks.find((c) => c.code === 'EXECUTION_RATE_MISMATCH')!.message).toBe(
      '表上的执行率为 92%，无法核对：全年执行数为 -50.00 万元，是负数，执行率没有意义。请先改正全年执行数（执行数不能为负），再核对执行率。',
    );
  });
  it('Tangxi: a total row of zeros takes the sub-rows\' sum (FUND_TOTAL_MISMATCH), rate 100 % → 10.00; under initial 6.56', () => {
    const e: ExecutionInput = { total: { initialBudget: '0', fullYearBudget: '0', executed: '0' }, appropriation: { initialBudget: '202.64', fullYearBudget: '132.912', executed: '132.912' } };
    const r = execution(e);
    expect(r).toMatchObject({ rate: '100.00', score: '10.00' });
    expect(r.codes).toEqual(['FUND_TOTAL_MISMATCH', 'FUND_TOTAL_MISMATCH', 'FUND_TOTAL_MISMATCH']);
    expect(execution(e, { executionBase: 'initial' })).toMatchObject({ rate: '65.59', score: '6.56' });
  });
  it('sub-rows that do not add up name the column and both amounts; the score uses the total row', () => {
    const r = execution({ total: { fullYearBudget: '500', executed: '460' }, appropriation: { fullYearBudget: '400', executed: '380' }, carryover: { fullYearBudget: '100', executed: '70' } });
    expect(r).toMatchObject({ score: '9.20', codes: ['FUND_TOTAL_MISMATCH'] });
    const msg = r.result.checks.find((c) => c.code === 'FUND_TOTAL_MISMATCH')!;
    expect(msg.path).toBe('execution/total/executed');
    expect(msg.message).toContain('全年执行数');
    expect(msg.message).toContain('460.00');
    expect(msg.message).toContain('450.00');
  });
  it('a blank total 全年执行数 replaced by the sub-rows\' sum is said in the steps, and the rate and self-score advice point at that cell', () => {
    const r = execution({ total: { fullYearBudget: '500', executed: '' }, appropriation: { executed: '100' }, rate: '92%', selfScore: '9.2' });
    expect(r).toMatchObject({ rate: '20.00', score: '2.00', codes: ['FUND_TOTAL_MISMATCH', 'EXECUTION_RATE_MISMATCH', 'SELF_SCORE_MISMATCH'] });
    expect(r.result.execution!.steps[0]).toEqual({ kind: 'executionRate', base: '全年预算数', baseValue: '500', executed: '100', rateExact: '20', rate: '20.00', summed: { executed: 'blank' } });
    expect(explainSteps(r.result.execution!.steps)[0]).toBe('执行率 = 全年执行数 ÷ 全年预算数 = 100（其中三行合计；年度资金总额的这一格未填） ÷ 500 = 20.00%。');
    const msg = (code: string) => r.result.checks.find((c) => c.code === code)!.message;
    expect(msg('FUND_TOTAL_MISMATCH')).toBe('年度资金总额的“全年执行数”未填，而当年财政拨款、上年结转资金、其他资金三行合计 100.00 万元：本站按合计 100.00 万元计算，请把总额填上（本站解读 C5）。');
    expect(msg('EXECUTION_RATE_MISMATCH')).toBe('表上的执行率为 92%，而年度资金总额的“全年执行数”未填，本站按其中三行合计算出 20.00%：请先把年度资金总额的“全年执行数”填成正确的金额，再核对执行率。');
    expect(msg('SELF_SCORE_MISMATCH')).toBe('预算执行率的自评得分为 9.20，按执行率应得 2.00（多 7.20 分）：执行率是按其中三行合计算出的，请先把年度资金总额的“全年执行数”填成正确的金额，再核对。');
  });
  it('a total cell that is text (the calculator passes an unreadable cell as typed) is never read as blank: 读不出数字, the sum is used and said', () => {
    const r = execution({ total: { fullYearBudget: '500', executed: '约460' }, appropriation: { executed: '100' }, rate: '92%' });
    expect(r).toMatchObject({ rate: '20.00', score: '2.00', codes: ['FUND_TOTAL_MISMATCH', 'EXECUTION_RATE_MISMATCH'] });
    expect(r.result.checks.filter((c) => c.path.startsWith('execution')).map((c) => c.message)).toEqual([
      '年度资金总额的“全年执行数”“约460”读不出数字，而当年财政拨款、上年结转资金、其他资金三行合计 100.00 万元：本站按合计 100.00 万元计算，请把这一格改为以万元为单位的数字（本站解读 C5）。',
      '表上的执行率为 92%，而年度资金总额的“全年执行数”读不出数字，本站按其中三行合计算出 20.00%：请先把年度资金总额的“全年执行数”填成正确的金额，再核对执行率。',
    ]);
    expect(explainSteps(r.result.execution!.steps)[0]).toBe('执行率 = 全年执行数 ÷ 全年预算数 = 100（其中三行合计；年度资金总额的这一格读不出数字） ÷ 500 = 20.00%。');
    // No sub-row numbers: the rate cannot be computed, and the message says the cell is unreadable, not 未填写.
    const bare = execution({ total: { fullYearBudget: '约500', executed: '460' } });
    expect(bare).toMatchObject({ rate: null, score: '0.00', codes: ['MISSING_ACTUAL'] });
    expect(bare.result.checks.find((c) => c.path.startsWith('execution'))!.message).toBe('年度资金总额的“全年预算数”“约500”读不出数字：执行率无法计算，预算执行率得 0 分。请改为以万元为单位的数字。');
  });
  it('a total row written as it should be has no `summed` in its step (the result JSON is unchanged)', () => {
    expect(execution({ total: { fullYearBudget: '500', executed: '460' } }).result.execution!.steps[0]).not.toHaveProperty('summed');
  });
  it('a form file (schema) refuses a total cell that is not a number, naming it', () => {
    const v = validateForm(form([{ category: 'output', name: '甲', target: '=1', actual: '1', weight: '90' }], { execution: { total: { fullYearBudget: '500', executed: '约460' } } }));
    expect(v.ok).toBe(false);
    expect(v.ok ? [] : v.issues.map((i) => i.path)).toEqual(['execution/total/executed']);
  });
  it('a blank total cell whose sub-rows add up to 0 is 0, silently', () => {
    expect(execution({ total: { fullYearBudget: '500', executed: '500' }, appropriation: { initialBudget: '0' } }).codes).toEqual([]);
  });
  it('execution weight other than 10 and its self-score (C3, C13)', () => {
    expect(execution({ total: { fullYearBudget: '29', executed: '27.8' }, weight: '9' })).toMatchObject({ score: '8.63', codes: ['EXECUTION_WEIGHT_NOT_10'] });
    expect(execution({ total: { fullYearBudget: '500', executed: '431' }, selfScore: '9' }).codes).toEqual(['SELF_SCORE_MISMATCH']);
    expect(execution({ total: { fullYearBudget: '500', executed: '500' }, selfScore: '11' }).codes).toEqual(['SELF_SCORE_ABOVE_WEIGHT']);
  });
});

describe('C7, C8: proportional scoring', () => {
  it('higher is better: ≥95% with 90% → 9.47; =100% with 98% → 9.80; 98% against ≥98% → full', () => {
    expect(one('≥95%', '90%').score).toBe('9.47');
    expect(one('=100%', '98%').score).toBe('9.80');
    expect(one('≥98%', '98%', { weight: '20' })).toMatchObject({ score: '20.00', ratio: '100.00' });
    expect(one('≥2000人次', '1800人次', { weight: '20' })).toMatchObject({ score: '18.00', ratio: '90.00' });
  });
  it('lower is better: ≤100万元 with 110万元 → 7.27 (excessShare 7.20); with 250 → 3.20 (excessShare 0.00, r −50)', () => {
    expect(one('≤100万元', '110万元', { weight: '8' }).score).toBe('7.27');
    expect(one('≤100万元', '110万元', { weight: '8', options: { reverseRule: 'excessShare' } }).score).toBe('7.20');
    expect(one('≤100万元', '250万元', { weight: '8' }).score).toBe('3.20');
    expect(one('≤100万元', '250万元', { weight: '8', options: { reverseRule: 'excessShare' } })).toMatchObject({ score: '0.00', ratio: '-50.00' });
    expect(one('≤5300元/户', '5830元/户').score).toBe('9.09');
    expect(one('≤5300元/户', '5830元/户', { options: { reverseRule: 'excessShare' } }).score).toBe('9.00');
    expect(one('≤180天', '150天')).toMatchObject({ score: '10.00', ratio: '100.00' });
  });
});

describe('C9: over-achievement', () => {
  it('flags a met higher-is-better row at r ≥ 120, never deducts', () => {
    expect(one('≥100', '140')).toMatchObject({ score: '10.00', ratio: '140.00', codes: ['OVER_TARGET'] });
    expect(one('≥100', '120').codes).toEqual(['OVER_TARGET']);
    expect(one('≥100', '119.99').codes).toEqual([]);
    expect(one('=100%', '125%').codes).toEqual(['OVER_TARGET']);
    expect(one('≤100', '50').codes).toEqual([]);
    expect(one('90%-100%', '95%').codes).toEqual([]);
  });
  it('an over-target row with no note needs one (C16)', () => {
    expect(one('≥100', '140', { note: '' }).codes).toEqual(['OVER_TARGET', 'MISSING_DEVIATION_NOTE']);
  });
});

describe('C10: values as people write them, in central terms', () => {
  it('ranges: 90%-100% with 85% → 9.44; with 105% → 9.52 (excessShare 9.50)', () => {
    expect(one('90%-100%', '85%').score).toBe('9.44');
    expect(one('90%-100%', '105%').score).toBe('9.52');
    expect(one('90%-100%', '105%', { options: { reverseRule: 'excessShare' } }).score).toBe('9.50');
  });
  it('a 成本指标 row without an operator reads as ≤, with OPERATOR_ASSUMED', () => {
    expect(one('59万元', '55万元', { level2: '成本指标' })).toMatchObject({ score: '10.00', codes: ['OPERATOR_ASSUMED'] });
    expect(one('59万元', '65万元', { level2: '成本指标' })).toMatchObject({ score: '9.08', codes: ['OPERATOR_ASSUMED'] });
    // The explanation says ≤ from the target's own line on, then why (it said “→ = 590000 元”, then “按 ≤ 计”).
    // The central column is 年度指标值 (the sentences said 目标值, the Suzhou word, until targetTerm).
    expect(one('59万元', '65万元', { level2: '成本指标' }).row.explanation.slice(1, 4)).toEqual([
      '年度指标值“59万元” → ≤ 590000 元（越低越好，反向指标）；59万元 = 590000 元（本站解读 R24）。',
      '实际完成值 650000 元（65万元 = 650000 元（本站解读 R24））。',
      '本项属“成本指标”，年度指标值没有写运算符：成本类越低越好，按 ≤ 计（本站解读 C10）。',
    ]);
    expect(one('≤59万元', '55万元', { level2: '成本指标' }).codes).toEqual([]);
  });
  it('zero words: a tier phrase is a tier (no ZERO_TARGET); a Suzhou grade word is UNPARSABLE_VALUE', () => {
    expect(one('无重大安全事故', '达成年度指标')).toMatchObject({ score: '10.00', tier: '达成', codes: [] });
    expect(one('无重大安全事故', '好')).toMatchObject({ score: '0.00', codes: ['UNPARSABLE_VALUE'] });
    expect(one('零事故', '0起')).toMatchObject({ score: '10.00', codes: ['ZERO_TARGET'] });
    expect(one('=0起', '1起')).toMatchObject({ score: '0.00', codes: ['ZERO_TARGET'] });
  });
  it('signed: ≤0% with -8.5% full; ≤-5% with -3% → 0; = on a negative target is exact', () => {
    expect(one('≤0%', '-8.5%')).toMatchObject({ score: '10.00', codes: ['ZERO_TARGET'] });
    expect(one('≤-5%', '-3%')).toMatchObject({ score: '0.00', codes: ['NEGATIVE_TARGET'] });
    expect(one('=-5%', '-4%')).toMatchObject({ score: '0.00', codes: ['NEGATIVE_TARGET'] });
  });
  it('a numeric target with a tier phrase is UNPARSABLE_VALUE; ≥266米 copied is ACTUAL_HAS_OPERATOR', () => {
    expect(one('≥95%', '已完成').codes).toEqual(['UNPARSABLE_VALUE']);
    expect(one('≥266米', '≥266米')).toMatchObject({ score: '10.00', codes: ['ACTUAL_HAS_OPERATOR'] });
  });
});

describe('C11: three tiers with bands (w 15: [12, 15], [9, 12), [0, 9))', () => {
  const t = (actual: string, selfScore?: string, weight = '15') => one('明显提升', actual, { weight, ...(selfScore !== undefined ? { selfScore } : {}) });
  it('部分达成: 10.50 by default; 11.5 kept; 12 out of band → 10.50', () => {
    expect(t('部分达成年度指标并具有一定效果')).toMatchObject({ score: '10.50', tier: '部分达成', codes: [] });
    expect(t('部分达成预期指标', '11.5')).toMatchObject({ score: '11.50', codes: [] });
    expect(t('部分达成', '12')).toMatchObject({ score: '10.50', codes: ['SCORE_OUT_OF_BAND'] });
  });
  it('达成: 13 kept; 12 kept (the bottom is inside); 16 above the weight → 15.00', () => {
    expect(t('达成年度指标', '13').score).toBe('13.00');
    expect(t('达成年度指标', '12').score).toBe('12.00');
    expect(t('达成年度指标', '16')).toMatchObject({ score: '15.00', codes: ['SELF_SCORE_ABOVE_WEIGHT'] });
  });
  it('未达成: 4.50 by default; 9 out of band; 0 kept', () => {
    expect(t('未达成年度指标且效果较差').score).toBe('4.50');
    expect(t('未达成', '9')).toMatchObject({ score: '4.50', codes: ['SCORE_OUT_OF_BAND'] });
    expect(t('未达成', '0').score).toBe('0.00');
  });
  it('w 3.33: bands rounded to the cent', () => {
    expect(t('部分达成', undefined, '3.33').score).toBe('2.33');
    expect(t('达成', '2.66', '3.33').score).toBe('2.66');
    expect(t('部分达成', '2.66', '3.33')).toMatchObject({ score: '2.33', codes: ['SCORE_OUT_OF_BAND'] });
    expect(t('部分达成', undefined, '3.33').row.band).toEqual({ from: '2.00', to: '2.66' });
  });
  it('a self-score is written to the cent: rounded half-up once, first, and the band, the cap and the score use that value', () => {
    const msg = (r: ReturnType<typeof t>) => r.checks.find((c) => c.code === 'SCORE_OUT_OF_BAND')!.message;
    // 2.655 → 2.66, inside 达成's band [2.66, 3.33]: kept, no message.
    expect(t('达成', '2.655', '3.33')).toMatchObject({ score: '2.66', codes: [] });
    // 1.995 → 2.00, inside 部分达成's band [2.00, 2.66).
    expect(t('部分达成', '1.995', '3.33')).toMatchObject({ score: '2.00', codes: [] });
    // 3.334 → 3.33, the weight itself: not above it.
    expect(t('达成', '3.334', '3.33')).toMatchObject({ score: '3.33', codes: [] });
    // 2.659 → 2.66, the bound 部分达成's band excludes: as typing 2.66.
    const r = t('部分达成', '2.659', '3.33');
    expect(r).toMatchObject({ score: '2.33', codes: ['SCORE_OUT_OF_BAND'] });
    expect(msg(r)).toBe('产出指标第 1 项指标“测试指标”的自评得分 2.66 不在“部分达成”的分数区间 2.00～2.66 分（不含 2.66）内：本站按该档的默认分 2.33 计。请在区间内填写自评得分，或改填相应的完成程度（本站解读 C11）。');
    // 3.335 → 3.34, above the weight: the cap names the rounded value it checked.
    expect(t('达成', '3.335', '3.33')).toMatchObject({ score: '3.33', codes: ['SELF_SCORE_ABOVE_WEIGHT'] });
    expect(t('达成', '3.335', '3.33').row.selfScore).toBe('3.34');
  });
  it('the execution row rounds its self-score first too (C13): 9.995 of 10 is 10.00, 10.004 is not above 10', () => {
    expect(execution({ total: { fullYearBudget: '500', executed: '500' }, selfScore: '10.004' }).codes).toEqual([]);
    expect(execution({ total: { fullYearBudget: '500', executed: '500' }, selfScore: '10.005' }).codes).toEqual(['SELF_SCORE_ABOVE_WEIGHT']);
    expect(execution({ total: { fullYearBudget: '500', executed: '500' }, selfScore: '9.995' }).codes).toEqual([]);
  });
  it('SCORE_OUT_OF_BAND names the band', () => {
    expect(t('部分达成', '12').checks.find((c) => c.code === 'SCORE_OUT_OF_BAND')!.message).toContain('9.00～12.00');
  });
});

describe('C12: reading the tier from the actual', () => {
  it('keywords first (部分达成 before 达成), exact 完成 / 已完成, the target copied', () => {
    expect(one('合规', '达成预期指标').tier).toBe('达成');
    expect(one('合规', '已达成目标').tier).toBe('达成');
    expect(one('合规', '完成').tier).toBe('达成');
    expect(one('合规', '已完成').tier).toBe('达成');
    expect(one('及时', '及时').tier).toBe('达成');
    expect(one('有效', '=有效').tier).toBe('达成');
    expect(one('达到国家标准', '达到国家标准').tier).toBe('达成');
    expect(one('合规', '部分达成年度指标').tier).toBe('部分达成');
    expect(one('合规', '＝部分达成').tier).toBe('部分达成');
  });
  it('anything else is UNKNOWN_TIER, whose message lists the phrases', () => {
    expect(one('不低于上年', '低于上年').codes).toEqual(['UNKNOWN_TIER']);
    expect(one('成本控制在预算内', '100%').codes).toEqual(['UNKNOWN_TIER']);
    expect(one('合规', '未完成').codes).toEqual(['UNKNOWN_TIER']);
    expect(one('合规', '好').codes).toEqual(['UNKNOWN_TIER']);
    // A Suzhou grade word is shown as the text it is here, not as a 评价等级 the form does not have.
    expect(one('合规', '好').row.explanation[2]).toBe('实际完成值“好”。');
    expect(one('合规', '程度较高').checks.find((c) => c.code === 'UNKNOWN_TIER')!.message).toContain('部分达成年度指标并具有一定效果');
  });
  it('deadlines: a date on or before → 达成; 按期完成 → 达成; a later date → DEADLINE_MISSED', () => {
    expect(one('2022年12月31日前', '2022年11月30日').tier).toBe('达成');
    expect(one('2022年12月31日前', '按期完成').tier).toBe('达成');
    expect(one('2022年12月31日前', '2023年1月')).toMatchObject({ score: '0.00', codes: ['DEADLINE_MISSED'] });
    expect(one('2022-12-30', '2022-12-30').tier).toBe('达成');
  });
});

describe('C13, C16: self-scores and deviation notes', () => {
  it('a met row docked by the filer: full marks and SELF_SCORE_MISMATCH; 9.995 against 10.00: nothing', () => {
    expect(one('≥100%', '100%', { selfScore: '9' }).codes).toEqual(['SELF_SCORE_MISMATCH']);
    expect(one('≥100%', '100%', { selfScore: '9.995' }).codes).toEqual([]);
  });
  it('a row below its weight with a blank note (spaces, full-width ones too) needs one; a row rounding to its weight does not', () => {
    expect(one('≥95%', '90%', { note: '　 ' }).codes).toEqual(['MISSING_DEVIATION_NOTE']);
    expect(one('≥200', '199.9', { note: '' })).toMatchObject({ score: '10.00', codes: [] });
    expect(one('合规', '程度较高', { note: '' }).codes).toEqual(['UNKNOWN_TIER', 'MISSING_DEVIATION_NOTE']);
    expect(one('≥95%', '', { note: '' }).codes).toEqual(['MISSING_ACTUAL', 'MISSING_DEVIATION_NOTE']);
  });
});

describe('C15: grade of the total', () => {
  it.each([
    ['89.99', '良'],
    ['90.00', '优'],
    ['79.99', '中'],
    ['80.00', '良'],
    ['59.99', '差'],
    ['60.00', '中'],
    ['110.00', '优'],
  ])('%s → %s', (total, grade) => {
    // An output row scored to the total: weight = total, met.
    const r = scoreForm({ version: 1, ruleSet: 'central-2020', execution: { total: { fullYearBudget: '1', executed: '0' } }, indicators: [{ category: 'output', name: '甲', target: '=1', actual: '1', weight: total }] });
    expect(r.total).toBe(total);
    expect(r.grade).toBe(grade);
  });
  it('the Suzhou form has no grade', () => {
    expect(scoreForm({ version: 1, ruleSet: 'suzhou-2017', indicators: [{ category: 'output', name: '甲', target: '=1', actual: '1' }] }).grade).toBeUndefined();
  });
});

describe('the form file of central-2020', () => {
  it('refuses another rule set\'s parts, naming both', () => {
    const v = validateForm({ version: 1, ruleSet: 'central-2020', budget: {}, indicators: [{ category: 'output', name: '甲', target: '=1' }] });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues[0]!.message).toContain('suzhou-2017');
    const s = validateForm({ version: 1, ruleSet: 'suzhou-2017', execution: {}, indicators: [{ category: 'output', name: '甲', target: '=1' }] });
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.issues[0]!.message).toContain('central-2020');
  });
  it('refuses another rule set\'s options and categories', () => {
    const o = validateForm({ version: 1, ruleSet: 'central-2020', options: { granularity: 'floor' }, indicators: [{ category: 'output', name: '甲', target: '=1' }] });
    expect(o.ok).toBe(false);
    const c = validateForm({ version: 1, ruleSet: 'central-2020', indicators: [{ category: 'input', name: '甲', target: '=1' }] });
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.issues[0]!.message).toContain('产出指标');
  });
  it('accepts the whole central shape', () => {
    const v = validateForm({
      version: 1,
      ruleSet: 'central-2020',
      options: { noSatisfaction: 'keep', executionBase: 'initial', reverseRule: 'excessShare' },
      project: { name: '甲', year: 2022, department: '乙', implementer: '丙' },
      execution: { total: { initialBudget: '1', fullYearBudget: '1', executed: '1' }, appropriation: {}, carryover: {}, other: {}, weight: '10', rate: '100%', selfScore: 10 },
      goals: { expected: '甲', achieved: '乙' },
      indicators: [{ category: 'satisfaction', level2: '服务对象满意度指标', name: '甲', target: '≥90%', weight: '10', actual: '95%', selfScore: '10', note: '' }],
    });
    expect(v.ok ? [] : v.issues).toEqual([]);
  });
});
