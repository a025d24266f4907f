import type { MoneyBlock } from '../MoneyBlock.tsx';
import type { MoneyTable } from '../MoneyTable.tsx';
import type { SubprojectTable } from '../SubprojectTable.tsx';
import type { TierPick } from '../TierPick.tsx';
import { getRuleSet, registerKit } from '../../../engine/rule-sets/index.ts';
import type { RuleSetKit } from '../../../engine/rule-sets/kit.ts';
import { hasLayout, registerLayout } from '../../../forms/index.ts';
import type { FormLayout } from '../../../forms/layout.ts';

/**
 * The calculator's views of the layout blocks that only some forms have (forms/layout.ts `kind`):
 * `money` (苏州表的金额块), `list` (项目资金构成) and `moneyTable` (中央表的项目资金表), and of the parts
 * of a block only some forms have: `tierPick`, the 完成等级 picker of an indicator row on forms with
 * qualitative tiers (C11, the central form). They come with the form that uses them, so a page never
 * loads another form's blocks.
 */
export interface BlockViews {
  money?: typeof MoneyBlock;
  list?: typeof SubprojectTable;
  moneyTable?: typeof MoneyTable;
  tierPick?: typeof TierPick;
}

/**
 * Everything the calculator needs for one form beyond its generic parts: the rule set with the
 * mechanisms only it uses (its kit), its layout, and the views of the blocks only it has. Each form
 * has one module in this folder that installs it (suzhou-2017.ts, central-2020.ts).
 */
export interface CalculatorForm {
  kit: RuleSetKit;
  layout: FormLayout;
  views: BlockViews;
}

const views: BlockViews = {};
/** The rule set ids of the forms installed in the calculator. */
const installed = new Set<string>();

/** Installs a form in the calculator: its rule set and mechanisms, its layout, its block views. Idempotent. */
export function installCalculatorForm(form: CalculatorForm): void {
  registerKit(form.kit);
  registerLayout(form.layout);
  Object.assign(views, form.views);
  installed.add(form.kit.ruleSet.id);
}

/** The block views installed so far (a block whose view is missing belongs to a form not installed). */
export function blockViews(): Readonly<BlockViews> {
  return views;
}

/**
 * How to fetch each form's module (which installs it when it runs). Each module is also the island
 * of the page that opens on a form of its kind (/calculator/, /calculator/central/), so on that page
 * its form is installed before the calculator first renders. A third form adds its line here.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'suzhou-2017': () => import('./suzhou-2017.ts'),
  'central-2020': () => import('./central-2020.ts'),
};

/**
 * Whether the form of this rule set is installed in the calculator, so that it can be shown and
 * scored: its rule set, its layout and its blocks. (The shared report and CSV install every rule set
 * and layout, rule-sets/all.ts and forms/all.ts, but not the calculator's blocks: only this counts.)
 */
export function formInstalled(ruleSetId: string): boolean {
  return installed.has(ruleSetId) && getRuleSet(ruleSetId) !== undefined && hasLayout(ruleSetId);
}

/**
 * Loads and installs (once) the form of this rule set, so that a form of its kind can be shown and
 * scored. Resolves to false for a rule set the site does not cover.
 * @throws the import's error when its file cannot be fetched (the network gone): the caller says so in Chinese.
 */
export async function loadCalculatorForm(ruleSetId: string): Promise<boolean> {
  if (formInstalled(ruleSetId)) return true;
  if (!Object.hasOwn(loaders, ruleSetId)) return false;
  await loaders[ruleSetId]!();
  return formInstalled(ruleSetId);
}
