import { describe, expect, it } from 'vitest';
import { parseActual, parseTarget, scoreForm, type CategoryId, type ScoringOptions } from '../../src/engine/index.ts';
import { formOf } from '../helpers/forms.ts';

/** One 产出 row of weight 24 (unless said) in a Suzhou form of its own: its result and its check codes. */
function one(target: string, actual: string, extra: { weight?: string; name?: string; selfScore?: string; category?: CategoryId; options?: ScoringOptions; year?: number } = {}) {
  const r = scoreForm(
    formOf([{ category: extra.category ?? 'output', name: extra.name ?? '测试指标', target, actual, weight: extra.weight ?? '24', ...(extra.selfScore ? { selfScore: extra.selfScore } : {}) }], {
      ...(extra.options ? { options: extra.options } : {}),
      ...(extra.year ? { project: { year: extra.year } } : {}),
    }),
  );
  const row = r.indicators[0]!;
  return { score: row.score, ratio: row.ratio, codes: r.checks.filter((c) => c.path.startsWith('indicators/')).map((c) => c.code), row, checks: r.checks };
}

function read(text: string) {
  const p = parseTarget(text);
  if (p.kind === 'number') return { op: p.operator, value: p.value.toFixed(), unit: p.unit };
  if (p.kind === 'range') return { low: p.low.toFixed(), high: p.high.toFixed(), unit: p.unit };
  return p.kind;
}

describe('R22: operator words before and after the number, more glyphs', () => {
  it.each([
    ['5%以内', 'le', '5', '%'],
    ['5%之内', 'le', '5', '%'],
    ['5%以下', 'le', '5', '%'],
    ['5%及以下', 'le', '5', '%'],
    ['5%或以下', 'le', '5', '%'],
    ['95%以上', 'ge', '95', '%'],
    ['95%及以上', 'ge', '95', '%'],
    ['95%或以上', 'ge', '95', '%'],
    ['大于等于95%', 'ge', '95', '%'],
    ['大于或等于95%', 'ge', '95', '%'],
    ['不小于95%', 'ge', '95', '%'],
    ['达到95%', 'ge', '95', '%'],
    ['大于95%', 'gt', '95', '%'],
    ['高于95%', 'gt', '95', '%'],
    ['超过95%', 'gt', '95', '%'],
    ['多于3次', 'gt', '3', '次'],
    ['小于等于5%', 'le', '5', '%'],
    ['小于或等于5%', 'le', '5', '%'],
    ['不大于5%', 'le', '5', '%'],
    ['控制在5%', 'le', '5', '%'],
    ['小于5%', 'lt', '5', '%'],
    ['低于5%', 'lt', '5', '%'],
    ['少于3次', 'lt', '3', '次'],
    ['等于100%', 'eq', '100', '%'],
    ['﹦100 %', 'eq', '100', '%'],
    ['═100 %', 'eq', '100', '%'],
    ['⩾95%', 'ge', '95', '%'],
    ['⩽5%', 'le', '5', '%'],
    ['5天以内完成', 'le', '5', '天'],
    ['达到90%以上', 'ge', '90', '%'],
    ['高于90%以上', 'gt', '90', '%'],
    ['控制在5%以内', 'le', '5', '%'],
    ['≥95%以上', 'ge', '95', '%'],
  ])('%s', (text, op, value, unit) => {
    expect(read(text)).toEqual({ op, value, unit });
  });
  it('a word after the number counts only at the end or before a final 完成', () => {
    expect(read('5%以内的投诉')).toEqual({ op: 'eq', value: '5', unit: '%以内的投诉' });
    expect(one('5%以内的投诉', '3%').codes).toEqual(['UNIT_MISMATCH']);
  });
  it('operators that point different ways are unparsable, on a target and on an actual', () => {
    for (const t of ['≥5%以内', '≥≤5', '=5%以内', '不低于5%以下', '低于90%以上']) expect(read(t), t).toBe('unparsable');
    expect(parseActual('≥5%以内').kind).toBe('unparsable');
    expect(one('≤5%', '≥5%以内')).toMatchObject({ score: '0.00', ratio: null, codes: ['UNPARSABLE_VALUE'] });
  });
  it('scores as the issue says: 5%以内 with 3% is met; ﹦100 % with 100%; 大于等于95% with 98%', () => {
    expect(one('5%以内', '3%')).toMatchObject({ score: '24.00', ratio: '100.00', codes: [] });
    expect(one('﹦100 %', '100%')).toMatchObject({ score: '24.00', codes: [] });
    expect(one('大于等于95%', '98%')).toMatchObject({ score: '24.00', ratio: '103.16', codes: [] });
  });
  it('explains the reading: 控制在5%以内 → ≤ 5 %', () => {
    const { row } = one('控制在5%以内', '3%');
    expect(row.explanation[1]).toBe('目标值“控制在5%以内” → ≤ 5%（越低越好，反向指标）；“控制在…以内”读作 ≤（本站解读 R22）。');
  });
});

