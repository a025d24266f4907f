import { useEffect, useRef } from 'preact/hooks';
import type { CategoryResult } from '../../engine/result.ts';
import type { ScorePart } from '../../forms/view.ts';
import { selfTotalNote } from '../report/self-score.ts';

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
  /**
   * 自评分合计 (the form's own total, blank rows adding nothing) and what to say beside it (`selfTotalNote`:
   * the difference, or how many rows have no 自评分); omitted on pages without it.
   */
  selfTotal?: string | null;
  selfNote?: string | null;
  /** The form's word for the self-score (the rule set's `selfScoreTerm`: 自评分 or 自评得分); 自评分 when omitted. */
  selfTerm?: string;
  /** “Not filled yet” checks held back on a new blank form (shown once a row is touched or a check is asked for). */
  quiet?: number;
  /** Id of the summary the status links to (核对结果, or the cells that cannot be read). */
  summaryId?: string;
}

/**
 * The 总分 as “80.00 / 80” (the site's computation), the 自评分合计 beside it with the difference,
 * the grade when the form has one, the subtotals (the execution row and the categories), and the error / warning count as a link to the summary. Sticky on
 * wide screens, and on phones while a field is being edited (CSS).
 */
export function TotalBar({ total, max, parts, categoryResults, grade, errors, warnings, invalid, selfTotal, selfNote, selfTerm = '自评分', quiet = 0, summaryId }: Props) {
  const status = invalid
    ? '表格有无法计分的内容'
    : errors > 0
      ? `${errors} 处错误`
      : warnings > 0
        ? `${warnings} 处需要注意`
        : quiet > 0
          ? `${quiet} 处尚未填写`
          : '核对通过';
  const tone = invalid || errors > 0 ? 'is-error' : warnings > 0 ? 'is-warning' : quiet > 0 ? 'is-quiet' : 'is-ok';
  // The indicator table's sticky headings sit just below the bar (calculator.css, --bar-h): its real
  // height, one line or two at any width, replaces the stylesheet's guess once the island runs.
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => root.setProperty('--bar-h', `${el.getBoundingClientRect().height}px`));
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.removeProperty('--bar-h');
    };
  }, []);
  return (
    <div class="total-bar" role="group" aria-label="得分汇总" ref={bar}>
      <div class="total" aria-live="polite" aria-atomic="true">
        <span class="total-label">
          总分<small>本站计算</small>
        </span>
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
      {selfTotal !== undefined && (
        <p class="total-self">
          {selfTerm}合计 <strong>{selfTotal ?? '—'}</strong>
          {selfNote && <span class="total-self-gap">（{selfNote}）</span>}
        </p>
      )}
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
      <p class={`total-status ${tone}`}>
        {summaryId && tone !== 'is-ok' ? (
          <a href={`#${summaryId}`} data-testid="total-status-link">
            {status}
          </a>
        ) : (
          status
        )}
      </p>
    </div>
  );
}
