import type { budgetChecks } from '../checks/budget.ts';
import type { bandShare } from './band-score.ts';
import type { scoreExecution } from './execution-score.ts';
import type { proportionalShare } from './proportional-score.ts';
import type { tierScore } from './tier-band.ts';

/**
 * The mechanisms a rule set's data may name, by the name the data uses. The engine's core (score-form,
 * score-indicator) calls them through this table, so it does not import the code of every form: a
 * rule set's kit (rule-sets/*.kit.ts) installs the ones its data needs when the rule set is loaded
 * (issue 10: the calculator loads the code of the form in use). Mechanisms that are table lookups
 * (grades R5, the form's grade C15) stay in the core.
 */
export interface Mechanisms {
  /** A ratio rule of kind `band` (R10–R14): band-score.ts. */
  band: typeof bandShare;
  /** A ratio rule of kind `proportional` (C7, C8): proportional-score.ts. */
  proportional: typeof proportionalShare;
  /** Qualitative rows scored in `tiers` (C11, C12): tier-band.ts. */
  tiers: typeof tierScore;
  /** A rule set with an `execution` row (C5, C6): execution-score.ts. */
  execution: typeof scoreExecution;
  /** A rule set with `budgetIdentities` (R18–R21): checks/budget.ts. */
  budget: typeof budgetChecks;
}

const installed: Partial<Mechanisms> = {};

/** Makes mechanisms callable by name (a kit does it when its rule set is registered). Idempotent. */
export function installMechanisms(mechanisms: Partial<Mechanisms>): void {
  Object.assign(installed, mechanisms);
}

/**
 * The mechanism the data names.
 * @throws Error when no loaded rule set installed it: a rule set's data names a mechanism its kit does
 * not bring (a programming error, caught by the kits' tests), or a form was scored before its rule set
 * was installed (`registerKit`).
 */
export function mechanism<K extends keyof Mechanisms>(name: K): Mechanisms[K] {
  const m = installed[name];
  // (For developers: install the kit of the rule set that uses the mechanism first.)
  if (!m) throw new Error(`mechanism “${name}” is not loaded: registerKit`);
  return m;
}
