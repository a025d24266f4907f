import { useState } from 'preact/hooks';
import type { CategoryRule } from '../../engine/rule-sets/rule-set.ts';
import type { CategoryResult, IndicatorResult } from '../../engine/result.ts';
import type { CategoryId, Check, ScoringOptions } from '../../engine/types.ts';
import { fieldId, type DraftIndicator, type IndicatorTextKey } from './draft.ts';
import { IndicatorRow } from './IndicatorRow.tsx';
import { FieldMessages } from './FieldMessage.tsx';
import type { FieldMessage } from './scored.ts';
import type { ProblemMap } from './problems.ts';
import type { SelfScoreTotals } from '../report/self-score.ts';

interface Props {
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
  max: string;
  /** Checks of each draft row (same index). */
  rowChecks: Check[][];
  problems: ProblemMap;
  messages: ReadonlyMap<string, FieldMessage[]>;
  ruleSetId: string;
  options: Partial<ScoringOptions>;
  onChange: (index: number, key: IndicatorTextKey, value: string) => void;
  onAdd: (category: CategoryId) => void;
  onRemove: (index: number) => void;
  onMove: (index: number, dir: -1 | 1) => void;
  /** Fills an empty 投入 category with the rule set's template (R3). */
  onInputTemplate: (() => void) | null;
}

/**
 * 项目绩效实现情况: the indicator table as on paper, grouped by category with the category's fixed
 * total, a subtotal row per category and the 合计 (R1, R16).
 */
export function IndicatorTable(props: Props) {
  const { indicators, categories, results, categoryResults, total, max, rowChecks, problems, messages } = props;
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
        项目绩效实现情况<span class="unit">（{max} 分）</span>
      </h2>
      <p class="block-note">
        点击得分可展开计算过程；权重留空时按该类总分平均分摊（格中灰字为分摊结果）。可从 Excel/WPS 选中几行几列（指标名称、目标值、权重、实际完成值、自评分），点一下起始格后粘贴。
      </p>
      <div class="table-scroll">
        <table class="grid-table indicator-table">
          <colgroup>
            <col class="col-category" />
            <col class="col-name" />
            <col class="col-value" />
            <col class="col-weight" />
            <col class="col-value" />
            <col class="col-weight" />
            <col class="col-score" />
            <col class="col-action" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">类别</th>
              <th scope="col">指标名称</th>
              <th scope="col">目标值</th>
              <th scope="col" class="num">权重</th>
              <th scope="col">实际完成值</th>
              <th scope="col" class="num">自评分</th>
              <th scope="col" class="num">得分</th>
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
                {cat.label}目标<span class="category-total">（{cat.total} 分）</span>
              </th>
            );
            return (
              <tbody key={cat.id} class={`category category-${cat.id}`}>
                {rows.length === 0 && (
                  <tr>
                    {categoryCell}
                    <td colSpan={7} class="empty">
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
                  <th scope="row" colSpan={2}>
                    {cat.label}小计
                    <FieldMessages path={catPath} messages={messages} />
                    <button type="button" class="small-button add-row" onClick={() => props.onAdd(cat.id)}>
                      ＋ 添加{cat.label}指标
                    </button>
                  </th>
                  <td class="num" data-label="权重合计">
                    {result ? <span class={catProblem === 'error' ? 'mismatch' : undefined}>{result.weightSum}</span> : '—'}
                  </td>
                  <td></td>
                  <td class="num" data-label={`${cat.label}自评分小计`}>
                    <span data-testid={`self-score-${cat.id}`}>{props.selfTotals?.categories[cat.id] ?? '—'}</span>
                  </td>
                  <td class="num" data-label={`${cat.label}得分`}>
                    <strong data-testid={`category-score-${cat.id}`}>{result ? result.score : '—'}</strong>
                    <span class="muted"> / {cat.total}</span>
                  </td>
                  <td></td>
                </tr>
              </tbody>
            );
          })}
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                合计
              </th>
              <td class="num" data-label="权重合计">
                {props.weightTotal ?? '—'}
              </td>
              <td></td>
              <td class="num" data-label="自评分合计">
                <strong data-testid="self-score-total">{props.selfTotals?.total ?? '—'}</strong>
              </td>
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
