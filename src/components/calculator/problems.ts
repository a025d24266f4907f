import type { Severity } from '../../engine/types.ts';

/** The worst severity reported on each field path (draft paths, see draft.ts). */
export type ProblemMap = ReadonlyMap<string, Severity>;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Collects checks and validation issues by path, keeping the worst severity of each. */
export function buildProblems(items: ReadonlyArray<{ path: string; severity: Severity }>): ProblemMap {
  const map = new Map<string, Severity>();
  for (const { path, severity } of items) {
    const seen = map.get(path);
    if (!seen || RANK[severity] > RANK[seen]) map.set(path, severity);
  }
  return map;
}

/** Chinese names of the severities, as the page shows them. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '注意', info: '说明' };

/** Sort order: errors first. */
export function bySeverity<T extends { severity: Severity }>(a: T, b: T): number {
  return RANK[b.severity] - RANK[a.severity];
}
