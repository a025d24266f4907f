import { describe, expect, it } from 'vitest';
import { scoreForm, type Form } from '../../src/engine/index.ts';
import { seedForm } from '../helpers/forms.ts';

function codes(change: (f: Form) => void) {
  const f = seedForm();
  change(f);
  return scoreForm(f).checks.map((c) => c.code);
}

describe('budget identities (R18–R21)', () => {
  it('the seed form is consistent', () => {
    expect(codes(() => {})).toEqual([]);
  });
  it('指标结余数 must be 年初预算数 + 调整数 − 财政拨款数', () => {
    expect(codes((f) => (f.budget!.quotaBalance = '50.00'))).toEqual(['QUOTA_BALANCE_MISMATCH']);
  });
  it('资金结余、结转数 must be 财政拨款数 − 实际支付数 and 结转数 + 财政收回数', () => {
    expect(codes((f) => (f.funds!.balance = '10.00'))).toEqual(['FUND_BALANCE_MISMATCH', 'CARRYOVER_SPLIT_MISMATCH']);
  });
  it('the two 财政拨款数 must agree', () => {
    expect(codes((f) => (f.budget!.appropriation = '210.00'))).toContain('APPROPRIATION_MISMATCH');
  });
  it('实际支付数 above 财政拨款数 is OVERSPEND', () => {
    const c = codes((f) => {
      f.funds!.actualPayment = '250';
      f.funds!.balance = '-50';
      f.funds!.carryover = '-50';
    });
    expect(c).toContain('OVERSPEND');
    expect(c).toContain('NEGATIVE_AMOUNT');
  });
  it('negative amounts other than the adjustment and the balances are NEGATIVE_AMOUNT', () => {
    expect(codes((f) => (f.subprojects![0]!.amount = '-8.8'))).toContain('NEGATIVE_AMOUNT');
    expect(codes((f) => (f.budget!.adjustment = '-1500'))).toEqual([]);
  });
  it('子项目 must add up to 实际支付数', () => {
    expect(codes((f) => (f.subprojects![0]!.amount = '9'))).toEqual(['SUBPROJECT_SUM_MISMATCH']);
  });
  it('compares amounts exactly: 0.1 + 0.2 is 0.3', () => {
    const f = seedForm();
    f.subprojects = [
      { name: 'a', amount: '0.1' },
      { name: 'b', amount: '0.2' },
    ];
    f.funds = { appropriation: '0.3', actualPayment: '0.3', balance: '0', carryover: '0', recovered: '0' };
    f.budget = { initialBudget: '0.3', adjustment: '0', appropriation: '0.3', quotaBalance: '0' };
    f.indicators[3]!.actual = '100%';
    expect(scoreForm(f).checks).toEqual([]);
  });
  it('skips a check whose fields are missing', () => {
    expect(codes((f) => { delete f.budget; delete f.funds; })).toEqual([]);
  });
});

describe('预算执行率 (R21)', () => {
  it('is 实际支付数 ÷ 财政拨款数, half-up to 0.01, offered to the 投入 row', () => {
    const f = seedForm();
    f.funds!.actualPayment = '190';
    const r = scoreForm(f);
    expect(r.derived.executionRate).toBe('95.00');
    expect(r.derived.executionRateIndicator).toBe(3);
    expect(r.checks.find((c) => c.code === 'EXECUTION_RATE_MISMATCH')!.path).toBe('indicators/3/actual');
  });
  it('rounds 1 of 32 to 3.13', () => {
    const f = seedForm();
    f.funds = { appropriation: '32', actualPayment: '1' };
    f.budget = {};
    f.subprojects = [];
    f.indicators[3]!.actual = '3.13%';
    const r = scoreForm(f);
    expect(r.derived.executionRate).toBe('3.13');
    expect(r.checks.map((c) => c.code)).not.toContain('EXECUTION_RATE_MISMATCH');
  });
  it('falls back to the budget block when the funds block has no 财政拨款数', () => {
    const f = seedForm();
    delete f.funds!.appropriation;
    expect(scoreForm(f).derived.executionRate).toBe('100.00');
  });
  it('is not computed when 财政拨款数 is 0', () => {
    const f = seedForm();
    f.funds!.appropriation = '0';
    expect(scoreForm(f).derived.executionRate).toBeNull();
  });
  it('derives the balances the form should show', () => {
    const r = scoreForm(seedForm());
    expect(r.derived).toMatchObject({ quotaBalance: '0.00', balance: '0.00', carryoverPlusRecovered: '0.00', subprojectSum: '200.00' });
  });
});