describe('R23: ranges', () => {
  it.each([
    ['90%-100%', '90', '100', '%'],
    ['90-100%', '90', '100', '%'],
    ['90%～100%', '90', '100', '%'],
    ['90%~100%', '90', '100', '%'],
    ['90%〜100%', '90', '100', '%'],
    ['90%至100%', '90', '100', '%'],
    ['90%—100%', '90', '100', '%'],
    ['90%——100%', '90', '100', '%'],
    ['90%–100%', '90', '100', '%'],
    ['5-10万元', '50000', '100000', '元'],
    ['5万-10万元', '50000', '100000', '元'],
    ['3-3个', '3', '3', '个'],
    ['-5%-0%', '-5', '0', '%'],
  ])('%s', (text, low, high, unit) => {
    expect(read(text)).toEqual({ low, high, unit });
  });
  it('a leading - directly before a number is a sign, not a range', () => {
    expect(read('-5%')).toEqual({ op: 'eq', value: '-5', unit: '%' });
  });
  it('refuses a > b, a unit or magnitude after a only or different, and an operator with a range', () => {
    for (const t of ['100%-90%', '90%-100', '5千-1万元', '5万-10元', '≥90%-100%', '90-100%以上', '90%-100个']) expect(read(t), t).toBe('unparsable');
  });
  it('inside → full; below → as ≥a; above → as ≤b (R8)', () => {
    expect(one('90%-100%', '95%')).toMatchObject({ score: '24.00', ratio: '100.00' });
    expect(one('90%-100%', '85%')).toMatchObject({ score: '17.33', ratio: '94.44' });
    expect(one('90%-100%', '105%')).toMatchObject({ score: '18.29', ratio: '95.24' });
    expect(one('90%-100%', '90%')).toMatchObject({ score: '24.00', ratio: '100.00' });
    expect(one('90%-100%', '100%')).toMatchObject({ score: '24.00', ratio: '100.00' });
  });
  it('above b follows the lower-is-better option (R8 excessPercent)', () => {
    expect(one('90%-100%', '105%', { options: { lowerIsBetter: 'excessPercent' } })).toMatchObject({ ratio: '95.00', score: '18.00' });
  });
  it('a bound of 0 or below uses R9 / R28 with their codes', () => {
    expect(one('-5%-0%', '1%')).toMatchObject({ score: '0.00', ratio: '0.00', codes: ['ZERO_TARGET'] });
    expect(one('-5%-0%', '-6%')).toMatchObject({ score: '0.00', ratio: '0.00', codes: ['NEGATIVE_TARGET'] });
    expect(one('-5%-0%', '-2%')).toMatchObject({ score: '24.00', ratio: '100.00', codes: [] });
  });
  it('explains: 90%～100% 之间，完成率按 100% 计', () => {
    expect(one('90%-100%', '95%').row.explanation.join('')).toContain('在 90%～100% 之间，完成率按 100% 计');
  });
});

