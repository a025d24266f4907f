import type { FormLayout } from './layout.ts';
import { suzhouLayout } from './suzhou-2017/layout.ts';

/**
 * Every form's layout, by rule set id. A form the engine scores with rule set X is laid out by X's
 * layout; a third form adds its loader here (and its rule set in the engine), nothing else.
 *
 * The calculator loads only the layout of the form in use (issue 10's JS budget): the first form's
 * layout is part of the page, the others arrive with `loadLayout` when a form of theirs is opened.
 * Code that may meet any form and is loaded only when used (report, CSV, paste, the command line)
 * looks layouts up with `anyLayout` of `forms/all.ts`, which holds them all.
 */
const loaded: Record<string, FormLayout> = { [suzhouLayout.ruleSet]: suzhouLayout };

/** How to fetch the layouts that are not part of the page from the start. */
const loaders: Record<string, () => Promise<FormLayout>> = {
  'central-2020': () => import('./central-2020/layout.ts').then((m) => m.centralLayout),
};

/** The layout a new form starts with (the site's first form). */
export const defaultLayout: FormLayout = suzhouLayout;

/** Makes a layout available to `layoutOf` (loadLayout does it for the layouts it fetches). */
export function registerLayout(layout: FormLayout): void {
  loaded[layout.ruleSet] = layout;
}

/**
 * The layout of a rule set; the default one when the id is not a known form (the engine then says
 * the rule set is unknown). Throws when the form is known but its layout was not loaded yet: await
 * `loadLayout` first (a silent fallback would lay a form out with another form's cells).
 */
export function layoutOf(ruleSetId: string): FormLayout {
  if (Object.hasOwn(loaded, ruleSetId)) return loaded[ruleSetId]!;
  if (Object.hasOwn(loaders, ruleSetId)) throw new Error(`表格布局 ${ruleSetId} 尚未加载（先调用 loadLayout）`);
  return defaultLayout;
}

/** Loads (once) the layout of a rule set, so that `layoutOf` can give it. Unknown ids resolve to the default. */
export async function loadLayout(ruleSetId: string): Promise<FormLayout> {
  if (!Object.hasOwn(loaded, ruleSetId) && Object.hasOwn(loaders, ruleSetId)) registerLayout(await loaders[ruleSetId]!());
  return layoutOf(ruleSetId);
}

export type * from './layout.ts';
