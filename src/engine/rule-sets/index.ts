import type { RuleSet } from './rule-set.ts';
import { suzhou2017 } from './suzhou-2017.ts';

/** Every rule set the engine knows, by id. A form names one in `ruleSet`. */
export const ruleSets: Readonly<Record<string, RuleSet>> = {
  [suzhou2017.id]: suzhou2017,
};

/** The rule set a new form starts with. */
export const defaultRuleSet: RuleSet = suzhou2017;

/**
 * The rule set with this id, or `undefined` when the engine does not know it.
 * @example getRuleSet('suzhou-2017')?.total // '80'
 */
export function getRuleSet(id: string): RuleSet | undefined {
  return Object.hasOwn(ruleSets, id) ? ruleSets[id] : undefined;
}
