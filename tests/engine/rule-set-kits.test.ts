import { describe, expect, it, vi } from 'vitest';
import type { Mechanisms } from '../../src/engine/mechanisms/registry.ts';
import type { RuleSet } from '../../src/engine/rule-sets/rule-set.ts';
import { goldenCases } from '../helpers/forms.ts';

/**
 * Rule sets install one by one, each with the mechanisms its data names (issue 10: the calculator
 * loads the code of the form in use). Every test file here starts with every kit installed
 * (tests/setup-all-forms.ts), so these tests import fresh modules (`vi.resetModules`): the engine as
 * the calculator island starts it, with no rule set at all.
 */

/** The mechanisms a rule set's data names (mechanisms/registry.ts): what its kit must bring, and all it may bring. */
function named(ruleSet: RuleSet): (keyof Mechanisms)[] {
  const names = new Set<keyof Mechanisms>();
  for (const rule of Object.values(ruleSet.ratioRules)) names.add(rule.kind === 'proportional' ? 'proportional' : 'band');
  if (ruleSet.qualitative === 'tiers') names.add('tiers');
  if (ruleSet.execution) names.add('execution');
  if (ruleSet.budgetIdentities) names.add('budget');
  return [...names].sort();
}

/** The engine's scoring core and registries, fresh: no kit installed. */
async function freshEngine() {
  vi.resetModules();
  const [scoring, registry, score] = await Promise.all([
    import('../../src/engine/score-form.ts'),
    import('../../src/engine/rule-sets/index.ts'),
    import('../../src/components/calculator/engine-client.ts'),
  ]);
  return { scoreForm: scoring.scoreForm, ...registry, score: score.score };
}

const cases = goldenCases();
const of = (id: string) => cases.filter((c) => c.form.ruleSet === id);

