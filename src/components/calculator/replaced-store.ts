import type { Draft } from '../../forms/draft.ts';
import { isDraft, sameDraft } from './storage.ts';

/**
 * Nothing typed is lost when a form is replaced (issue 11): 编辑副本, 新建空白表, 恢复示例, pasting a whole table, importing a
 * file and restoring set the visitor's own form aside here (the last {@link MAX_REPLACED}, newest
 * first, in this browser only), and the page offers each one back (ReplacedForms.tsx, loaded only
 * when there is something to offer). Keeping a form is done here, with the calculator's first load,
 * so a form is kept even when the list's code cannot be fetched (the network gone).
 */
export const REPLACED_KEY = 'szpe.calculator.replaced.v1';

/** How many replaced forms are kept. */
export const MAX_REPLACED = 5;

/** A replaced form and when it was replaced (ISO time). */
export interface Replaced {
  at: string;
  draft: Draft;
}

/** The kept forms, newest first; entries this page cannot read are left out. Never throws. */
export function loadReplaced(): Replaced[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(REPLACED_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((e): e is Replaced => !!e && typeof e.at === 'string' && isDraft(e.draft)) : [];
  } catch {
    return [];
  }
}

function store(list: Replaced[]): boolean {
  try {
    if (list.length === 0) localStorage.removeItem(REPLACED_KEY);
    else localStorage.setItem(REPLACED_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps a form that is about to be replaced (the same form is kept once, as the newest). Returns
 * false when the browser refuses to store it (storage full or blocked).
 */
export function keepReplaced(draft: Draft, at = new Date().toISOString()): boolean {
  return store([{ at, draft }, ...loadReplaced().filter((e) => !sameDraft(e.draft, draft))].slice(0, MAX_REPLACED));
}

/** Forgets the kept form at `index` (after it was restored). */
export function dropReplaced(index: number): void {
  store(loadReplaced().filter((_, i) => i !== index));
}
