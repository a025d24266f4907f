import { describe, expect, it } from 'vitest';
import { fromForm, toInput } from '../../src/forms/draft.ts';
import { score } from '../../src/components/calculator/engine-client.ts';
import { scoreInput } from '../../src/engine/score-input.ts';
import { isDraft } from '../../src/components/calculator/storage.ts';
// The calculator loads the explanation sentences when one is opened (Sentences.tsx); these tests
// compare whole results, sentences included, so they load them as the engine's index does.
import '../../src/engine/index.ts';
import { goldenCases, seedForm } from '../helpers/forms.ts';

// The calculator scores the forms it builds from its draft without the zod schema (so the schema is
// not part of the page's JavaScript until a file is imported). These tests hold that path to the
// same exact results as a validated file.
// The calculator loads a form's layout before it opens a form of it; so do these tests.

describe('the calculator’s schema-free scoring path', () => {
  for (const c of goldenCases().filter((g) => g.form.ruleSet === 'suzhou-2017')) {
    it(`${c.file}: draft → form → score gives the golden result`, () => {
      const outcome = score(toInput(fromForm(c.form)).input);
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.result.total).toBe(c.expected.total);
      for (const [id, value] of Object.entries(c.expected.categories)) {
        expect(outcome.result.categories[id]?.score, id).toBe(value);
      }
      expect(outcome.result.indicators.map((r) => r.score)).toEqual(c.expected.indicators.map((r) => r.score));
      expect([...new Set(outcome.result.checks.map((k) => k.code))].sort()).toEqual([...new Set(c.expected.checks)].sort());
      // And exactly what the validated file path gives.
      expect(outcome).toEqual(scoreInput(c.form));
    });
  }

  it('a form with no indicator rows gets the schema’s message, not a result', () => {
    const form = { ...seedForm(), indicators: [] };
    expect(score(form)).toEqual({ ok: false, issues: [{ path: 'indicators', message: '指标表 indicators：至少要有一项指标。' }] });
    expect(scoreInput(form)).toEqual(score(form));
  });

  it('an unknown rule set is a message, never a thrown error', () => {
    const outcome = score({ ...seedForm(), ruleSet: 'nowhere-1999' });
    expect(outcome.ok).toBe(false);
  });
});

describe('a stored draft reaches the engine only when its rule set and options are known', () => {
  const draft = () => JSON.parse(JSON.stringify(fromForm(seedForm()))) as Record<string, unknown>;
  it('accepts the seed’s draft and a known option value', () => {
    expect(isDraft(draft())).toBe(true);
    expect(isDraft({ ...draft(), options: { granularity: 'ceil' } })).toBe(true);
  });
  it('refuses an unknown rule set, option key or option value', () => {
    expect(isDraft({ ...draft(), ruleSet: 'nowhere-1999' })).toBe(false);
    expect(isDraft({ ...draft(), options: { granularity: 'sideways' } })).toBe(false);
    expect(isDraft({ ...draft(), options: { colour: 'red' } })).toBe(false);
    expect(isDraft({ ...draft(), options: null })).toBe(false);
  });
});
