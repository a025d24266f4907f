import type { KitMessages } from '../checks/kit-messages.ts';
import type { Mechanisms } from '../mechanisms/registry.ts';
import type { RuleSet } from './rule-set.ts';

/**
 * A rule set as the engine loads it: its data, the mechanisms that data names (by the names of
 * mechanisms/registry.ts) and the messages of the checks only its rules raise (checks/kit-messages.ts). Registering a kit (rule-sets/index.ts) makes forms of that rule set
 * scorable. A third form brings a rule set, its kit, a layout and content pages.
 */
export interface RuleSetKit {
  ruleSet: RuleSet;
  mechanisms: Partial<Mechanisms>;
  messages: Partial<KitMessages>;
}
