import { useState } from 'preact/hooks';
import type { CategoryRule } from '../../engine/rule-sets/rule-set.ts';
import type { CategoryResult, IndicatorResult } from '../../engine/result.ts';
import type { CategoryId, Check, ScoringOptions } from '../../engine/types.ts';
import { fieldId, type DraftIndicator, type IndicatorTextKey } from '../../forms/draft.ts';
import type { IndicatorsBlock } from '../../forms/layout.ts';
import type { TierView } from '../../forms/view.ts';
import { IndicatorRow } from './IndicatorRow.tsx';
import { FieldMessages } from './FieldMessage.tsx';
import type { FieldMessage } from './scored.ts';
import type { ProblemMap } from './problems.ts';
import type { SelfScoreTotals } from '../report/self-score.ts';

interface Props {
  /** The layout's indicator block: title, columns, labels. */
  block: IndicatorsBlock;
  /** The rule set's qualitative tiers (C11), offered on qualitative rows; none for Suzhou's grades. */
  tiers: TierView[] | null;
  indicators: DraftIndicator[];
  categories: CategoryRule[];
  /** Result of each draft row (same index), `null` for blank rows or an invalid form. */
  results: (IndicatorResult | null)[];
  categoryResults: Record<CategoryId, CategoryResult> | null;
  total: string | null;
  /** Σ of the weights used, 2 decimals. */
  weightTotal: string | null;
  /** 自评分 小计 and 合计 (the form's own totals), shown beside the site's. */
  selfTotals: SelfScoreTotals | null;
  /** The form's full marks (80, 100), shown after the 合计. */
  max: string;
  /** The indicator table's own points for its heading (forms/view.ts indicatorPoints: 90 on the central form). */
  points: string;
  /** Checks of each draft row (same index). */
  rowChecks: Check[][];
  problems: ProblemMap;
  messages: ReadonlyMap<string, FieldMessage[]>;
  ruleSetId: string;
  options: Partial<ScoringOptions> | Record<string, string>;
  onChange: (index: number, key: IndicatorTextKey, value: string) => void;
  onAdd: (category: CategoryId) => void;
  onRemove: (index: number) => void;
  onMove: (index: number, dir: -1 | 1) => void;
  /** Fills an empty 投入 category with the rule set's template (R3). */
  onInputTemplate: (() => void) | null;
}

/**
 * The indicator table of any layout as on paper (项目绩效实现情况, 绩效指标): grouped by category with
 * the category's total, the layout's columns, a subtotal row per category and the 合计 (R1, R16, C1).
 */
