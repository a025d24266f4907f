import type { CategoryResult } from '../../engine/result.ts';
import type { ScorePart } from '../../forms/view.ts';

interface Props {
  total: string | null;
  max: string;
  /** What the total is the sum of (the execution row and the categories), in paper order. */
  parts: ScorePart[];
  /** The result's subtotals by part id (a category, or `execution`). */
  categoryResults: Record<string, CategoryResult> | null;
  /** The grade (优/良/中/差, C15), when the rule set gives one. */
  grade?: string | null | undefined;
  /** Counts of error and warning checks, for a short status. */
  errors: number;
  warnings: number;
  invalid: boolean;
}

/** The 总分 as “80.00 / 80”, the grade when the form has one, and the subtotals, always in view on wide screens. */
export function TotalBar({ total, max, parts, categoryResults, grade, errors, warnings, invalid }: Props) {
  const status = invalid ? '表格有无法计分的内容' : errors > 0 ? `${errors} 处错误` : warnings > 0 ? `${warnings} 处需要注意` : '核对通过';
  return (
    <div class="total-bar" role="group" aria-label="得分汇总">
      <div class="total" aria-live="polite" aria-atomic="true">
        <span class="total-label">总分</span>
        <span class="total-value">
          <span data-testid="total-score">{total ?? '—'}</span>
          <span class="total-max"> / {max}</span>
        </span>
        {grade && (
          <span class="total-grade">
            <span class="visually-hidden">等级</span>
            <span data-testid="grade">{grade}</span>
          </span>
        )}
      </div>
      <dl class="total-categories">
        {parts.map((c) => {
          const r = categoryResults?.[c.id];
          return (
            <div key={c.id}>
              <dt>{c.label}</dt>
              <dd>
                {r?.score ?? '—'}
                <span class="muted"> / {r?.max != null ? Number(r.max) : c.total}</span>
              </dd>
            </div>
          );
        })}
      </dl>
      <p class={`total-status ${invalid || errors > 0 ? 'is-error' : warnings > 0 ? 'is-warning' : 'is-ok'}`}>{status}</p>
    </div>
  );
}
