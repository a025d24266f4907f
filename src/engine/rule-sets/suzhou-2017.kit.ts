import { budgetChecks } from '../checks/budget.ts';
import { suzhouMessages } from '../checks/suzhou-2017-messages.ts';
import { bandShare } from '../mechanisms/band-score.ts';
import type { RuleSetKit } from './kit.ts';
import { suzhou2017 } from './suzhou-2017.ts';

/**
 * suzhou-2017 with what its data names: band rules (R10–R14) and the budget identities (R18–R21); and
 * the messages of the checks only its rules raise (R2, R5).
 */
export const suzhouKit: RuleSetKit = {
  ruleSet: suzhou2017,
  mechanisms: { band: bandShare, budget: budgetChecks },
  messages: suzhouMessages,
};
