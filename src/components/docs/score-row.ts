import { scoreForm, type CategoryId, type Check, type IndicatorInput, type IndicatorResult, type ScoringOptions } from '../../engine/index.ts';

/**
 * One indicator row as a guide page states it, for any rule set: the fields of the form file
 * (form-format.md), with `selfScore` and `level2` (二级指标, central only) as well.
 */
export interface GuideRow {
  category: CategoryId;
  name?: string;
  /** 二级指标 (central-2020 only). */
  level2?: string;
  target: string;
  actual?: string;
  /** 权重 / 分值 in 分. */
  weight?: string;
  /** 自评分 / 得分 as written, in 分. */
  selfScore?: string;
  note?: string;
}

/** The engine's verdict on one row of a page: its result, and the checks on that row (paths `indicators/0/…`). */
export interface ScoredRow {
  result: IndicatorResult;
  checks: Check[];
}

/**
 * Scores a single row with the engine at build time: `scoreForm` on a one-row form of rule set
 * `ruleSet` (`suzhou-2017`, `central-2020`), keeping the checks of that row only (category and
 * form-level checks of a one-row form say nothing about the row). Throws when the engine rejects the
 * form, so a bad example fails the build instead of showing a wrong number. Presentation helper: it
 * scores nothing itself.
 */
export function scoreRow(ruleSet: string, row: GuideRow, options?: ScoringOptions): ScoredRow {
  const indicator: IndicatorInput = {
    category: row.category,
    name: row.name ?? '示例指标',
    target: row.target,
    ...(row.level2 ? { level2: row.level2 } : {}),
    ...(row.actual !== undefined ? { actual: row.actual } : {}),
    ...(row.weight ? { weight: row.weight } : {}),
    ...(row.selfScore ? { selfScore: row.selfScore } : {}),
    ...(row.note ? { note: row.note } : {}),
  } as IndicatorInput;
  const scored = scoreForm({ version: 1, ruleSet, ...(options ? { options } : {}), indicators: [indicator] } as Parameters<typeof scoreForm>[0]);
  const result = scored.indicators[0];
  if (!result) throw new Error(`示例指标无法计分：${JSON.stringify(row)}`);
  return { result, checks: scored.checks.filter((c) => c.path.startsWith('indicators/0/') || c.path === 'indicators/0') };
}

/**
 * The engine's sentence for one step of a row (e.g. how the target was read), or `undefined` when the
 * row has no such step. Explanation sentences are in step order, one per step.
 */
export function stepSentence(result: IndicatorResult, kind: string): string | undefined {
  const i = result.steps.findIndex((s) => s.kind === kind);
  return i >= 0 ? result.explanation[i] : undefined;
}
