import type { CategoryRule } from '../../engine/rule-sets/rule-set.ts';
import type { CategoryResult } from '../../engine/result.ts';
import type { CategoryId } from '../../engine/types.ts';

interface Props {
  total: string | null;
  max: string;
  categories: CategoryRule[];
  categoryResults: Record<CategoryId, CategoryResult> | null;
  /** Counts of error and warning checks, for a short status. */
  errors: number;
  warnings: number;
  invalid: boolean;
}

/** The 总分 as “80.00 / 80” and the four category subtotals, always in view on wide screens. */
export function TotalBar({ total, max, categories, categoryResults, errors, warnings, invalid }: Props) {
  const status = invalid ? '表格有无法计分的内容' : errors > 0 ? `${errors} 处错误` : warnings > 0 ? `${warnings} 处需要注意` : '核对通过';
  return (
    <div class="total-bar" role="group" aria-label="得分汇总">
      <div class="total" aria-live="polite" aria-atomic="true">
        <span class="total-label">总分</span>
        <span class="total-value">
          <span data-testid="total-score">{total ?? '—'}</span>
          <span class="total-max"> / {max}</span>
        </span>
      </div>
      <dl class="total-categories">
        {categories.map((c) => (
          <div key={c.id}>
            <dt>{c.label}</dt>
            <dd>
              {categoryResults?.[c.id]?.score ?? '—'}
              <span class="muted"> / {c.total}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p class={`total-status ${invalid || errors > 0 ? 'is-error' : warnings > 0 ? 'is-warning' : 'is-ok'}`}>{status}</p>
    </div>
  );
}
