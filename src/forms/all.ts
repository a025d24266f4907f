import { centralLayout } from './central-2020/layout.ts';
import { addAliases } from './extras.ts';
import { registerLayout } from './index.ts';
import { fieldLabelOn, type FormLayout } from './layout.ts';
import { suzhouLayout } from './suzhou-2017/layout.ts';

/**
 * Every form's layout at once, installed on import, for code that may meet any form and is not part
 * of the calculator's first load: the shared report, CSV, the paste (each loaded only when used),
 * the command line and the tests; with the paste's aliases (extras.ts). The calculator installs layouts one by one (components/calculator/forms/).
 */
export const allLayouts: readonly FormLayout[] = [suzhouLayout, centralLayout];
// With the headings a spreadsheet may give their columns (extras.ts: not in the calculator's first load).
for (const layout of allLayouts) {
  addAliases(layout);
  registerLayout(layout);
}

/** The layout a form file without a known rule set is read with (the site's first form). */
export const defaultLayout: FormLayout = suzhouLayout;

/** The layout of a rule set, or the default one when the id is not a known form (the engine then says so). */
export function anyLayout(ruleSetId: string): FormLayout {
  return allLayouts.find((l) => l.ruleSet === ruleSetId) ?? defaultLayout;
}

/**
 * How the form of `ruleSetId` labels the field at `path` on screen (fieldLabelOn), or undefined for an
 * unknown form or a path it has no cell for: what the engine's validation is given so that a file's
 * errors name a field as the form shows it (schema.ts `FieldLabels`: 主管部门, 年度指标值 on a central file).
 */
export function labelOnForm(ruleSetId: string, path: string): string | undefined {
  const layout = allLayouts.find((l) => l.ruleSet === ruleSetId);
  return layout ? fieldLabelOn(layout, path) : undefined;
}
