import { centralKit } from './central-2020.kit.ts';
import { registerKit } from './index.ts';
import type { RuleSetKit } from './kit.ts';
import type { RuleSet } from './rule-set.ts';
import { suzhouKit } from './suzhou-2017.kit.ts';

/**
 * Every rule set at once, each kit installed on import, for code that may meet any form: the
 * form-file schema, the shared report, CSV, the command line, the pages built ahead of time and the
 * tests. The calculator installs only the kit of the form in use (components/calculator/forms/).
 */
export const allKits: readonly RuleSetKit[] = [suzhouKit, centralKit];
for (const kit of allKits) registerKit(kit);

/** Every rule set the engine knows, by id. */
export const ruleSets: Readonly<Record<string, RuleSet>> = Object.fromEntries(allKits.map((k) => [k.ruleSet.id, k.ruleSet]));

/** The rule set a new form starts with where no page chooses one (the site's first form, suzhou-2017). */
export const defaultRuleSet: RuleSet = suzhouKit.ruleSet;

/**
 * The rule set with this id, whichever form it is, or `undefined` when the engine does not know it.
 * @example anyRuleSet('central-2020')?.total // '100'
 */
export function anyRuleSet(id: string): RuleSet | undefined {
  return Object.hasOwn(ruleSets, id) ? ruleSets[id] : undefined;
}
