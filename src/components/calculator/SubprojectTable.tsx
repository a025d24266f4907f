import type { DraftSubproject } from '../../forms/draft.ts';
import type { ListBlock } from '../../forms/layout.ts';
import { fieldId } from '../../forms/draft.ts';
import { FieldMessages } from './FieldMessage.tsx';
import type { ProblemMap } from './problems.ts';
import type { FieldMessage } from './scored.ts';
import { Field } from './TextField.tsx';

interface Props {
  /** The layout's list block: title and column labels. */
  block: ListBlock;
  rows: DraftSubproject[];
  /** Σ 实际金额 (R20), from the engine; `null` when there is nothing to add up. */
  sum: string | null;
  problems: ProblemMap;
  messages: ReadonlyMap<string, FieldMessage[]>;
  onChange: (index: number, key: 'name' | 'amount', value: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  onMove: (index: number, dir: -1 | 1) => void;
}

/** 项目资金构成: each 子项目 with its 实际金额（万元）, and their 合计, which should equal 实际支付数 (R20). */
export function SubprojectTable({ block, rows, sum, problems, messages, onChange, onAdd, onRemove, onMove }: Props) {
  // R20 reports on the whole list (`subprojects`): the 合计 is what is wrong.
  const sumProblem = problems.get('subprojects');
  return (
    <section class="form-block" aria-labelledby="h-subprojects" id={fieldId('subprojects')}>
      <h2 id="h-subprojects">{block.title}</h2>
      <p class="block-note">可从 Excel/WPS 选中几行（{block.nameLabel}、{block.amountLabel.replace(/（.*）$/, '')}），点一下起始格后粘贴；表头行和序号列会自动跳过，金额可带“万”或“万元”。</p>
      <div class="table-scroll">
        <table class="grid-table subproject-table" data-testid="subprojects">
          <colgroup>
            <col class="col-no" />
            <col />
            <col class="col-amount" />
            <col class="col-action" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">序号</th>
              <th scope="col">{block.nameLabel}</th>
              <th scope="col" class="num">{block.amountLabel}</th>
              <th scope="col">
                <span class="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={4} class="empty">
                  尚未填写{block.rowLabel}。
                </td>
              </tr>
            )}
            {rows.map((row, i) => (
              <tr key={row.key} id={fieldId(`subprojects/${i}`)}>
                <td class="num muted">{i + 1}</td>
                <td>
                  <Field
                    path={`subprojects/${i}/name`}
                    value={row.name}
                    ariaLabel={`第 ${i + 1} 个${block.rowLabel} ${block.nameLabel}`}
                    problems={problems}
                    messages={messages}
                    onChange={(v) => onChange(i, 'name', v)}
                  />
                </td>
                <td>
                  <Field
                    path={`subprojects/${i}/amount`}
                    value={row.amount}
                    inputMode="decimal"
                    className="num"
                    ariaLabel={`第 ${i + 1} 个${block.rowLabel} ${block.amountLabel}`}
                    problems={problems}
                    messages={messages}
                    onChange={(v) => onChange(i, 'amount', v)}
                  />
                </td>
                <td class="action-cell">
                  <span class="row-actions">
                    <button type="button" class="icon-button" aria-label={`上移第 ${i + 1} 个子项目`} disabled={i === 0} onClick={() => onMove(i, -1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      class="icon-button"
                      aria-label={`下移第 ${i + 1} 个子项目`}
                      disabled={i === rows.length - 1}
                      onClick={() => onMove(i, 1)}
                    >
                      ↓
                    </button>
                    <button type="button" class="icon-button" aria-label={`删除第 ${i + 1} 个子项目`} onClick={() => onRemove(i)}>
                      ×
                    </button>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td></td>
              <th scope="row">合计</th>
              <td class={sumProblem ? `num sum-cell has-${sumProblem}` : 'num sum-cell'} id={fieldId('subprojects/sum')}>
                {sum ?? '—'}
                <FieldMessages path="subprojects" messages={messages} />
              </td>
              <td></td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>
        <button type="button" class="small-button" onClick={onAdd}>
          ＋ 添加{block.rowLabel}
        </button>
      </p>
    </section>
  );
}
