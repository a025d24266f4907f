import { centralLayout } from './central-2020/layout.ts';
import type { FormLayout } from './layout.ts';
import { suzhouLayout } from './suzhou-2017/layout.ts';

/**
 * Every form's layout, by rule set id. A form the engine scores with rule set X is laid out by
 * `layouts[X]`; a third form adds its layout here (and its rule set in the engine), nothing else.
 */
export const layouts: Readonly<Record<string, FormLayout>> = {
  [suzhouLayout.ruleSet]: suzhouLayout,
  [centralLayout.ruleSet]: centralLayout,
};

/** The layout a new form starts with (the site's first form). */
export const defaultLayout: FormLayout = suzhouLayout;

/** The layout of a rule set, or the default one when the id is not known (the engine then reports it). */
export function layoutOf(ruleSetId: string): FormLayout {
  return Object.hasOwn(layouts, ruleSetId) ? layouts[ruleSetId]! : defaultLayout;
}

export type * from './layout.ts';
