import { MAX_FORM_BYTES, MAX_ROWS } from '../../engine/field-rules.ts';
import { getRuleSet } from '../../engine/rule-sets/index.ts';
import { layoutOf } from '../../forms/index.ts';
import { blankFields, INDICATOR_TEXT_KEYS, type Draft } from '../../forms/draft.ts';

/**
 * Autosave: the draft (exactly as typed, blank rows included) in this browser's localStorage, on
 * every change. Nothing is sent anywhere. A stored draft that does not have the expected shape is
 * ignored (never trusted blindly: it may come from another version of the page).
 */
export const STORAGE_KEY = 'szpe.calculator.draft.v1';

function isStrings(o: unknown, keys: readonly string[]): boolean {
  return !!o && typeof o === 'object' && keys.every((k) => typeof (o as Record<string, unknown>)[k] === 'string');
}

/** Whether stored options are ones the rule set offers (every key known, every value one of its values). */
export function knownOptions(ruleSetId: string, options: unknown): boolean {
  const ruleSet = getRuleSet(ruleSetId);
  if (!ruleSet || !options || typeof options !== 'object') return false;
  return Object.entries(options).every(([key, value]) => ruleSet.options.some((o) => o.key === key && o.values.some((v) => v.value === value)));
}

/**
 * A draft saved by the page before forms had layouts (`project`, `budget`, `funds` as records of
 * their own, no `level2`) in today's shape; anything else is returned as it is.
 */
function upgrade(value: unknown): unknown {
  if (!value || typeof value !== 'object' || 'fields' in value) return value;
  const d = value as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const part of ['project', 'budget', 'funds']) {
    const o = d[part];
    if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) fields[`${part}/${k}`] = v;
  }
  const indicators = Array.isArray(d.indicators) ? d.indicators.map((r) => (r && typeof r === 'object' ? { level2: '', ...r } : r)) : d.indicators;
  const { project: _p, budget: _b, funds: _f, ...rest } = d;
  return { ...rest, fields, indicators };
}

/**
 * Whether a value read back from storage is a draft this page can show and score: the shape of a
 * draft, a rule set this page knows, options that rule set offers, every cell of its layout and
 * categories of its rule set (the calculator scores drafts without the form-file schema, so
 * nothing else may reach the engine).
 */
export function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  if (d.version !== 1 || typeof d.ruleSet !== 'string' || !knownOptions(d.ruleSet, d.options)) return false;
  const categories = new Set(getRuleSet(d.ruleSet)!.categories.map((c) => c.id as string));
  const fields = d.fields as Record<string, unknown>;
  return (
    isStrings(fields, Object.keys(blankFields(layoutOf(d.ruleSet)))) &&
    Object.values(fields).every((v) => typeof v === 'string') &&
    Array.isArray(d.subprojects) &&
    d.subprojects.every((s) => isStrings(s, ['name', 'amount']) && typeof (s as { key: unknown }).key === 'number') &&
    Array.isArray(d.indicators) &&
    d.indicators.every(
      (r) =>
        isStrings(r, INDICATOR_TEXT_KEYS) &&
        typeof (r as { key: unknown }).key === 'number' &&
        categories.has((r as { category: string }).category),
    )
  );
}

/** The rule set of the autosaved draft (to load its form's layout before reading it), or null. */
export function storedRuleSet(): string | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    const id = value && typeof value === 'object' ? (value as { ruleSet?: unknown }).ruleSet : null;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/**
 * Where a saved form this page cannot read is kept (issue 14: never replaced without a word): the
 * prefix plus the time it was set aside. The page says so and offers it as a download.
 */
export const UNREADABLE_PREFIX = 'szpe.calculator.unreadable.';

/** What is in a storage slot: nothing, a draft this page can show, or text it cannot read (why: unreadableReason). */
export type SavedRead = { kind: 'none' } | { kind: 'draft'; draft: Draft } | { kind: 'unreadable'; text: string };

/**
 * Reads a stored text as a draft, cheaply first: its length (MAX_FORM_BYTES, the limit shared with
 * files and links) before parsing, its row count (MAX_ROWS: a 10,000-row draft froze the tab for
 * 20 s) before the page renders anything. Anything else this page cannot show is `unreadable`.
 */
export function readSavedText(text: string | null): SavedRead {
  if (!text) return { kind: 'none' };
  try {
    const value: unknown = text.length > MAX_FORM_BYTES ? null : upgrade(JSON.parse(text));
    const d = value as Record<string, unknown[]> | null;
    const fits = !!d && (d.indicators?.length ?? 0) <= MAX_ROWS && (d.subprojects?.length ?? 0) <= MAX_ROWS;
    if (fits && isDraft(value)) return { kind: 'draft', draft: value };
  } catch {
    /* unreadable */
  }
  return { kind: 'unreadable', text };
}

/** The autosaved form: a draft, an unreadable text (kept, see keepUnreadable), or none (also when storage is blocked). */
export function readSaved(): SavedRead {
  try {
    return readSavedText(localStorage.getItem(STORAGE_KEY));
  } catch {
    return { kind: 'none' };
  }
}

/** The autosaved draft, or null (none, unreadable, or storage unavailable). */
export function loadDraft(): Draft | null {
  const saved = readSaved();
  return saved.kind === 'draft' ? saved.draft : null;
}

/** A saved form this page could not read, set aside under UNREADABLE_PREFIX. */
export interface KeptForm {
  key: string;
  text: string;
}

/** The saved forms set aside as unreadable, oldest first. */
export function keptForms(): KeptForm[] {
  try {
    const kept: KeptForm[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(UNREADABLE_PREFIX)) kept.push({ key, text: localStorage.getItem(key) ?? '' });
    }
    return kept.sort((a, b) => a.key.localeCompare(b.key));
  } catch {
    return [];
  }
}

/**
 * Sets an unreadable saved text aside (once: the same text is not kept twice), so that autosave can
 * go on without losing it. Returns false when the browser refuses (storage full): the caller must
 * then stop autosaving until the visitor has downloaded it.
 */
export function keepUnreadable(text: string): boolean {
  try {
    if (keptForms().some((k) => k.text === text)) return true;
    localStorage.setItem(`${UNREADABLE_PREFIX}${Date.now()}`, text);
    return true;
  } catch {
    return false;
  }
}

/** Forgets a kept unreadable form (after the visitor chose to). */
export function dropKept(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    /* storage blocked: nothing to drop */
  }
}

/**
 * Saves the draft; returns false when it is over MAX_FORM_BYTES (the limit shared with files and
 * links: it could not be opened again) or the browser refuses (private mode, quota).
 */
export function saveDraft(draft: Draft): boolean {
  try {
    const text = JSON.stringify(draft);
    if (text.length > MAX_FORM_BYTES) return false;
    localStorage.setItem(STORAGE_KEY, text);
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