describe('R24: magnitude words belong to the number', () => {
  it('multiplies 千, 万, 百万, 千万, 亿, never 百', () => {
    expect(read('≥3万条')).toEqual({ op: 'ge', value: '30000', unit: '条' });
    expect(read('1.2亿元')).toEqual({ op: 'eq', value: '120000000', unit: '元' });
    expect(read('5千人')).toEqual({ op: 'eq', value: '5000', unit: '人' });
    expect(read('2百万元')).toEqual({ op: 'eq', value: '2000000', unit: '元' });
    expect(read('3千万元')).toEqual({ op: 'eq', value: '30000000', unit: '元' });
    expect(read('100 万元')).toEqual({ op: 'eq', value: '1000000', unit: '元' });
    expect(read('5百分点')).toEqual({ op: 'eq', value: '5', unit: '百分点' });
  });
  it('≥3万条 with 31000条: r 103.33, no UNIT_MISMATCH', () => {
    expect(one('≥3万条', '31000条')).toMatchObject({ ratio: '103.33', score: '24.00', codes: [] });
  });
  it('≤100万元 with 1100000元: r 90.91', () => {
    expect(one('≤100万元', '1100000元').ratio).toBe('90.91');
  });
  it('a bare number with no unit takes the other side\'s magnitude', () => {
    expect(one('≤90万元', '95').ratio).toBe('94.74');
    expect(one('≥50万元', '48').ratio).toBe('96.00');
    expect(one('≥50', '48万元').ratio).toBe('96.00');
    expect(one('≥50', '48万元').codes).toEqual([]);
  });
  it('explains 3万条 = 30000 条', () => {
    expect(one('≥3万条', '31000条').row.explanation[1]).toContain('3万条 = 30000 条');
  });
  it('scaling both sides by 万 gives the same score', () => {
    for (const [t, a] of [['≥20', '18'], ['≤100', '110'], ['=13', '16'], ['90-100', '85']] as const) {
      expect(one(`${t}万元`.replace('90-100万元', '90-100万元'), `${a}万元`).score, t).toBe(one(t, a).score);
    }
  });
});

describe('R25: a fraction against a percentage', () => {
  it('≥95% with 0.98 → 98 %, full, PERCENT_ASSUMED', () => {
    expect(one('≥95%', '0.98')).toMatchObject({ ratio: '103.16', score: '24.00', codes: ['PERCENT_ASSUMED'] });
    expect(one('≥95%', '0.98').row.explanation.join('')).toContain('0.98 按 98% 计');
  });
  it('≥0.95 with 98% → target 95 %', () => {
    expect(one('≥0.95', '98%')).toMatchObject({ ratio: '103.16', codes: ['PERCENT_ASSUMED'] });
  });
  it('a unitless number above 1 is a percentage as written (R7)', () => {
    expect(one('≥95%', '98')).toMatchObject({ ratio: '103.16', codes: [] });
  });
  it('the % number must be above 1, and the unitless one above 0 and at most 1', () => {
    expect(one('≤0.5%', '0.3')).toMatchObject({ ratio: '100.00', codes: [] });
    expect(one('≥95%', '0')).toMatchObject({ ratio: '0.00', codes: [] });
    expect(one('≥95%', '1')).toMatchObject({ ratio: '105.26', codes: ['PERCENT_ASSUMED'] });
  });
  it('does not apply to ranges', () => {
    expect(one('90%-100%', '0.95')).toMatchObject({ ratio: '1.06', score: '0.00', codes: [] });
  });
});

