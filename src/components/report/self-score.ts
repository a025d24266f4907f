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
  /** Σ of every row's 自评分, the 预算执行率 row's included (C1): the form's 合计 as the unit wrote it (blank rows add nothing). */
  total: string | null;
  /**
   * Σ 自评分 − Σ 本站计算的得分 over the rows that have a 自评分 only (like with like: a blank 自评分 is not
   * a 0), or null when no row has a 自评分 or they agree. With no blank row it is 合计 − 总分.
   */
  gap: string | null;
  /** Rows with a 自评分, and rows in all (the 预算执行率 row counts as one). */
  filled: number;
  rows: number;
}

/** A scored row as the totals read it: its category (not on the 预算执行率 row), its 自评分 and its 得分. */
interface ScoredRow {
  selfScore: string | null;
  score: string;
}

/**
 * The 自评分 subtotals and 合计 of scored rows (`selfScore`: the engine's two-decimal self-score or
 * null; `score`: the row's rounded score), and how the filled rows' 自评分 differ from the site's
 * scores of the same rows (R17, added up). `execution` is the central form's scored 预算执行率 row (C1:
 * its 10 分 are part of the 100, so its 自评分 is part of the 合计, C13); absent or `undefined` on forms
 * without that row.
 */
export function selfScoreTotals(
  rows: readonly (ScoredRow & { category: CategoryId })[],
  total: string | null,
  execution?: ScoredRow | null,
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
  const filledRows = [...(execution ? [execution] : []), ...rows].filter((r) => r.selfScore !== null);
  const sum = filledRows.length > 0 ? addFixed2(filledRows.map((r) => r.selfScore!)) : null;
  const computed = total === null ? null : addFixed2(filledRows.map((r) => r.score));
  const diff = sum !== null && computed !== null ? addFixed2([sum, computed.startsWith('-') ? computed.slice(1) : `-${computed}`]) : null;
  return { categories, total: sum, gap: diff === null || /^-?0\.00$/.test(diff) ? null : diff, filled: filledRows.length, rows: rows.length + (execution ? 1 : 0) };
}

/**
 * What the total bar says beside the 自评分合计, inside its brackets, or null for nothing: the
 * difference (“少 1.20 分”) when every row has a 自评分; “5 项未填自评分” when some rows have none
 * (the 合计 then leaves them out, so it is not compared with the 总分), with the difference of the
 * filled rows after it (“5 项未填自评分；已填的 20 项多 1.68 分”). `term` is the form's word for the
 * self-score (the rule set's `selfScoreTerm`: 自评分 on the Suzhou form, 自评得分 on the central one).
 */
export function selfTotalNote(self: Pick<SelfScoreTotals, 'gap' | 'filled' | 'rows'>, term: string): string | null {
  const blank = self.rows - self.filled;
  if (self.filled === 0) return null;
  if (blank === 0) return self.gap ? `${gapWords(self.gap)} 分` : null;
  return `${blank} 项未填${term}${self.gap ? `；已填的 ${self.filled} 项${gapWords(self.gap)} 分` : ''}`;
}

/** “多 1.20” / “少 1.20”: how far the 自评分 is from the site's score, in words. */
export function gapWords(gap: string): string {
  return gap.startsWith('-') ? `少 ${gap.slice(1)}` : `多 ${gap}`;
}
