import { fieldId } from '../../forms/draft.ts';
import type { MoneyTableBlock } from '../../forms/layout.ts';
import type { ExecutionResult } from '../../engine/result.ts';
import type { ResultView } from '../../forms/view.ts';
import type { ProblemMap } from './problems.ts';
import type { FieldMessage } from './scored.ts';
import { AmountSection } from './AmountSection.tsx';
import { Field } from './TextField.tsx';
import { useState } from 'preact/hooks';
import { useSentences } from './sentences-loader.ts';

interface Props {
  block: MoneyTableBlock;
  /** The draft's single cells by form-file path. */
  fields: Record<string, string>;
  /** The scored row's result (rate, score, weight, explanation), once scored. */
  execution: ResultView['execution'] | null;
  /** The scored row's subtotal as the result gives it (its score and max). */
  part: { score: string; max: string } | null;
  problems: ProblemMap;
  messages: ReadonlyMap<string, FieldMessage[]>;
  onChange: (path: string, value: string) => void;
  /** The column key the 执行率 divides by under the form's options (C5), for the hint's `{base}`. */
  baseColumn: string | null;
}

/**
 * A table of amounts of any layout (the central 项目资金 table, C5): rows × columns of amounts, and
 * on the first (total) row its 分值, the computed 执行率 beside the printed one, and the computed
 * 得分 beside the one written on the form (C6, C13), with the steps behind a disclosure.
 */
export function MoneyTable({ block, fields, execution, part, problems, messages, onChange, baseColumn }: Props) {
  const base = block.columns.find((c) => c.key === (execution?.baseColumn ?? baseColumn))?.label ?? '预算数';
  const { weight, rate, selfScore } = block.scored;
  const cell = (path: string, label: string, numeric = true, placeholder?: string) => (
    <Field
      path={path}
      value={fields[path] ?? ''}
      inputMode={numeric ? 'decimal' : 'text'}
      className="num"
      ariaLabel={label}
      placeholder={placeholder}
      problems={problems}
      messages={messages}
      onChange={(v) => onChange(path, v)}
    />
  );
  const total = block.rows[0]!;
  return (
    <AmountSection id={block.id} title={block.title} unit={block.unit}>
      <div class="table-scroll">
        <table class="grid-table money-table">
          <thead>
            <tr>
              <th scope="col">{block.title}</th>
              {block.columns.map((c) => (
                <th scope="col" class="num" key={c.key}>
                  {c.label}
                </th>
              ))}
              <th scope="col" class="num">
                {weight.label}
              </th>
              <th scope="col" class="num">
                {rate.short ?? rate.label}
              </th>
              <th scope="col" class="num">
                得分
              </th>
            </tr>
          </thead>
          <tbody>
            {block.rows.map((r, i) => (
              <tr key={r.key} id={fieldId(`${block.prefix}/${r.key}`)} class={r.sub ? 'sub-row' : undefined}>
                <th scope="row" class={r.sub ? 'sub' : undefined}>
                  {r.label}
                </th>
                {block.columns.map((c) => (
                  <td key={c.key} data-label={c.label}>
                    {cell(`${block.prefix}/${r.key}/${c.key}`, `${r.label.replace(/^其中：/, '')} ${c.label}`)}
                  </td>
                ))}
                {i === 0 ? (
                  <>
                    <td data-label={weight.label} class="weight-cell">
                      {cell(weight.path, `${total.label} ${weight.label}`, true, execution?.weight)}
                    </td>
                    <td data-label={rate.short ?? rate.label}>
                      <span class="computed" data-testid="execution-rate">
                        {execution?.rate != null ? `${execution.rate}%` : '—'}
                      </span>
                      {cell(rate.path, `${total.label} ${rate.label}`, false, '表上所填')}
                    </td>
                    <td data-label="得分" class="score-cell">
                      <strong data-testid={`category-score-${block.category}`}>{part?.score ?? execution?.score ?? '—'}</strong>
                      <span class="muted"> / {part?.max ?? execution?.weight ?? (fields[weight.path] || '—')}</span>
                      {cell(selfScore.path, `${total.label} ${selfScore.label}`, true, '表上所填')}
                    </td>
                  </>
                ) : (
                  <td colSpan={3} class="muted na-cell" aria-label="不计分">
                    —
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {block.note && <p class="block-note" data-testid="money-table-note">{block.note.replaceAll('{base}', base)}</p>}
      {execution && execution.steps.length > 0 && <ExecutionSteps execution={execution} />}
    </AmountSection>
  );
}

/**
 * The 预算执行率 row's steps behind a disclosure; the sentences load when it is first opened
 * (Sentences.tsx, issue 13).
 */
function ExecutionSteps({ execution }: { execution: ExecutionResult }) {
  const [open, setOpen] = useState(false);
  const sentences = useSentences(open);
  return (
    <details class="execution-steps" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{execution.rate === null ? '执行率得分的计算过程' : `执行率 ${execution.rate}%，得 ${execution.score}：计算过程`}</summary>
      {sentences.module ? (
        <sentences.module.ExecutionSentences execution={execution} />
      ) : sentences.failed ? (
        <p class="explanation-summary" role="alert">
          计算过程没有载入（网络可能已断开）：请收起后再展开重试。
        </p>
      ) : (
        <p class="explanation-summary" aria-busy={open}>
          正在载入计算过程…
        </p>
      )}
    </details>
  );
}
