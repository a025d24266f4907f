import { installMessages } from '../checks/kit-messages.ts';
import { installMechanisms } from '../mechanisms/registry.ts';
import type { RuleSetKit } from './kit.ts';
import type { RuleSet } from './rule-set.ts';

/**
 * The rule sets installed so far, by id. A form names one in `ruleSet`.
 *
 * No rule set is part of this module: each arrives with its kit (`registerKit`), so that a page
 * loads only the code of the form it shows (issue 10, issue 13's JS budget). The calculator installs
 * a form's kit before it shows a form of that kind (components/calculator/forms/); code that may meet
 * any form (the form-file schema, the shared report, CSV, the command line, the pages built ahead of
 * time, the tests) imports rule-sets/all.ts, which installs every kit.
 */
const loaded: Record<string, RuleSet> = {};

/** One form the site covers, named before its rule set is loaded: id, name, short name, total (分). */
export interface RuleSetChoice {
  id: string;
  label: string;
  /** The name on the choice of form: `苏州市级 80 分`. */
  shortLabel: string;
  /** The form's maximum in 分. */
  total: string;
}

/**
 * The forms the site covers, in the order the choice of form shows them: the same id, names and
 * total as each rule set's data (tests/engine/rule-set-kits.test.ts holds them equal). A third form
 * adds its line here.
 */
export const RULE_SET_CHOICES: readonly RuleSetChoice[] = [
  { id: 'suzhou-2017', label: '苏州市级财政支出项目绩效自评表（2017 年“投入”类共性指标）', shortLabel: '苏州市级 80 分', total: '80' },
  { id: 'central-2020', label: '中央部门项目支出绩效自评表（财预〔2020〕10号）', shortLabel: '中央部门 100 分', total: '100' },
];

/** Makes a rule set scorable: its data for `getRuleSet`, its mechanisms and messages for the engine. Idempotent. */
export function registerKit(kit: RuleSetKit): void {
  installMechanisms(kit.mechanisms);
  installMessages(kit.messages);
  loaded[kit.ruleSet.id] = kit.ruleSet;
}

/** Whether the site covers a rule set of this id, installed or not. */
export function isKnownRuleSet(id: string): boolean {
  return RULE_SET_CHOICES.some((c) => c.id === id);
}

/**
 * The rule set with this id, or `undefined` when it is not installed: an id the site does not cover
 * (`isKnownRuleSet`), or a form whose kit has not been loaded yet (the engine then refuses to score
 * it rather than score it with missing rules).
 * @example getRuleSet('suzhou-2017')?.total // '80' (once its kit is installed)
 */
export function getRuleSet(id: string): RuleSet | undefined {
  return Object.hasOwn(loaded, id) ? loaded[id] : undefined;
}

/** The rule sets installed so far, in the order they were installed. */
export function loadedRuleSets(): RuleSet[] {
  return Object.values(loaded);
}