describe('R26: deadlines', () => {
  it('≥4次/季度 is a count, not a deadline', () => {
    expect(one('≥4次/季度', '4次/季度')).toMatchObject({ ratio: '100.00', score: '24.00', codes: [] });
  });
  it('a date on or before the deadline is 好; a later date is 0 with DEADLINE_MISSED and the days late', () => {
    expect(one('2022年12月31日前', '2022年11月完成', { weight: '4.8' })).toMatchObject({ score: '4.80', ratio: null, codes: [] });
    const late = one('2022年12月31日前', '2023年1月', { weight: '4.8' });
    expect(late).toMatchObject({ score: '0.00', ratio: null, codes: ['DEADLINE_MISSED'] });
    expect(late.checks.find((c) => c.code === 'DEADLINE_MISSED')!.message).toContain('31 天');
  });
  it('explains 2022年11月 ≤ 2022年12月31日，按期完成', () => {
    expect(one('2022年12月31日前', '2022年11月完成').row.explanation.join('')).toContain('2022年11月30日 ≤ 2022年12月31日，按期完成');
  });
  it('a month means its last day; a quarter its last day; 上半年 Jun 30', () => {
    expect(one('2022年10月底前', '2022年10月31日').codes).toEqual([]);
    expect(one('2022年10月底前', '2022年11月1日').codes).toEqual(['DEADLINE_MISSED']);
    expect(one('2022年第3季度', '2022年9月30日').codes).toEqual([]);
    expect(one('2022年三季度末', '2022年10月').codes).toEqual(['DEADLINE_MISSED']);
    expect(one('2022年上半年', '2022-06-30').codes).toEqual([]);
    expect(one('2022年上半年', '2022.07.01').codes).toEqual(['DEADLINE_MISSED']);
  });
  it('dates without a year take 项目年份, else the other side\'s year', () => {
    expect(one('年底前完成', '2022年12月', { year: 2022 }).codes).toEqual([]);
    expect(one('年底前完成', '2023年1月', { year: 2022 }).codes).toEqual(['DEADLINE_MISSED']);
    expect(one('6月30日前', '2022/06/15').codes).toEqual([]);
    expect(one('2022年6月30日前', '7月1日').codes).toEqual(['DEADLINE_MISSED']);
  });
  it('按期完成 and its kin are 好; grade words are graded; anything else UNKNOWN_GRADE', () => {
    for (const a of ['按期完成', '已按时完成', '如期完成', '提前完成']) expect(one('2022年12月底前', a).score, a).toBe('24.00');
    expect(one('2022年12月底前', '较好').score).toBe('19.20');
    expect(one('2022年12月底前', '已完成验收').codes).toEqual(['UNKNOWN_GRADE']);
  });
  it('季度末 or 月底 with no quarter or month names no day: a date actual is UNKNOWN_GRADE', () => {
    expect(one('每季度末前', '2022年3月31日').codes).toEqual(['UNKNOWN_GRADE']);
    expect(one('每季度末前', '按期完成').codes).toEqual([]);
  });
  it('a deadline needs exactly one date and no other digit, and no operator before it', () => {
    expect(parseTarget('2022年12月底前完成验收')).toMatchObject({ kind: 'qualitative', deadline: { year: 2022, month: 12 } });
    expect(parseTarget('2022年完成3个').kind).toBe('unparsable');
    expect(parseTarget('2022年1月至2022年6月').kind).not.toBe('qualitative');
    expect(parseTarget('2022年2月30日前').kind).toBe('unparsable');
  });
});

describe('R27: zero in words', () => {
  it('零事故 with 0起 → full; with 1起 → 0; ZERO_TARGET, no UNIT_MISMATCH', () => {
    expect(one('零事故', '0起')).toMatchObject({ score: '24.00', ratio: '100.00', codes: ['ZERO_TARGET'] });
    expect(one('零事故', '1起')).toMatchObject({ score: '0.00', ratio: '0.00', codes: ['ZERO_TARGET'] });
  });
  it('after a period word, and 无 / 杜绝', () => {
    for (const t of ['全年零事故', '年内无重大安全事故', '2022年零投诉', '2022年度零投诉', '每月零投诉', '项目期内无安全事故', '杜绝质量事故', '无重大安全事故'])
      expect(parseTarget(t).kind, t).toBe('zeroWord');
  });
  it('met by text beginning with 零, 无, 未发生, 没有, or the target copied', () => {
    for (const a of ['零事故', '无', '未发生安全事故', '没有发生', '杜绝质量事故', '=杜绝质量事故']) expect(one('杜绝质量事故', a).score, a).toBe('24.00');
  });
  it('a grade word is graded (no ZERO_TARGET); anything else UNPARSABLE_VALUE', () => {
    expect(one('无结余', '较好')).toMatchObject({ score: '19.20', ratio: null, codes: [] });
    expect(one('零事故', '发生一起轻微事故')).toMatchObject({ score: '0.00', ratio: null, codes: ['UNPARSABLE_VALUE'] });
  });
  it('comes before R26', () => {
    expect(parseTarget('2022年零投诉').kind).toBe('zeroWord');
  });
});

