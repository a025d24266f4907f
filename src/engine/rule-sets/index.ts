import { central2020 } from './central-2020.ts';
import type { RuleSet } from './rule-set.ts';
import { suzhou2017 } from './suzhou-2017.ts';

/** Every rule set the engine knows, by id. A form names one in `ruleSet`. */
export const ruleSets: Readonly<Record<string, RuleSet>> = {
  [suzhou2017.id]: suzhou2017,
  [central2020.id]: central2020,
};

/** The rule set a new form starts with. */
export const defaultRuleSet: RuleSet = suzhou2017;

/**
 * The rule set with this id, or `undefined` when the engine does not know it.
 * @example getRuleSet('suzhou-2017')?.total // '80'
 * @example getRuleSet('central-2020')?.total // '100'
 */
export function getRuleSet(id: string): RuleSet | undefined {
  return Object.hasOwn(ruleSets, id) ? ruleSets[id] : undefined;
}
