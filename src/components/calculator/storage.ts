import { getRuleSet } from '../../engine/rule-sets/index.ts';
import { BUDGET_KEYS, FUNDS_KEYS, INDICATOR_TEXT_KEYS, type Draft } from './draft.ts';

/**
 * Autosave: the draft (exactly as typed, blank rows included) in this browser's localStorage, on
 * every change. Nothing is sent anywhere. A stored draft that does not have the expected shape is
 * ignored (never trusted blindly: it may come from another version of the page).
 */
export const STORAGE_KEY = 'szpe.calculator.draft.v1';

const CATEGORIES = new Set(['input', 'output', 'outcome', 'impact']);

function isStrings(o: unknown, keys: readonly string[]): boolean {
  return !!o && typeof o === 'object' && keys.every((k) => typeof (o as Record<string, unknown>)[k] === 'string');
}

/** Whether stored options are ones the rule set offers (every key known, every value one of its values). */
function knownOptions(ruleSetId: string, options: unknown): boolean {
  const ruleSet = getRuleSet(ruleSetId);
  if (!ruleSet || !options || typeof options !== 'object') return false;
  return Object.entries(options).every(([key, value]) => ruleSet.options.some((o) => o.key === key && o.values.some((v) => v.value === value)));
}

/**
 * Whether a value read back from storage is a draft this page can show and score: the shape of a
 * draft, a rule set this page knows and options that rule set offers (the calculator scores drafts
 * without the form-file schema, so nothing else may reach the engine).
 */
export function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return (
    d.version === 1 &&
    typeof d.ruleSet === 'string' &&
    knownOptions(d.ruleSet, d.options) &&
    isStrings(d.project, ['name', 'year', 'department']) &&
    isStrings(d.budget, BUDGET_KEYS) &&
    isStrings(d.funds, FUNDS_KEYS) &&
    Array.isArray(d.subprojects) &&
    d.subprojects.every((s) => isStrings(s, ['name', 'amount']) && typeof (s as { key: unknown }).key === 'number') &&
    Array.isArray(d.indicators) &&
    d.indicators.every(
      (r) =>
        isStrings(r, INDICATOR_TEXT_KEYS) &&
        typeof (r as { key: unknown }).key === 'number' &&
        CATEGORIES.has((r as { category: string }).category),
    )
  );
}

/** The autosaved draft, or null (none, unreadable, or storage unavailable). */
export function loadDraft(): Draft | null {
  try {
    const text = localStorage.getItem(STORAGE_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return isDraft(value) ? value : null;
  } catch {
    return null;
  }
}

/** Saves the draft; returns false when the browser refuses (private mode, quota). */
export function saveDraft(draft: Draft): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

/** Same content, ignoring row keys (which only serve rendering). */
export function sameDraft(a: Draft, b: Draft): boolean {
  const strip = (d: Draft) =>
    JSON.stringify({
      ...d,
      subprojects: d.subprojects.map(({ key: _k, ...s }) => s),
      indicators: d.indicators.map(({ key: _k, ...r }) => r),
    });
  return strip(a) === strip(b);
}