describe('rule sets install one by one, each with its kit (issue 10)', () => {
  it('with no kit installed, no form is scored: the engine says the rule set is not loaded, never a wrong score', async () => {
    const { scoreForm, getRuleSet, isKnownRuleSet, loadedRuleSets, score } = await freshEngine();
    expect(loadedRuleSets()).toEqual([]);
    expect(isKnownRuleSet('suzhou-2017')).toBe(true);
    expect(isKnownRuleSet('central-2020')).toBe(true);
    expect(isKnownRuleSet('constructor')).toBe(false);
    expect(getRuleSet('suzhou-2017')).toBeUndefined();
    for (const c of cases) expect(() => scoreForm(c.form), c.file).toThrow(`规则集“${c.form.ruleSet}”尚未载入或本站不认识`);
    // The calculator's scorer turns it into a Chinese message, not a crash and not a total.
    const outcome = score(of('central-2020')[0]!.form);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.issues[0]!.message).toContain('规则集“central-2020”尚未载入');
  });

  it('one form’s kit installed: its golden cases score to the cent; the other form is still refused', async () => {
    const { scoreForm, registerKit, getRuleSet, loadedRuleSets } = await freshEngine();
    const { suzhouKit } = await import('../../src/engine/rule-sets/suzhou-2017.kit.ts');
    registerKit(suzhouKit);
    expect(loadedRuleSets().map((r) => r.id)).toEqual(['suzhou-2017']);
    for (const c of of('suzhou-2017')) {
      const result = scoreForm(c.form);
      expect(result.total, c.file).toBe(c.expected.total);
      expect(result.indicators.map((r) => r.score), c.file).toEqual(c.expected.indicators.map((i) => i.score));
    }
    expect(getRuleSet('central-2020')).toBeUndefined();
    expect(() => scoreForm(of('central-2020')[0]!.form)).toThrow('规则集“central-2020”尚未载入');
  });

  it('the central kit alone brings every mechanism its forms need (no Suzhou code): its golden cases score to the cent', async () => {
    const { scoreForm, registerKit, loadedRuleSets } = await freshEngine();
    const { centralKit } = await import('../../src/engine/rule-sets/central-2020.kit.ts');
    registerKit(centralKit);
    expect(loadedRuleSets().map((r) => r.id)).toEqual(['central-2020']);
    for (const c of of('central-2020')) {
      const result = scoreForm(c.form);
      expect(result.total, c.file).toBe(c.expected.total);
      expect(result.indicators.map((r) => r.score), c.file).toEqual(c.expected.indicators.map((i) => i.score));
      expect([...new Set(result.checks.map((k) => k.code))].sort(), c.file).toEqual([...new Set(c.expected.checks)].sort());
    }
  });

  it('all.ts installs every kit: every golden case of every form scores to the cent with exactly its checks', async () => {
    const { scoreForm, loadedRuleSets, RULE_SET_CHOICES } = await freshEngine();
    const all = await import('../../src/engine/rule-sets/all.ts');
    expect(loadedRuleSets().map((r) => r.id).sort()).toEqual(RULE_SET_CHOICES.map((c) => c.id).sort());
    expect(Object.keys(all.ruleSets).sort()).toEqual(RULE_SET_CHOICES.map((c) => c.id).sort());
    for (const c of cases) {
      const result = scoreForm(c.form);
      expect(result.total, c.file).toBe(c.expected.total);
      expect(result.indicators.map((r) => r.score), c.file).toEqual(c.expected.indicators.map((i) => i.score));
      expect([...new Set(result.checks.map((k) => k.code))].sort(), c.file).toEqual([...new Set(c.expected.checks)].sort());
    }
  });

  it('each kit brings exactly the mechanisms its data names, and the choice of form names each rule set as its data does', async () => {
    const { RULE_SET_CHOICES } = await freshEngine();
    const { allKits } = await import('../../src/engine/rule-sets/all.ts');
    for (const kit of allKits) expect(Object.keys(kit.mechanisms).sort(), kit.ruleSet.id).toEqual(named(kit.ruleSet));
    expect(RULE_SET_CHOICES).toEqual(allKits.map((k) => ({ id: k.ruleSet.id, label: k.ruleSet.label, shortLabel: k.ruleSet.shortLabel, total: k.ruleSet.total })));
  });

  it('each kit brings exactly the messages of the checks only its data raises (checks/kit-messages.ts)', async () => {
    const { allKits } = await import('../../src/engine/rule-sets/all.ts');
    const raised = (r: RuleSet) => {
      const codes = new Set<string>([r.qualitative === 'grades' ? 'UNKNOWN_GRADE' : 'UNKNOWN_TIER', r.weightChecks.category]);
      if (r.qualitative === 'tiers') codes.add('SCORE_OUT_OF_BAND');
      if (Object.values(r.ratioRules).some((rule) => rule.kind === 'proportional' && rule.overTargetFrom !== null)) codes.add('OVER_TARGET');
      if (r.deviationNote) codes.add('MISSING_DEVIATION_NOTE');
      if (r.categoryTransfer) codes.add(r.categoryTransfer.code);
      if (r.weightChecks.formTotal) codes.add(r.weightChecks.formTotal);
      return [...codes].sort();
    };
    for (const kit of allKits) expect(Object.keys(kit.messages).sort(), kit.ruleSet.id).toEqual(raised(kit.ruleSet));
  });

  it('a kit message no installed kit brought is refused by code', async () => {
    vi.resetModules();
    const { kitMessage } = await import('../../src/engine/checks/kit-messages.ts');
    expect(() => kitMessage('OVER_TARGET')).toThrow('the message of OVER_TARGET is not loaded');
  });

  it('a mechanism no installed kit brought is refused by name', async () => {
    vi.resetModules();
    const { mechanism } = await import('../../src/engine/mechanisms/registry.ts');
    expect(() => mechanism('execution')).toThrow('mechanism “execution” is not loaded');
  });
});
