import { suzhou2017, type Check, type Form, type FormResult, type IndicatorResult } from '../../engine/index.ts';
import { ReadingText } from '../ReadingText.tsx';
import { gapWords, selfScoreTotals } from './self-score.ts';

/**
 * A whole explained report of a scored form: project, budget tables with their identities, every
 * indicator (weight, ratio, score, summary and the engine's explanation steps), checks, subtotals
 * and total. Presentational only: it renders what `scoreForm` returned and computes nothing, so
 * it can be rendered statically by Astro (no JS shipped) or inside a client island.
 */
interface Props {
  form: Form;
  result: FormResult;
  /** Prefix for element ids, unique on the page. */
  id?: string;
  /** Each row's calculation steps start collapsed under its one-line summary (the shared report on a phone). */
  collapsed?: boolean;
}

const SEVERITY: Record<Check['severity'], string> = { error: '错误', warning: '提醒', info: '说明' };

function money(v: string | number | undefined | null): string {
  return v === undefined || v === null || v === '' ? '—' : String(v);
}

/** A derived figure next to the written one: “= 0.00 ✓” or “应为 0.00”. */
function Derived({ written, derived }: { written: string | number | undefined; derived: string | null }) {
  if (derived === null) return <span class="rp-derived">—</span>;
  const same = written !== undefined && written !== '' && Number(written) === Number(derived);
  return <span class={`rp-derived ${same ? 'ok' : 'bad'}`}>{same ? `按公式 ${derived}，一致` : `按公式应为 ${derived}`}</span>;
}

function IndicatorRows({ r, id, collapsed }: { r: IndicatorResult; id: string; collapsed: boolean }) {
  const gap = r.selfScoreGap;
  return (
    <>
      <tr class={gap ? 'rp-row rp-has-gap' : 'rp-row'} id={`${id}-ind-${r.index}`} data-index={r.index} data-score={r.score}>
        <th scope="row" class="rp-name">{r.name}</th>
        <td data-label="目标值">{r.target}</td>
        <td class="n" data-label="权重">{r.weight}</td>
        <td data-label="实际完成值">{r.actual || '（空）'}</td>
        <td class="n" data-label="完成率">{r.ratio === null ? '—' : `${r.ratio}%`}</td>
        <td class="n rp-score" data-label="本站得分">
          <strong>{r.score}</strong>
        </td>
        <td class="n" data-label="自评分">
          {r.selfScore ?? '—'}
          {gap && (
            <span class="rp-gap-mark" data-testid="report-row-gap">
              {' '}
              ≠ 比本站{gapWords(gap)}
            </span>
          )}
        </td>
      </tr>
      <tr class="rp-explain">
        <td colSpan={7}>
          <details open={!collapsed}>
            <summary class="rp-summary">{r.summary}</summary>
            <ol class="rp-steps">
              {r.explanation.map((s, i) => (
                <li key={i}>
                  <ReadingText text={s} />
                </li>
              ))}
            </ol>
          </details>
        </td>
      </tr>
    </>
  );
}

