import type { DraftSubproject } from './draft.ts';
import { fieldId } from './draft.ts';
import type { ProblemMap } from './problems.ts';
import { TextField } from './TextField.tsx';

interface Props {
  rows: DraftSubproject[];
  /** Σ 实际金额 (R20), from the engine; `null` when there is nothing to add up. */
  sum: string | null;
  problems: ProblemMap;
  onChange: (index: number, key: 'name' | 'amount', value: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

/** 项目资金构成: each 子项目 with its 实际金额（万元）, and their 合计, which should equal 实际支付数 (R20). */
export function SubprojectTable({ rows, sum, problems, onChange, onAdd, onRemove }: Props) {
  // R20 reports on the whole list (`subprojects`): the 合计 is what is wrong.
  const sumProblem = problems.get('subprojects');
  return (
    <section class="form-block" aria-labelledby="h-subprojects" id={fieldId('subprojects')}>
      <h2 id="h-subprojects">项目资金构成</h2>
      <div class="table-scroll">
        <table class="grid-table subproject-table">
          <colgroup>
            <col class="col-no" />
            <col />
            <col class="col-amount" />
            <col class="col-action" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">序号</th>
              <th scope="col">子项目名称</th>
              <th scope="col" class="num">实际金额（万元）</th>
              <th scope="col">
                <span class="visually-hidden">操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={4} class="empty">
                  尚未填写子项目。
                </td>
              </tr>
            )}
            {rows.map((row, i) => (
              <tr key={row.key} id={fieldId(`subprojects/${i}`)}>
                <td class="num muted">{i + 1}</td>
                <td>
                  <TextField
                    path={`subprojects/${i}/name`}
                    value={row.name}
                    ariaLabel={`第 ${i + 1} 个子项目 子项目名称`}
                    problem={problems.get(`subprojects/${i}/name`)}
                    onChange={(v) => onChange(i, 'name', v)}
                  />
                </td>
                <td>
                  <TextField
                    path={`subprojects/${i}/amount`}
                    value={row.amount}
                    inputMode="decimal"
                    className="num"
                    ariaLabel={`第 ${i + 1} 个子项目 实际金额（万元）`}
                    problem={problems.get(`subprojects/${i}/amount`)}
                    onChange={(v) => onChange(i, 'amount', v)}
                  />
                </td>
                <td>
                  <button type="button" class="icon-button" aria-label={`删除第 ${i + 1} 个子项目`} onClick={() => onRemove(i)}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td></td>
              <th scope="row">合计</th>
              <td class={sumProblem ? `num sum-cell has-${sumProblem}` : 'num sum-cell'}>
                {sum ?? '—'}
              </td>
              <td></td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p>
        <button type="button" class="small-button" onClick={onAdd}>
          ＋ 添加子项目
        </button>
      </p>
    </section>
  );
}