describe('R28: signed values', () => {
  it('NEGATIVE_TARGET suggests a positive restatement that the engine reads and scores by its ratio', () => {
    const message = one('≤-5%', '-6%', { name: '三公经费变动率' }).checks.find((c) => c.code === 'NEGATIVE_TARGET')?.message ?? '';
    expect(message).toContain('可以改用正数表述，按比例计分：如指标名称写“三公经费压减率”，目标值写“≥5%”。');
    // The suggested target, as suggested, is read (the words belong in the name, not in the cell).
    expect(one('≥5%', '6%', { name: '三公经费压减率' })).toMatchObject({ score: '24.00', ratio: '120.00', codes: [] });
  });
  it('≤0% with -8.5% is met (ZERO_TARGET); ≤-5% with -6% met, with -3% not (NEGATIVE_TARGET)', () => {
    expect(one('≤0%', '-8.5%')).toMatchObject({ score: '24.00', codes: ['ZERO_TARGET'] });
    expect(one('≤-5%', '-6%')).toMatchObject({ score: '24.00', codes: ['NEGATIVE_TARGET'] });
    expect(one('≤-5%', '-3%')).toMatchObject({ score: '0.00', codes: ['NEGATIVE_TARGET'] });
  });
  it('R9 on signed values: <0 with 0 is not met; ≥0 with -1 is not met; ≥0 with 0 is met', () => {
    expect(one('<0', '0').score).toBe('0.00');
    expect(one('<0', '-1').score).toBe('24.00');
    expect(one('≥0', '-1').score).toBe('0.00');
    expect(one('≥0', '0').score).toBe('24.00');
    expect(one('>0', '0').score).toBe('0.00');
  });
  it('a positive target with a negative actual follows R8', () => {
    expect(one('≤5%', '-3%')).toMatchObject({ score: '24.00', ratio: '100.00', codes: [] });
    expect(one('≥95%', '-3%')).toMatchObject({ score: '0.00', codes: [] });
  });
  it('NEGATIVE_TARGET suggests restating it as a positive amount', () => {
    expect(one('≤-5%', '-3%').checks.find((c) => c.code === 'NEGATIVE_TARGET')!.message).toContain('压减率');
  });
});

describe('R29: an actual copied with its operator', () => {
  it('≥266米 gets ACTUAL_HAS_OPERATOR and is scored with its number', () => {
    expect(one('≥266米', '≥266米')).toMatchObject({ score: '24.00', codes: ['ACTUAL_HAS_OPERATOR'] });
    expect(one('≥95%', '不低于96%').codes).toEqual(['ACTUAL_HAS_OPERATOR']);
    expect(one('≥95%', '98%以上').codes).toEqual(['ACTUAL_HAS_OPERATOR']);
    expect(one('零事故', '≤0起').codes).toEqual(['ACTUAL_HAS_OPERATOR', 'ZERO_TARGET']);
  });
  it('its message suggests the row’s own number and unit without the comparison words', () => {
    const says = (target: string, actual: string) => one(target, actual).checks.find((c) => c.code === 'ACTUAL_HAS_OPERATOR')?.message;
    expect(says('≥95%', '98%以上')).toBe('产出第 1 项指标“测试指标”的实际完成值“98%以上”带有“≥”“以上”之类的比较词，像是照抄了目标值：实际完成值应填写实际达到的数值，如“98%”。本站按其中的数字计分（本站解读 R29）。');
    expect(says('≥95%', '不低于96%')).toContain('如“96%”。');
    expect(says('≥266米', '≥ 266米')).toContain('如“266米”。');
  });
  it('not flagged: =, 达到, an operator alone, a grade, an R22 mix', () => {
    expect(one('=16 个', '=16 个').codes).toEqual([]);
    expect(one('≥95%', '达到98%').codes).toEqual([]);
    expect(one('≥95%', '≥').codes).toEqual(['MISSING_ACTUAL']);
    expect(one('合规', '≥好').codes).toEqual([]);
    expect(one('≥95%', '≥5%以内').codes).toEqual(['UNPARSABLE_VALUE']);
  });
});

describe('R30: a cost row without an operator', () => {
  it('OPERATOR_ASSUMED when the name holds a cost word and the actual is below the target; no score change', () => {
    expect(one('80元', '72元', { name: '单位成本' })).toMatchObject({ ratio: '90.00', codes: ['OPERATOR_ASSUMED'] });
    expect(one('80元', '72元', { name: '单位成本' }).score).toBe(one('80元', '72元').score);
    expect(one('80元', '90元', { name: '工程造价' }).codes).toEqual([]);
    expect(one('≤80元', '72元', { name: '单位成本' }).codes).toEqual([]);
    expect(one('80元', '72元', { name: '培训人数' }).codes).toEqual([]);
  });
});