export function Report({ form, result, id = 'report', collapsed = false }: Props) {
  const self = selfScoreTotals(result.indicators, result.total);
  const b = form.budget ?? {};
  const f = form.funds ?? {};
  const d = result.derived;
  const subs = form.subprojects ?? [];
  const optionLines = suzhou2017.options.map((o) => {
    const v = result.options[o.key];
    const label = o.values.find((x) => x.value === v)?.label ?? String(v);
    return { key: o.key, text: `${o.label}：${label}`, isDefault: suzhou2017.defaultOptions[o.key] === v };
  });
  return (
    <div class="report" id={id}>
      <section aria-labelledby={`${id}-project`}>
        <h2 id={`${id}-project`}>项目</h2>
        <dl class="rp-project">
          <div>
            <dt>项目名称</dt>
            <dd>{form.project?.name ?? '—'}</dd>
          </div>
          <div>
            <dt>项目年份</dt>
            <dd>{form.project?.year ?? '—'}</dd>
          </div>
          <div>
            <dt>项目主管部门（单位）</dt>
            <dd>{form.project?.department ?? '—'}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby={`${id}-budget`}>
        <h2 id={`${id}-budget`}>预算与资金（万元）</h2>
        {/* Scrolls sideways on a narrow screen: focusable, so it scrolls from the keyboard too. */}
        <div class="table-wrap" tabIndex={0} role="region" aria-label="市级预算执行情况（可左右滚动）">
          <table class="rp-table">
            <caption>市级预算执行情况</caption>
            <thead>
              <tr>
                <th scope="col">年初预算数</th>
                <th scope="col">当年使用上年结余、结转及当年调整预算数</th>
                <th scope="col">财政拨款数</th>
                <th scope="col">指标结余数</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td class="n">{money(b.initialBudget)}</td>
                <td class="n">{money(b.adjustment)}</td>
                <td class="n">{money(b.appropriation)}</td>
                <td class="n">
                  {money(b.quotaBalance)}
                  <br />
                  <Derived written={b.quotaBalance} derived={d.quotaBalance} />
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="市级财政资金使用情况（可左右滚动）">
          <table class="rp-table">
            <caption>市级财政资金使用情况</caption>
            <thead>
              <tr>
                <th scope="col">财政拨款数</th>
                <th scope="col">实际支付数</th>
                <th scope="col">资金结余、结转数</th>
                <th scope="col">其中：结转数</th>
                <th scope="col">财政收回数</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td class="n">{money(f.appropriation)}</td>
                <td class="n">{money(f.actualPayment)}</td>
                <td class="n">
                  {money(f.balance)}
                  <br />
                  <Derived written={f.balance} derived={d.balance} />
                </td>
                <td class="n" colSpan={2}>
                  {money(f.carryover)} + {money(f.recovered)}
                  <br />
                  <Derived written={f.balance} derived={d.carryoverPlusRecovered} />
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        {d.executionRate !== null && (
          <p class="rp-rate">
            预算执行率 = 实际支付数 ÷ 财政拨款数 = <strong data-testid="execution-rate">{d.executionRate}%</strong>
          </p>
        )}
        {subs.length > 0 && (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="项目资金构成（可左右滚动）">
            <table class="rp-table">
              <caption>项目资金构成（子项目）</caption>
              <thead>
                <tr>
                  <th scope="col">子项目名称</th>
                  <th scope="col">实际金额（万元）</th>
                </tr>
              </thead>
              <tbody>
                {subs.map((s, i) => (
                  <tr key={i}>
                    <td>{s.name}</td>
                    <td class="n">{money(s.amount)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">合计</th>
                  <td class="n">
                    {d.subprojectSum ?? '—'}
                    <br />
                    <Derived written={f.actualPayment} derived={d.subprojectSum} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby={`${id}-indicators`}>
        <h2 id={`${id}-indicators`}>项目绩效实现情况（{suzhou2017.total} 分）</h2>
        <div class="table-wrap" tabIndex={0} role="region" aria-label="项目绩效实现情况（可左右滚动）">
          <table class="rp-table rp-indicators">
            <thead>
              <tr>
                <th scope="col">指标名称</th>
                <th scope="col">目标值</th>
                <th scope="col" class="n">权重</th>
                <th scope="col">实际完成值</th>
                <th scope="col" class="n">完成率</th>
                <th scope="col" class="n">
                  得分<small class="site-calc">本站计算</small>
                </th>
                <th scope="col" class="n">自评分</th>
              </tr>
            </thead>
            {suzhou2017.categories.map((c) => {
              const cat = result.categories[c.id];
              const rows = result.indicators.filter((r) => r.category === c.id);
              return (
                <tbody key={c.id} data-category={c.id}>
                  <tr class="rp-cat">
                    <th scope="rowgroup" colSpan={5}>
                      {c.label}目标（{c.total} 分）
                    </th>
                    <td class="n" data-label="本站小计" data-testid={`report-category-${c.id}`}>
                      <strong>{cat?.score}</strong>
                    </td>
                    <td class="n" data-label="自评分小计">
                      {self.categories[c.id] ?? '—'}
                    </td>
                  </tr>
                  {rows.map((r) => (
                    <IndicatorRows key={r.index} r={r} id={id} collapsed={collapsed} />
                  ))}
                </tbody>
              );
            })}
            <tfoot>
              <tr class="rp-total">
                <th scope="row" colSpan={5}>
                  合计
                </th>
                <td class="n" data-label="本站计算">
                  <strong data-testid="report-total">{result.total}</strong> / {Number(result.max)}
                </td>
                <td class="n" data-label="自评分合计">
                  <strong data-testid="self-score-total">{self.total ?? '—'}</strong>
                </td>
              </tr>
              {self.gap && (
                <tr class="rp-total-gap">
                  <td colSpan={7}>
                    自评分合计 {self.total} 比本站计算的 {result.total} {gapWords(self.gap)} 分（逐项差异见标有 ≠ 的行）。
                  </td>
                </tr>
              )}
            </tfoot>
          </table>
        </div>
      </section>

      <section aria-labelledby={`${id}-checks`}>
        <h2 id={`${id}-checks`}>核对结果</h2>
        {result.checks.length === 0 ? (
          <p>没有发现问题：金额勾稽一致，权重合计正确，每项都能计分，自评分与计算结果一致。</p>
        ) : (
          <ul class="rp-checks">
            {result.checks.map((c, i) => (
              <li key={i} class={`sev-${c.severity}`} data-code={c.code}>
                <span class="badge">{SEVERITY[c.severity]}</span> {c.message} <span class="check-code">（核对代码 <code>{c.code}</code>）</span>
              </li>
            ))}
          </ul>
        )}
        <h3>计分时采用的读法</h3>
        <ul class="rp-options">
          {optionLines.map((o) => (
            <li key={o.key}>
              {o.text}
              {o.isDefault ? '' : '（非默认）'}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export default Report;
