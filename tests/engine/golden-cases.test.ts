import { describe, expect, it } from 'vitest';
import { ALL_CHECK_CODES, getRuleSet, scoreInput, type CheckCode } from '../../src/engine/index.ts';
import { goldenCases } from '../helpers/forms.ts';


describe('golden cases score to the cent', () => {
  const cases = goldenCases();
  it('there are golden cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });
  for (const c of cases) {
    describe(`${c.file}: ${c.description}`, () => {
      const outcome = scoreInput(c.form);
      it('is a valid form', () => {
        expect(outcome.ok ? [] : outcome.issues).toEqual([]);
      });
      if (!outcome.ok) return;
      const r = outcome.result;
      it('gives the expected total and category scores', () => {
        expect(r.total).toBe(c.expected.total);
        expect(r.max).toBe(c.expected.max ?? `${getRuleSet(c.form.ruleSet)!.total}.00`);
        expect(r.grade).toBe(c.expected.grade);
        if (c.expected.execution) expect(r.execution?.rate ?? null).toBe(c.expected.execution.rate);
        else expect(r.execution).toBeUndefined();
        for (const [id, score] of Object.entries(c.expected.categories)) {
          expect(r.categories[id]?.score, id).toBe(score);
        }
      });
      it('gives every indicator its expected weight, ratio and score', () => {
        expect(r.indicators.map((i) => ({ name: i.name, weight: i.weight, ratio: i.ratio, score: i.score }))).toEqual(c.expected.indicators);
      });
      it('raises exactly the expected check codes', () => {
        const present = new Set(r.checks.map((k) => k.code));
        for (const code of c.expected.checks) expect(present.has(code as CheckCode), `${code} present`).toBe(true);
        for (const code of ALL_CHECK_CODES) {
          if (!c.expected.checks.includes(code)) expect(present.has(code), `${code} absent`).toBe(false);
        }
      });
      it('makes the total the exact sum of the printed indicator scores', () => {
        const cents = r.indicators.reduce((s, i) => s + Math.round(Number(i.score) * 100), Math.round(Number(r.execution?.score ?? '0') * 100));
        expect((cents / 100).toFixed(2)).toBe(r.total);
      });
    });
  }
});
