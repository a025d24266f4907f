import type { Check, FormResult, IndicatorResult, ScoreOutcome, Severity, ValidationIssue } from '../../engine/index.ts';
import { toDraftPath, toInput, type Draft, type DraftInput } from '../../forms/draft.ts';
import { buildProblems, type ProblemMap } from './problems.ts';

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
}

export interface FieldMessage {
  severity: Severity;
  text: string;
}

/** Adds strings with exactly two decimals (the engine's output) in integer cents: exact, no decimal.js needed. */
export function sumFixed2(values: readonly string[]): string {
  let cents = 0n;
  for (const v of values) {
    const m = /^(-?)(\d+)\.(\d{2})$/.exec(v.trim());
    if (!m) return '—';
    const c = BigInt(m[2]!) * 100n + BigInt(m[3]!);
    cents += m[1] ? -c : c;
  }
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** The page's view of a draft and the engine's outcome for `toInput(draft).input`. */
export function deriveScored(draft: Draft, outcome: ScoreOutcome, mapped: DraftInput = toInput(draft)): Scored {
  const result = outcome.ok ? outcome.result : null;
  const issues = [...mapped.fieldIssues, ...(outcome.ok ? [] : outcome.issues.map((i) => ({ ...i, path: toDraftPath(i.path, mapped) })))];
  const checks: Check[] = result ? result.checks.map((c) => ({ ...c, path: toDraftPath(c.path, mapped) })) : [];
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
  for (const c of checks) note(c.path, c.severity, c.message);
  for (const i of issues) note(i.path, 'error', i.message);
  const rateIndex = result?.derived?.executionRateIndicator;
  const executionRateRow = rateIndex != null ? (mapped.indicatorRows[rateIndex] ?? null) : null;
  const weightTotal = result ? sumFixed2(Object.values(result.categories).map((c) => c.weightSum)) : null;
  return { mapped, result, issues, checks, results, rowChecks, problems, messages, executionRateRow, weightTotal };
}