describe('R31: a self-score above the weight', () => {
  it('SELF_SCORE_ABOVE_WEIGHT instead of SELF_SCORE_MISMATCH', () => {
    expect(one('=1', '1', { weight: '6', selfScore: '7' }).codes).toEqual(['SELF_SCORE_ABOVE_WEIGHT']);
    expect(one('=1', '1', { weight: '6', selfScore: '5' }).codes).toEqual(['SELF_SCORE_MISMATCH']);
    expect(one('=1', '1', { weight: '6', selfScore: '6' }).codes).toEqual([]);
  });
  it('the self-score is rounded half-up to the cent first (R16, R17, R31): 6.004 is 6.00, 6.005 is above 6', () => {
    expect(one('=1', '1', { weight: '6', selfScore: '6.004' }).codes).toEqual([]);
    const above = one('=1', '1', { weight: '6', selfScore: '6.005' });
    expect(above.codes).toEqual(['SELF_SCORE_ABOVE_WEIGHT']);
    expect(above.checks.find((c) => c.code === 'SELF_SCORE_ABOVE_WEIGHT')!.message).toContain('自评分 6.01 超过了');
    // 5.994 → 5.99: 0.01 below the score, which R17 reports.
    expect(one('=1', '1', { weight: '6', selfScore: '5.994' }).codes).toEqual(['SELF_SCORE_MISMATCH']);
  });
});

describe('found by a tester (R4, R21, R22, R26, R27)', () => {
  it('a day that does not exist in the year it falls in is not a date', () => {
    expect(one('2022年12月31日前', '2月29日').codes).toEqual(['UNKNOWN_GRADE']);
    expect(one('2023年2月底前', '2月29日').codes).toEqual(['UNKNOWN_GRADE']);
    expect(one('2月29日前', '2023年2月1日', { year: 2023 }).codes).toEqual(['UNPARSABLE_VALUE']);
    expect(one('2月29日前', '2024年2月1日', { year: 2024 }).codes).toEqual([]);
  });
  it('an actual that is only an operator word written after a number is blank', () => {
    expect(one('≥95%', '以上').codes).toEqual(['MISSING_ACTUAL']);
    expect(one('≤5%', '及以下').codes).toEqual(['MISSING_ACTUAL']);
    expect(one('合规', '以上').codes).toEqual(['MISSING_ACTUAL']);
  });
  it('a date actual on a deadline row is explained as text, never as an unreadable number', () => {
    const e = one('2022年12月31日前', '2022年11月30日').row.explanation.join('');
    expect(e).not.toContain('读不出');
    expect(e).toContain('2022年11月30日 ≤ 2022年12月31日，按期完成');
  });
  it('the 预算执行率 row read as a fraction (R25) is compared as the percentage it is scored as (R21)', () => {
    const r = scoreForm(
      formOf([{ category: 'input', name: '预算执行率', target: '≥95%', actual: '0.8365', weight: '8' }], { funds: { appropriation: '200', actualPayment: '167.3' } }),
    );
    expect(r.checks.map((c) => c.code)).not.toContain('EXECUTION_RATE_MISMATCH');
  });
  it('a zero word that starts an ordinary word before a quantity is not a zero target: it is refused, not scored 0', () => {
    expect(one('无线网络覆盖率≥95%', '96%').codes).toEqual(['UNPARSABLE_VALUE']);
    expect(one('零星维修不少于50次', '50次').codes).toEqual(['UNPARSABLE_VALUE']);
    expect(one('无障碍设施10处以上', '12处').codes).toEqual(['UNPARSABLE_VALUE']);
  });
  it('words of none whose only digits are zeros meet a zero target; 2022年度内 is a period word', () => {
    expect(one('零事故', '无（0起）').score).toBe('24.00');
    expect(one('零事故', '零事故发生0起').score).toBe('24.00');
    expect(one('零事故', '没有发生1起事故').codes).toEqual(['UNPARSABLE_VALUE']);
    expect(one('2022年度内无事故', '0').codes).toEqual(['ZERO_TARGET']);
  });
  it('sentence punctuation at the end of a cell is not part of it', () => {
    expect(one('2022年12月底前', '按期完成。').score).toBe('24.00');
    expect(one('90%以上。', '95%')).toMatchObject({ ratio: '105.56', codes: [] });
  });
});
