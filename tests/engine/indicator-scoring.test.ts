import { describe, expect, it } from 'vitest';
import { scoreForm, type CategoryId, type ScoringOptions } from '../../src/engine/index.ts';
import { formOf } from '../helpers/forms.ts';

/** Scores one row in a form of its own and returns its result and the form's check codes. */
function one(category: CategoryId, target: string, actual: string, weight = '4.8', options?: Partial<ScoringOptions>, extra: { note?: string; selfScore?: string } = {}) {
  const r = scoreForm(formOf([{ category, name: '测试指标', target, actual, weight, ...extra }], options ? { options } : {}));
  return { row: r.indicators[0]!, codes: r.checks.filter((c) => c.path.startsWith('indicators/')).map((c) => c.code) };
}

describe('投入/产出 band rule: full from 100 % to 130 % (R10)', () => {
  it('ratio exactly 100 earns the full weight', () => {
    expect(one('output', '=10', '10').row).toMatchObject({ ratio: '100.00', score: '4.80' });
  });
  it('ratio exactly 130 earns the full weight', () => {
    expect(one('output', '=10', '13').row).toMatchObject({ ratio: '130.00', score: '4.80' });
  });
  it('ratio exactly 80 is 20 points short: 100 % off, 0', () => {
    expect(one('output', '=10', '8').row).toMatchObject({ ratio: '80.00', score: '0.00' });
  });
  it('ratio 90 is 10 points short: 50 % off', () => {
    expect(one('output', '=10', '9').row).toMatchObject({ ratio: '90.00', score: '2.40' });
  });
  it('ratio exactly 230 is 100 points over: 100 % off, 0', () => {
    expect(one('output', '=10', '23').row).toMatchObject({ ratio: '230.00', score: '0.00' });
  });
  it('ratio 150 is 20 points over: 20 % off', () => {
    expect(one('input', '=10', '15').row).toMatchObject({ ratio: '150.00', score: '3.84' });
  });
  it('penalises over-achievement whatever the operator', () => {
    expect(one('output', '≥10', '15').row.score).toBe('3.84');
  });
  it('a score is never negative (R14)', () => {
    expect(one('output', '=10', '1').row.score).toBe('0.00');
    expect(one('output', '=10', '100').row.score).toBe('0.00');
  });
  it('3 × 83.5 % is 2.505 and rounds half-up to 2.51 (R15, R16)', () => {
    expect(one('output', '=1000', '967', '3').row).toMatchObject({ ratio: '96.70', score: '2.51' });
  });
});

describe('结果 and 影响力: full from 100 %, 5 % off per point short (R11)', () => {
  it('ratio 230 earns the full weight on 结果', () => {
    expect(one('outcome', '=10', '23', '13').row).toMatchObject({ ratio: '230.00', score: '13.00' });
  });
  it('ratio 80 scores 0 on 结果', () => {
    expect(one('outcome', '=10', '8', '13').row).toMatchObject({ ratio: '80.00', score: '0.00' });
  });
  it('影响力 233 % (7 期 against ≥3 期) is full, as the seed scores it', () => {
    expect(one('impact', '≥3 期', '=7 期', '3').row).toMatchObject({ ratio: '233.33', score: '3.00' });
  });
  it('90 % against ≥95 % on 结果: 5.26 points short', () => {
    expect(one('outcome', '≥95%', '90%', '13').row).toMatchObject({ ratio: '94.74', score: '9.58' });
  });
});

describe('lower-is-better targets (R8)', () => {
  it('met: actual at or below the target is 100 %', () => {
    expect(one('output', '≤100万元', '90万元').row).toMatchObject({ ratio: '100.00', score: '4.80' });
    expect(one('output', '<100', '100').row).toMatchObject({ ratio: '100.00', score: '4.80' });
  });
  it('missed: target ÷ actual', () => {
    expect(one('output', '≤100万元', '110万元').row).toMatchObject({ ratio: '90.91', score: '2.62' });
  });
  it('missed, option excessPercent: 100 − excess %', () => {
    expect(one('output', '≤100万元', '110万元', '4.8', { lowerIsBetter: 'excessPercent' }).row).toMatchObject({ ratio: '90.00', score: '2.40' });
  });
  it('a lower-is-better row far over the target is clamped at 0 under excessPercent', () => {
    expect(one('output', '≤10', '40', '4.8', { lowerIsBetter: 'excessPercent' }).row).toMatchObject({ ratio: '-200.00', score: '0.00' });
  });
});

