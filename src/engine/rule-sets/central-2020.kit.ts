import { centralMessages } from '../checks/central-2020-messages.ts';
import { scoreExecution } from '../mechanisms/execution-score.ts';
import { proportionalShare } from '../mechanisms/proportional-score.ts';
import { tierScore } from '../mechanisms/tier-band.ts';
import { central2020 } from './central-2020.ts';
import type { RuleSetKit } from './kit.ts';

/**
 * central-2020 with what its data names: proportional scoring (C7, C8), tiers with bands (C11), the
 * execution row (C5, C6); and the messages of the checks only its rules raise (C2, C3, C9, C11, C12, C16).
 */
export const centralKit: RuleSetKit = {
  ruleSet: central2020,
  mechanisms: { proportional: proportionalShare, tiers: tierScore, execution: scoreExecution },
  messages: centralMessages,
};
