import type { Mechanisms } from '../mechanisms/registry.ts';
import type { RuleSet } from './rule-set.ts';

/**
 * A rule set as the engine loads it: its data and the mechanisms that data names (by the names of
 * mechanisms/registry.ts). Registering a kit (rule-sets/index.ts) makes forms of that rule set
 * scorable. A third form brings a rule set, its kit, a layout and content pages.
 */
export interface RuleSetKit {
  ruleSet: RuleSet;
  mechanisms: Partial<Mechanisms>;
}