describe('target 0 (R9)', () => {
  it('=0 met when actual is 0', () => {
    expect(one('outcome', '=0 起', '0 起', '13')).toMatchObject({ row: { ratio: '100.00', score: '13.00' }, codes: ['ZERO_TARGET'] });
  });
  it('=0 missed when actual is above 0', () => {
    expect(one('outcome', '=0 起', '1 起', '13')).toMatchObject({ row: { ratio: '0.00', score: '0.00' }, codes: ['ZERO_TARGET'] });
  });
  it('≥0 is always met, >0 only above 0, ≤0 and <0 only at 0', () => {
    expect(one('output', '≥0', '0').row.ratio).toBe('100.00');
    expect(one('output', '>0', '0').row.ratio).toBe('0.00');
    expect(one('output', '>0', '2').row.ratio).toBe('100.00');
    expect(one('output', '≤0', '0').row.ratio).toBe('100.00');
    expect(one('output', '<0', '1').row.ratio).toBe('0.00');
  });
  it('ignores the options', () => {
    expect(one('output', '=0%', '2%', '4.8', { shortfallBasis: 'percentagePoints', granularity: 'floor' }).row.score).toBe('0.00');
  });
});

describe('qualitative rows (R5)', () => {
  it.each([
    ['好', '3.00'],
    ['较好', '2.40'],
    ['一般', '1.80'],
    ['较差', '1.20'],
    ['差', '0.60'],
  ])('%s earns its share of the weight', (grade, score) => {
    expect(one('input', '合规', grade, '3').row).toMatchObject({ ratio: null, score, kind: 'qualitative' });
  });
  it('a deadline target is graded', () => {
    expect(one('output', '2020年10月底前', '好').row.score).toBe('4.80');
  });
  it('a blank target with a value that is not a grade says the target is missing (UNPARSABLE_VALUE on 目标值), 0', () => {
    const r = scoreForm(formOf([{ category: 'output', name: '测试指标', target: '', actual: '5 个', weight: '4.8' }]));
    expect(r.indicators[0]!.score).toBe('0.00');
    expect(r.checks.filter((c) => c.path.startsWith('indicators/')).map((c) => [c.code, c.path, c.message])).toEqual([
      ['UNPARSABLE_VALUE', 'indicators/0/target', '产出第 1 项指标“测试指标”没有填写目标值：请填写目标值，如“≥95%”“=13 个”，定性目标如“合规”。'],
    ]);
  });
  it('any other word, or a number, is UNKNOWN_GRADE and 0', () => {
    expect(one('input', '合规', '优秀')).toMatchObject({ row: { score: '0.00', ratio: null }, codes: ['UNKNOWN_GRADE'] });
    expect(one('input', '合规', '100%')).toMatchObject({ row: { score: '0.00' }, codes: ['UNKNOWN_GRADE'] });
  });
});

