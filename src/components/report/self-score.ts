import type { CategoryId } from '../../engine/types.ts';

/**
 * The 自评分 side of the form: on the official table the 小计 and 合计 are the unit's own
 * self-scores added up; the site's computed score stays beside them (R17 compares row by row).
 * Presentational arithmetic on the engine's two-decimal strings, exact in integer cents (no engine
 * code, so it stays in the calculator's first bundle and in statically rendered reports).
 */

/** Adds strings with exactly two decimals (the engine's output) in integer cents: exact. `null` if any is not such a string. */
export function addFixed2(values: readonly string[]): string | null {
  let cents = 0n;
  for (const v of values) {
    const m = /^(-?)(\d+)\.(\d{2})$/.exec(v.trim());
    if (!m) return null;
    const c = BigInt(m[2]!) * 100n + BigInt(m[3]!);
    cents += m[1] ? -c : c;
  }
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** The 自评分 totals of a scored form. Every figure in 分, two decimals; `null` where no row has a 自评分. */
export interface SelfScoreTotals {
  /**
   * Σ 自评分 of each category's rows (blank 自评分 left out); `execution` is the 预算执行率 row's own
   * 得分 as written, on forms that have that row (C1, C13).
   */
  categories: Partial<Record<CategoryId | 'execution', string | null>>;
  /** Σ of every row's 自评分, the 预算执行率 row's included (C1): the form's 合计 as the unit wrote it. */
  total: string | null;
  /** 自评分合计 − 本站计算的总分, or null when there is no 自评分 or they agree. */
  gap: string | null;
  /** Rows with a 自评分, and rows in all. */
  filled: number;
  rows: number;
}

/**
 * The 自评分 subtotals and 合计 of scored rows (`selfScore`: the engine's two-decimal self-score or
 * null), and how the 合计 differs from the site's `total`. `execution` is the central form's scored
 * 预算执行率 row (C1: its 10 分 are part of the 100, so its 自评分 is part of the 合计, C13); absent or
 * `undefined` on forms without that row.
 */
export function selfScoreTotals(
  rows: readonly { category: CategoryId; selfScore: string | null }[],
  total: string | null,
  execution?: { selfScore: string | null } | null,
): SelfScoreTotals {
  const categories: Partial<Record<CategoryId | 'execution', string | null>> = {};
  const by = new Map<CategoryId, string[]>();
  for (const r of rows) {
    const list = by.get(r.category) ?? [];
    if (r.selfScore !== null) list.push(r.selfScore);
    by.set(r.category, list);
  }
  for (const [id, list] of by) categories[id] = list.length > 0 ? addFixed2(list) : null;
  if (execution) categories.execution = execution.selfScore;
  const all = [...(execution ? [execution] : []), ...rows].flatMap((r) => (r.selfScore === null ? [] : [r.selfScore]));
  const sum = all.length > 0 ? addFixed2(all) : null;
  const diff = sum !== null && total !== null ? addFixed2([sum, total.startsWith('-') ? total.slice(1) : `-${total}`]) : null;
  return { categories, total: sum, gap: diff === null || /^-?0\.00$/.test(diff) ? null : diff, filled: all.length, rows: rows.length + (execution ? 1 : 0) };
}

/** “多 1.20” / “少 1.20”: how far the 自评分 is from the site's score, in words. */
export function gapWords(gap: string): string {
  return gap.startsWith('-') ? `少 ${gap.slice(1)}` : `多 ${gap}`;
}