export function IndicatorTable(props: Props) {
  const { block, indicators, categories, results, categoryResults, total, max, points, rowChecks, problems, messages } = props;
  const columns = block.screen.map((key) => block.fields.find((f) => f.key === key)!);
  const label = (key: IndicatorTextKey) => block.fields.find((f) => f.key === key)?.label ?? key;
  // Columns before and after 权重/分值, for the subtotal and total rows.
  const before = block.screen.indexOf('weight');
  const after = block.screen.length - before - 1;
  // Between 权重/分值 and the self-score column, and after it (the self-score subtotal sits in its own column).
  const selfAt = block.screen.indexOf('selfScore');
  const mid = selfAt - before - 1;
  const tail = after - mid - 1;
  const width = block.screen.length + 3;
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const toggle = (key: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <section class="form-block" aria-labelledby="h-indicators" id={fieldId('indicators')}>
      <h2 id="h-indicators">
        {block.title}
        <span class="unit">（{points} 分）</span>
      </h2>
      <p class="block-note">{block.note}</p>
      {block.level2Options && (
        <datalist id="level2-options">
          {block.level2Options.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      )}
      <div class="table-scroll">
        <table class={`grid-table indicator-table indicator-table-${block.screen.length}`}>
          <colgroup>
            <col class="col-category" />
            {columns.map((c) => (
              <col key={c.key} class={`col-${c.key}`} />
            ))}
            <col class="col-score" />
            <col class="col-action" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{block.categoryLabel}</th>
              {columns.map((c) => (
                <th scope="col" key={c.key} class={c.kind === 'weight' || c.kind === 'selfScore' ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
              <th scope="col" class="num">
                {block.scoreLabel}
              </th>
              <th scope="col">
                <span class="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          {categories.map((cat) => {
            const rows = indicators.flatMap((row, index) => (row.category === cat.id ? [{ row, index }] : []));
            const openCount = rows.filter(({ row }) => expanded.has(row.key)).length;
            const msgCount = rows.filter(({ index }) => rowHasMessages(messages, index)).length;
            const span = Math.max(rows.length, 1) + openCount + msgCount + 1;
            const result = categoryResults?.[cat.id] ?? null;
            const catPath = `categories/${cat.id}`;
            const catProblem = problems.get(catPath);
            const categoryCell = (
              <th scope="rowgroup" rowSpan={span} class={catProblem ? `category-cell has-${catProblem}` : 'category-cell'} id={fieldId(catPath)}>
                {cat.label}
                {block.categorySuffix}
                <span class="category-total">（{result?.max != null ? Number(result.max) : cat.total} 分）</span>
              </th>
            );
            return (
              <tbody key={cat.id} class={`category category-${cat.id}`}>
                {rows.length === 0 && (
                  <tr>
                    {categoryCell}
                    <td colSpan={width - 1} class="empty">
                      尚无{cat.label}类指标。
                      {cat.id === 'input' && props.onInputTemplate && (
                        <button type="button" class="small-button" onClick={props.onInputTemplate}>
                          填入 2017 年“投入”类共性指标
                        </button>
                      )}
                    </td>
                  </tr>
                )}
                {rows.map(({ row, index }, n) => (
                  <IndicatorRow
                    key={row.key}
                    row={row}
                    index={index}
                    number={n + 1}
                    categoryLabel={cat.label}
                    block={block}
                    tiers={props.tiers}
                    width={width}
                    categoryCell={n === 0 ? categoryCell : null}
                    result={results[index] ?? null}
                    checks={rowChecks[index] ?? []}
                    problems={problems}
                    messages={messages}
                    first={n === 0}
                    last={n === rows.length - 1}
                    ruleSetId={props.ruleSetId}
                    options={props.options}
                    expanded={expanded.has(row.key)}
                    onToggle={() => toggle(row.key)}
                    onChange={(key, value) => props.onChange(index, key, value)}
                    onRemove={() => props.onRemove(index)}
                    onMove={(dir) => props.onMove(index, dir)}
                  />
                ))}
                <tr class="subtotal-row">
                  <th scope="row" colSpan={before}>
                    {cat.label}小计
                    <FieldMessages path={catPath} messages={messages} />
                    <button type="button" class="small-button add-row" onClick={() => props.onAdd(cat.id)}>
                      ＋ 添加{cat.label.endsWith('指标') ? cat.label : `${cat.label}指标`}
                    </button>
                  </th>
                  <td class="num" data-label={`${label('weight')}合计`}>
                    {result ? <span class={catProblem === 'error' ? 'mismatch' : undefined}>{result.weightSum}</span> : '—'}
                  </td>
                  {mid > 0 && <td colSpan={mid}></td>}
                  <td class="num" data-label={`${cat.label}${label('selfScore')}小计`}>
                    <span data-testid={`self-score-${cat.id}`}>{props.selfTotals?.categories[cat.id] ?? '—'}</span>
                  </td>
                  {tail > 0 && <td colSpan={tail}></td>}
                  <td class="num" data-label={`${cat.label}得分`}>
                    <strong data-testid={`category-score-${cat.id}`}>{result ? result.score : '—'}</strong>
                    <span class="muted"> / {result?.max != null ? Number(result.max) : cat.total}</span>
                  </td>
                  <td></td>
                </tr>
              </tbody>
            );
          })}
          <tfoot>
            <tr>
              <th scope="row" colSpan={before + 1}>
                合计
              </th>
              <td class="num" data-label={`${label('weight')}合计`}>
                {props.weightTotal ?? '—'}
              </td>
              {mid > 0 && <td colSpan={mid}></td>}
              <td class="num" data-label={`${label('selfScore')}合计`}>
                <strong data-testid="self-score-total">{props.selfTotals?.total ?? '—'}</strong>
              </td>
              {tail > 0 && <td colSpan={tail}></td>}
              <td class="num" data-label="本站计算总分">
                <strong data-testid="table-total">{total ?? '—'}</strong>
                <span class="muted"> / {max}</span>
                <small class="site-calc">本站计算</small>
              </td>
              <td></td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

/** Whether a row has messages to show under it (IndicatorRow renders them in a row of their own). */
export function rowHasMessages(messages: ReadonlyMap<string, FieldMessage[]>, index: number): boolean {
  const prefix = `indicators/${index}`;
  for (const path of messages.keys()) if (path === prefix || path.startsWith(`${prefix}/`)) return true;
  return false;
}
