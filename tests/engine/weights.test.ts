import { describe, expect, it } from 'vitest';
import { D, equalSplit, scoreForm } from '../../src/engine/index.ts';
import { formOf } from '../helpers/forms.ts';

const row = (category: 'input' | 'output' | 'outcome' | 'impact', weight?: string) => ({ category, name: 'x', target: '=1', actual: '1', ...(weight === undefined ? {} : { weight }) });

describe('equalSplit (填表说明 3, R2)', () => {
  it('24 over 7 rows is 3.43 ×6 + 3.42', () => {
    expect(equalSplit(new D(24), 7).map((d) => d.toFixed(2))).toEqual(['3.43', '3.43', '3.43', '3.43', '3.43', '3.43', '3.42']);
  });
  it('26 over 3 rows is 8.67 + 8.67 + 8.66', () => {
    expect(equalSplit(new D(26), 3).map((d) => d.toFixed(2))).toEqual(['8.67', '8.67', '8.66']);
  });
  it('always adds up to the total', () => {
    for (let n = 1; n <= 40; n++) {
      expect(equalSplit(new D(24), n).reduce((a, b) => a.plus(b), new D(0)).toFixed(2)).toBe('24.00');
    }
  });
  it('splits nothing into zeros', () => {
    expect(equalSplit(new D(0), 2).map(String)).toEqual(['0', '0']);
  });
});

describe('weights in a form (R1, R2)', () => {
  it('uses given weights exactly and flags a sum that is not the total, without capping', () => {
    const r = scoreForm(formOf([row('output', '20'), row('output', '10')]));
    expect(r.indicators.map((i) => i.weight)).toEqual(['20.00', '10.00']);
    expect(r.categories.output!.score).toBe('30.00');
    expect(r.checks.filter((c) => c.code === 'WEIGHT_SUM_MISMATCH').map((c) => c.path)).toEqual(['categories/output']);
  });
  it('splits a category whose weights are all blank', () => {
    const r = scoreForm(formOf([row('outcome'), row('outcome'), row('outcome')]));
    expect(r.indicators.map((i) => i.weight)).toEqual(['8.67', '8.67', '8.66']);
    expect(r.categories.outcome!.score).toBe('26.00');
    expect(r.checks.map((c) => c.code)).not.toContain('WEIGHT_SUM_MISMATCH');
  });
  it('blank rows share what the given ones leave, with WEIGHT_PARTIAL', () => {
    const r = scoreForm(formOf([row('output', '10'), row('output'), row('output')]));
    expect(r.indicators.map((i) => i.weight)).toEqual(['10.00', '7.00', '7.00']);
    const codes = r.checks.filter((c) => c.path === 'categories/output').map((c) => c.code);
    expect(codes).toEqual(['WEIGHT_PARTIAL']);
  });
  it('blank rows get 0 when the given ones use it all up, and the sum check applies', () => {
    const r = scoreForm(formOf([row('output', '30'), row('output')]));
    expect(r.indicators.map((i) => i.weight)).toEqual(['30.00', '0.00']);
    expect(r.checks.filter((c) => c.path === 'categories/output').map((c) => c.code)).toEqual(['WEIGHT_PARTIAL', 'WEIGHT_SUM_MISMATCH']);
  });
  it('an empty category scores 0 with EMPTY_CATEGORY and no weight check', () => {
    const r = scoreForm(formOf([row('output')]));
    expect(r.categories.input).toMatchObject({ score: '0.00', max: '24.00', count: 0 });
    const inputCodes = r.checks.filter((c) => c.path === 'categories/input').map((c) => c.code);
    expect(inputCodes).toEqual(['EMPTY_CATEGORY']);
  });
  it('reports the sum of all weights used', () => {
    expect(scoreForm(formOf([row('output'), row('input', '3')])).weightSum).toBe('27.00');
  });
  it('reports the maximum as 80 and never invents the other 20', () => {
    expect(scoreForm(formOf([row('output')])).max).toBe('80.00');
  });
});
