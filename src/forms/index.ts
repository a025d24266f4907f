import type { FormLayout } from './layout.ts';

/**
 * The layouts installed so far, by rule set id. A form the engine scores with rule set X is laid out
 * by X's layout.
 *
 * No layout is part of this module: the calculator installs the layout of a form with the rest of
 * that form's code (components/calculator/forms/), so a page loads only the form it shows (issue 10's
 * JS budget). Code that may meet any form (report, CSV, the command line, the tests) imports
 * `forms/all.ts`, which installs them all and looks any up with `anyLayout`.
 */
const loaded: Record<string, FormLayout> = {};

/** Makes a layout available to `layoutOf`. Idempotent. */
export function registerLayout(layout: FormLayout): void {
  loaded[layout.ruleSet] = layout;
}

/**
 * The layout of a rule set.
 * @throws Error when it is not installed (an unknown form, or one whose code has not been loaded
 * yet): a silent fallback would lay a form out with another form's cells.
 */
export function layoutOf(ruleSetId: string): FormLayout {
  if (Object.hasOwn(loaded, ruleSetId)) return loaded[ruleSetId]!;
  throw new Error(`表格布局 ${ruleSetId} 尚未载入（先载入这种表的代码）`);
}

/** Whether the layout of this rule set is installed. */
export function hasLayout(ruleSetId: string): boolean {
  return Object.hasOwn(loaded, ruleSetId);
}

export type * from './layout.ts';