describe('rows a check stops score 0 with one code, in the order of R7', () => {
  it('blank actual: MISSING_ACTUAL, whatever the row', () => {
    expect(one('output', '=13 个', '')).toMatchObject({ row: { score: '0.00', ratio: null }, codes: ['MISSING_ACTUAL'] });
    expect(one('input', '合规', '  ')).toMatchObject({ row: { score: '0.00' }, codes: ['MISSING_ACTUAL'] });
    expect(one('output', '约5个', '')).toMatchObject({ codes: ['MISSING_ACTUAL'] });
  });
  it('blank actual with a note: still 0, and the message says a reviewer decides (R6)', () => {
    const r = scoreForm(formOf([{ category: 'output', name: '甲', target: '=1', actual: '', note: '疫情影响，延期' }]));
    expect(r.indicators[0]!.score).toBe('0.00');
    expect(r.checks.find((c) => c.code === 'MISSING_ACTUAL')!.message).toContain('评审');
  });
  it('garbage: UNPARSABLE_VALUE', () => {
    expect(one('output', '约16个', '16 个')).toMatchObject({ row: { score: '0.00', ratio: null }, codes: ['UNPARSABLE_VALUE'] });
    expect(one('output', '=16 个', '好')).toMatchObject({ row: { score: '0.00', ratio: null }, codes: ['UNPARSABLE_VALUE'] });
    expect(one('output', '=16 个', '约16个')).toMatchObject({ codes: ['UNPARSABLE_VALUE'] });
  });
  it('negative values are signed numbers, never NEGATIVE_VALUE (R28)', () => {
    // A positive target with a negative actual: a negative ratio, share clamped to 0 (R8, R14).
    expect(one('output', '=16 个', '-1 个')).toMatchObject({ row: { score: '0.00', ratio: '-6.25' }, codes: [] });
    // A negative target: met by its operator on the signed values (= is exact), else 0.
    expect(one('output', '=-16', '1')).toMatchObject({ row: { score: '0.00', ratio: '0.00' }, codes: ['NEGATIVE_TARGET'] });
    expect(one('output', '=-16', '-16')).toMatchObject({ row: { score: '4.80', ratio: '100.00' }, codes: ['NEGATIVE_TARGET'] });
  });
  it('different units: UNIT_MISMATCH, scored as if the same', () => {
    expect(one('output', '=10 个', '10 次')).toMatchObject({ row: { score: '4.80', ratio: '100.00' }, codes: ['UNIT_MISMATCH'] });
  });
  it('a unit on one side only is fine', () => {
    expect(one('output', '=1', '=1 个').codes).toEqual([]);
  });
});

describe('options (本站解读) change the result exactly as specified', () => {
  it('granularity floor counts whole points short: 15.38 → 15', () => {
    expect(one('output', '=13 个', '11 个', '4.8', { granularity: 'floor' }).row.score).toBe('1.20');
  });
  it('granularity ceil counts a part point as one: 15.38 → 16', () => {
    expect(one('output', '=13 个', '11 个', '4.8', { granularity: 'ceil' }).row.score).toBe('0.96');
  });
  it('granularity applies to points over as well: 20.5 over → 20 (floor) or 21 (ceil)', () => {
    expect(one('output', '=100', '150.5', '10', { granularity: 'floor' }).row.score).toBe('8.00');
    expect(one('output', '=100', '150.5', '10', { granularity: 'ceil' }).row.score).toBe('7.90');
  });
  it('shortfallBasis percentagePoints: ≥95 % → 90 % is 5 points short', () => {
    expect(one('outcome', '≥95%', '90%', '13', { shortfallBasis: 'percentagePoints' }).row).toMatchObject({ ratio: '94.74', score: '9.75' });
  });
  it('shortfallBasis percentagePoints: ≤5 % → 8 % is 3 points short', () => {
    expect(one('output', '≤5%', '8%', '4.8', { shortfallBasis: 'percentagePoints' }).row).toMatchObject({ ratio: '62.50', score: '4.08' });
  });
  it('shortfallBasis percentagePoints leaves non-% rows alone', () => {
    expect(one('output', '=13 个', '11 个', '4.8', { shortfallBasis: 'percentagePoints' }).row.score).toBe('1.11');
  });
  it('overAchievement none: no penalty above 130 %', () => {
    expect(one('output', '=10', '15', '4.8', { overAchievement: 'none' }).row.score).toBe('4.80');
  });
  it('the options used are part of the result', () => {
    const r = scoreForm(formOf([{ category: 'output', name: '甲', target: '=1', actual: '1' }], { options: { granularity: 'ceil' } }));
    expect(r.options).toEqual({ granularity: 'ceil', shortfallBasis: 'ratio', overAchievement: 'above130', lowerIsBetter: 'inverseRatio' });
  });
});

describe('self-score (R17)', () => {
  it('a difference of 0.01 or more is SELF_SCORE_MISMATCH with the gap', () => {
    const { row, codes } = one('output', '=13 个', '11 个', '4.8', undefined, { selfScore: '4.8' });
    expect(codes).toEqual(['SELF_SCORE_MISMATCH']);
    expect(row.selfScoreGap).toBe('3.69');
  });
  it('an equal or blank self-score raises nothing', () => {
    expect(one('output', '=13 个', '16 个', '4.8', undefined, { selfScore: '4.80' }).codes).toEqual([]);
    expect(one('output', '=13 个', '16 个', '4.8', undefined, { selfScore: '' }).codes).toEqual([]);
  });
});
