import { centralLayout } from './central-2020/layout.ts';
import { defaultLayout } from './index.ts';
import type { FormLayout } from './layout.ts';
import { suzhouLayout } from './suzhou-2017/layout.ts';

/**
 * Every form's layout at once, for code that may meet any form and is not part of the calculator's
 * first load: the shared report, CSV and paste (each loaded only when used) and the command line.
 * The calculator itself loads layouts one by one (forms/index.ts `loadLayout`).
 */
export const allLayouts: readonly FormLayout[] = [suzhouLayout, centralLayout];

/** The layout of a rule set, or the default one when the id is not a known form (the engine then says so). */
export function anyLayout(ruleSetId: string): FormLayout {
  return allLayouts.find((l) => l.ruleSet === ruleSetId) ?? defaultLayout;
}
