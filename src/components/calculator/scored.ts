import type { Check, FormResult, IndicatorResult, ScoreOutcome, Severity, ValidationIssue } from '../../engine/index.ts';
import { toDraftPath, toInput, type Draft, type DraftInput } from '../../forms/draft.ts';
import { buildProblems, type ProblemMap } from './problems.ts';
import { addFixed2, selfScoreTotals, type SelfScoreTotals } from '../report/self-score.ts';

/**
 * What the page shows for a draft, derived from the engine's outcome with no engine code: this
 * module stays in the first-paint bundle, the engine itself is loaded on demand (engine-client.ts).
 */
export interface Scored {
  mapped: DraftInput;
  result: FormResult | null;
  /** Validation issues with draft paths (the form cannot be scored as typed). */
  issues: ValidationIssue[];
  /** Checks with draft paths. */
  checks: Check[];
  /** Result of each draft row (same index), `null` for blank rows or an invalid form. */
  results: (IndicatorResult | null)[];
  /** Checks of each draft row (same index). */
  rowChecks: Check[][];
  /** Worst severity per field path. */
  problems: ProblemMap;
  /** Messages per field path, to show beside the field. */
  messages: ReadonlyMap<string, FieldMessage[]>;
  /** Draft row that receives the 预算执行率 (R21), or null. */
  executionRateRow: number | null;
  /** Σ of the category weight sums, 2 decimals, or null. */
  weightTotal: string | null;
  /** The 自评分 小计 per category and 合计 (the official form's totals), beside the site's total; null for an invalid form. */
  selfTotals: SelfScoreTotals | null;
  /** “Not filled yet” checks held back (see {@link quietCheck}), and a new blank form's “no indicator yet” (R1); they are not in `checks` / `issues`. */
  quiet: number;
}

/** Checks that only say a cell or a category is not filled yet: on a new blank form they wait until the user gets there. */
export const NOT_FILLED_YET: ReadonlySet<string> = new Set(['MISSING_ACTUAL', 'EMPTY_CATEGORY']);

/**
 * Whether a check is held back on a new blank form: a “not filled yet” check of a row the user has
 * not touched (`untouched`: row keys), or of a category none of whose rows has been touched.
 */
export function quietCheck(check: Check, draft: Draft, untouched: ReadonlySet<number> | null): boolean {
  if (!untouched || !NOT_FILLED_YET.has(check.code)) return false;
  const row = /^indicators\/(\d+)/.exec(check.path);
  if (row) return untouched.has(draft.indicators[Number(row[1])]?.key ?? -1);
  const cat = /^categories\/(\w+)/.exec(check.path);
  return !!cat && draft.indicators.every((r) => r.category !== cat[1] || untouched.has(r.key));
}

/**
 * The row keys of a form that is still exactly a new blank form (every row empty, or a template row
 * of the rule set — R3's 投入 common indicators — with only its 指标名称, 目标值 and 权重), so that its
 * “not filled yet” checks stay quiet after a reload as they were before it; null when any row has
 * been typed in (then every check shows, as on any form the visitor has worked on).
 */
export function untouchedRows(draft: Draft, template: readonly { name: string; target: string; weight: string }[]): ReadonlySet<number> | null {
  const fresh = (row: Draft['indicators'][number]) => {
    const rest = row.level2 === '' && row.actual === '' && row.selfScore === '' && row.note === '';
    const empty = row.name === '' && row.target === '' && row.weight === '';
    return rest && (empty || template.some((t) => t.name === row.name && t.target === row.target && t.weight === row.weight));
  };
  return draft.indicators.length > 0 && draft.indicators.every(fresh) ? new Set(draft.indicators.map((r) => r.key)) : null;
}

export interface FieldMessage {
  severity: Severity;
  text: string;
}

/** Adds strings with exactly two decimals (the engine's output) in integer cents: exact, no decimal.js needed; '—' if one is not such a string. */
export function sumFixed2(values: readonly string[]): string {
  return addFixed2(values) ?? '—';
}

/**
 * The page's view of a draft and the engine's outcome for `toInput(draft).input`; “not filled yet”
 * checks of untouched rows of a new blank form are held back (`untouched`, see {@link quietCheck}).
 */
export function deriveScored(draft: Draft, outcome: ScoreOutcome, mapped: DraftInput = toInput(draft), untouched: ReadonlySet<number> | null = null): Scored {
  const result = outcome.ok ? outcome.result : null;
  // A new blank form with no row typed in yet has no indicator to score (R1): like its “not filled yet”
  // checks, that waits until a row is typed in (a form without template rows, such as the central one).
  const fresh = !!untouched && draft.indicators.every((r) => untouched.has(r.key));
  const failed = outcome.ok ? [] : outcome.issues.filter((i) => !(fresh && i.path === 'indicators'));
  const issues = [...mapped.fieldIssues, ...failed.map((i) => ({ ...i, path: toDraftPath(i.path, mapped) }))];
  // A cell the page refused (a number it cannot read, an amount in 元…) has its own message and was left
  // out of the form file: the engine's checks on that very cell only see it blank (“未填”), which the
  // visitor knows to be untrue, so they are dropped; checks on other cells and rows stay. A funds
  // table's total cell went to the engine as typed (passedAsTyped, C5): its checks say so and stay.
  const passed = new Set(mapped.passedAsTyped);
  const refused = new Set(mapped.fieldIssues.map((i) => i.path).filter((p) => !passed.has(p)));
  const all: Check[] = result ? result.checks.map((c) => ({ ...c, path: toDraftPath(c.path, mapped) })).filter((c) => !refused.has(c.path)) : [];
  const checks = all.filter((c) => !quietCheck(c, draft, untouched));
  const results: (IndicatorResult | null)[] = draft.indicators.map(() => null);
  if (result) result.indicators.forEach((r, i) => (results[mapped.indicatorRows[i] ?? -1] = r));
  const rowChecks: Check[][] = draft.indicators.map(() => []);
  for (const c of checks) {
    const m = /^indicators\/(\d+)/.exec(c.path);
    if (m) rowChecks[Number(m[1])]?.push(c);
  }
  const problems = buildProblems([...checks, ...issues.map((i) => ({ path: i.path, severity: 'error' as const }))]);
  const messages = new Map<string, FieldMessage[]>();
  const note = (path: string, severity: Severity, text: string) => {
    const list = messages.get(path) ?? [];
    list.push({ severity, text });
    messages.set(path, list);
  };
  // A cell's own message first (it could not be read), then what the engine made of it (passedAsTyped).
  for (const i of issues) note(i.path, 'error', i.message);
  for (const c of checks) note(c.path, c.severity, c.message);
  const rateIndex = result?.derived?.executionRateIndicator;
  const executionRateRow = rateIndex != null ? (mapped.indicatorRows[rateIndex] ?? null) : null;
  const weightTotal = result ? sumFixed2(Object.values(result.categories).map((c) => c.weightSum)) : null;
  const selfTotals = result ? selfScoreTotals(result.indicators, result.total, result.execution) : null;
  return { mapped, result, issues, checks, results, rowChecks, problems, messages, executionRateRow, weightTotal, selfTotals, quiet: all.length - checks.length + (outcome.ok ? 0 : outcome.issues.length - failed.length) };
}
