import type { RuleSet } from '../../engine/rule-sets/rule-set.ts';
import { isBlankIndicator, isBlankSubproject, type Draft } from './draft.ts';
import { SEVERITY_LABEL, bySeverity } from './problems.ts';
import type { Scored } from './scored.ts';
import { gapWords } from '../report/self-score.ts';

interface Props {
  draft: Draft;
  scored: Scored;
  ruleSet: RuleSet;
}

const v = (s: string) => (s.trim() === '' ? '' : s);

/**
 * The form as the official table, for printing on A4 (hidden on screen; shown by the print
 * stylesheet in place of the editor): project, the two amount blocks, 项目资金构成, the indicator
 * table with 得分, the category subtotals and the 合计, then the checks. Black and white.
 */
export function PrintSheet({ draft, scored, ruleSet }: Props) {
  const { result, results, checks } = scored;
  const subs = draft.subprojects.filter((s) => !isBlankSubproject(s));
  const cats = ruleSet.categories.map((c) => ({
    cat: c,
    rows: draft.indicators.flatMap((row, index) => (row.category === c.id && !isBlankIndicator(row) ? [{ row, index }] : [])),
  }));
  const b = draft.budget;
  const f = draft.funds;
  const options = ruleSet.options.filter((o) => draft.options[o.key] !== undefined && draft.options[o.key] !== ruleSet.defaultOptions[o.key]);
  return (
    <section class="print-sheet" aria-hidden="true" data-testid="print-sheet">
      <h1 class="print-title">苏州市级财政支出项目绩效自评表</h1>
      <table class="print-table">
        <colgroup>
          <col class="p-c1" />
          <col class="p-c2" />
          <col class="p-c3" />
          <col class="p-c4" />
          <col class="p-c5" />
          <col class="p-c6" />
          <col class="p-c7" />
          <col class="p-c8" />
        </colgroup>
        <tbody>
          <tr>
            <th>项目名称</th>
            <td colSpan={4}>{v(draft.project.name)}</td>
            <th>项目年份</th>
            <td colSpan={2}>{v(draft.project.year)}</td>
          </tr>
          <tr>
            <th>项目主管部门（单位）</th>
            <td colSpan={7}>{v(draft.project.department)}</td>
          </tr>
          <tr>
            <th rowSpan={2}>市级预算执行情况（万元）</th>
            <th>年初预算数</th>
            <th colSpan={2}>当年使用上年结余、结转及当年调整预算数</th>
            <th colSpan={2}>财政拨款数</th>
            <th colSpan={2}>指标结余数</th>
          </tr>
          <tr>
            <td class="n">{v(b.initialBudget)}</td>
            <td class="n" colSpan={2}>
              {v(b.adjustment)}
            </td>
            <td class="n" colSpan={2}>
              {v(b.appropriation)}
            </td>
            <td class="n" colSpan={2}>
              {v(b.quotaBalance)}
            </td>
          </tr>
          <tr>
            <th rowSpan={2}>市级财政资金使用情况（万元）</th>
            <th>财政拨款数</th>
            <th>实际支付数</th>
            <th colSpan={2}>资金结余、结转数</th>
            <th colSpan={2}>其中：结转数</th>
            <th>财政收回数</th>
          </tr>
          <tr>
            <td class="n">{v(f.appropriation)}</td>
            <td class="n">{v(f.actualPayment)}</td>
            <td class="n" colSpan={2}>
              {v(f.balance)}
            </td>
            <td class="n" colSpan={2}>
              {v(f.carryover)}
            </td>
            <td class="n">{v(f.recovered)}</td>
          </tr>
          <tr>
            <th rowSpan={subs.length + 2}>项目资金构成（详细列出各子项目名称和金额）</th>
            <th colSpan={5}>子项目名称</th>
            <th colSpan={2}>实际金额（万元）</th>
          </tr>
          <tr>
            <td colSpan={5}>合计</td>
            <td class="n" colSpan={2}>
              {result?.derived.subprojectSum ?? ''}
            </td>
          </tr>
          {subs.map((s) => (
            <tr key={s.key}>
              <td colSpan={5}>{s.name}</td>
              <td class="n" colSpan={2}>
                {s.amount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* The indicators in a table of their own: its heading rows repeat on every printed page (thead). */}
      <table class="print-table print-indicators">
        <colgroup>
          <col class="p-c2" />
          <col class="p-c3" />
          <col class="p-c4" />
          <col class="p-c5" />
          <col class="p-c6" />
          <col class="p-c7" />
          <col class="p-c8" />
        </colgroup>
        <thead>
          <tr class="p-caption">
            <th colSpan={7}>项目绩效实现情况（{ruleSet.total} 分）</th>
          </tr>
          <tr class="p-head">
            <th>类别</th>
            <th>指标名称</th>
            <th>目标值</th>
            <th>权重</th>
            <th>实际完成值</th>
            <th>自评分</th>
            <th>得分（本站计算）</th>
          </tr>
        </thead>
        {cats.map(({ cat, rows }) => {
          const catResult = result?.categories[cat.id];
          const notes = rows.filter(({ row }) => row.note.trim() !== '').length;
          const catCell = (
            <th rowSpan={Math.max(rows.length, 1) + notes + 1}>
              {cat.label}目标
              <br />（{cat.total} 分）
            </th>
          );
          return (
            <tbody key={cat.id} class="p-cat">
              {rows.length === 0 ? (
                <tr>
                  {catCell}
                  <td colSpan={6} class="p-empty">
                    （无）
                  </td>
                </tr>
              ) : (
                rows.map(({ row, index }, n) => {
                  const r = results[index];
                  return [
                    <tr key={row.key}>
                      {n === 0 && catCell}
                      <td>{row.name}</td>
                      <td>{row.target}</td>
                      <td class="n">{row.weight.trim() !== '' ? row.weight : (r?.weight ?? '')}</td>
                      <td>{row.actual}</td>
                      <td class="n">{row.selfScore}</td>
                      <td class="n">
                        <strong>{r?.score ?? ''}</strong>
                      </td>
                    </tr>,
                    row.note.trim() !== '' && (
                      <tr key={`${row.key}-note`} class="p-note">
                        <td colSpan={6}>说明：{row.note}</td>
                      </tr>
                    ),
                  ];
                })
              )}
              <tr class="p-sub">
                <td colSpan={2}>{cat.label}小计</td>
                <td class="n">{catResult?.weightSum ?? ''}</td>
                <td></td>
                <td class="n">{scored.selfTotals?.categories[cat.id] ?? ''}</td>
                <td class="n">
                  <strong>{catResult?.score ?? ''}</strong>
                </td>
              </tr>
            </tbody>
          );
        })}
        <tbody>
          <tr class="p-total">
            <th colSpan={3}>合计</th>
            <td class="n">{scored.weightTotal ?? ''}</td>
            <td>{scored.selfTotals?.gap ? `自评分合计比本站计算${gapWords(scored.selfTotals.gap)} 分` : ''}</td>
            <td class="n">
              <strong data-testid="print-self-score-total">{scored.selfTotals?.total ?? ''}</strong>
            </td>
            <td class="n">
              <strong>{result ? result.total : '无法计分'}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <div class="print-checks">
        <h2>核对结果</h2>
        {!result ? (
          <p>表格有无法计分的内容：{scored.issues.map((i) => i.message).join('；')}</p>
        ) : checks.length === 0 ? (
          <p>没有发现问题：已填写的金额能勾稽，各类权重合计正确，自评分与计算得分一致。</p>
        ) : (
          <ol>
            {[...checks].sort(bySeverity).map((c, i) => (
              <li key={i}>
                【{SEVERITY_LABEL[c.severity]}】{c.message}
              </li>
            ))}
          </ol>
        )}
        {options.length > 0 && (
          <p>
            计分采用的非默认读法：
            {options
              .map((o) => `${o.label}：${o.values.find((x) => x.value === draft.options[o.key])?.label ?? String(draft.options[o.key])}`)
              .join('；')}
            。
          </p>
        )}
        <p class="print-foot">得分按{ruleSet.label}的计分规则和本站解读计算（苏州绩效自评助手），以财政部门的正式评价为准。</p>
      </div>
    </section>
  );
}
