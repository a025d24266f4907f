import type { Check, Form, FormResult, IndicatorResult } from '../../engine/index.ts';
import { explainSteps, summarize, summarizeExecution } from '../../engine/explain.ts';
// A shared form may be of any form: the report brings every rule set (all.ts installs them).
import { anyRuleSet, defaultRuleSet } from '../../engine/rule-sets/all.ts';
import { installExplainer } from '../../engine/sentences.ts';
import { ReadingSteps } from '../ReadingText.tsx';
import { anyLayout } from '../../forms/all.ts';
import { getPath, indicatorBlock, type MoneyBlock, type MoneyTableBlock } from '../../forms/layout.ts';
import { indicatorPoints, indicatorView, resultView, ruleSetView, tierHint, type TierView } from '../../forms/view.ts';
import { gapWords, selfScoreTotals } from './self-score.ts';
import { selfTotalSentence } from './self-total-sentence.ts';
// One word per severity everywhere: the shared report says what the editor and the printed sheet say.
import { SEVERITY_LABEL } from '../calculator/problems.ts';

// The report shows every row's summary and steps: it brings the engine's sentences with it.
installExplainer({ explainSteps, summarize, summarizeExecution });

/**
 * A whole explained report of a scored form, laid out by its form's layout (forms/): project, the
 * amount blocks with their identities (or the funds table with the execution score), every
 * indicator (weight, ratio, score, summary and the engine's explanation steps), checks, subtotals,
 * total and grade. Presentational only: it renders what `scoreForm` returned and computes nothing, so
 * it can be rendered statically by Astro (no JS shipped) or inside a client island.
 */
interface Props {
  form: Form;
  result: FormResult;
  /** Prefix for element ids, unique on the page. */
  id?: string;
  /** Each row's calculation steps start collapsed under its one-line summary (the shared report on a phone). */
  collapsed?: boolean;
  /**
   * The amounts blocks are labelled pairs on a phone (docs.css `table.stack`, their column headers
   * hidden only visually): the guide's example pages, which load docs.css. Off (ordinary tables) in
   * the shared report.
   */
  stackAmounts?: boolean;
}

function money(v: string | number | undefined | null): string {
  return v === undefined || v === null || v === '' ? '—' : String(v);
}

/** A derived figure next to the written one: “= 0.00 ✓” or “应为 0.00”. */
function Derived({ written, derived }: { written: string | number | undefined; derived: string | null }) {
  if (derived === null) return <span class="rp-derived">—</span>;
  const same = written !== undefined && written !== '' && Number(written) === Number(derived);
  return <span class={`rp-derived ${same ? 'ok' : 'bad'}`}>{same ? `按公式 ${derived}，一致` : `按公式应为 ${derived}`}</span>;
}

function IndicatorRows({ r, id, collapsed, note, noteLabel, label, tiers }: { r: IndicatorResult; id: string; collapsed: boolean; note?: string | undefined; noteLabel: string; label: (key: string) => string; tiers: TierView[] | undefined }) {
  const gap = r.selfScoreGap;
  const view = indicatorView(r);
  return (
    <>
      <tr class={gap ? 'rp-row rp-has-gap' : 'rp-row'} id={`${id}-ind-${r.index}`} data-index={r.index} data-score={r.score}>
        <th scope="row" class="rp-name">
          {view.level2 ? <span class="rp-level2">{view.level2}：</span> : null}
          {r.name}
        </th>
        <td data-label={label('target')}>{r.target}</td>
        <td class="n" data-label={label('weight')}>{r.weight}</td>
        <td data-label={label('actual')}>{r.actual || '（空）'}</td>
        <td class="n" data-label="完成率">{r.ratio === null ? '—' : `${r.ratio}%`}</td>
        <td class="n rp-score" data-label="本站得分">
          <strong>{r.score}</strong>
        </td>
        <td class="n" data-label={label('selfScore')}>
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
            {view.band && <p class="rp-band">{tierHint(view, tiers)}</p>}
            <ReadingSteps sentences={r.explanation} class="rp-steps" />
            {note && note.trim() !== '' && (
              <p class="rp-note">
                {noteLabel}：{note}
              </p>
            )}
          </details>
        </td>
      </tr>
    </>
  );
}

/** A block of amounts in one row, with the identities its hints state (R18, R19) and its rate (R21). */
function MoneyRows({ block, form, derived, stack }: { block: MoneyBlock; form: Form; derived: Record<string, string | null>; stack: boolean }) {
  const rate = block.rate ? derived[block.rate.derived] : null;
  return (
    <>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={`${block.title}（可左右滚动）`}>
        <table class={stack ? 'rp-table stack stack-2' : 'rp-table'}>
          <caption>{block.title}</caption>
          <thead class={stack ? 'visually-hidden-narrow' : undefined}>
            <tr>
              {block.fields.map((f) => (
                <th scope="col" key={f.path}>
                  {f.label.replace(/（“二下”数）$/, '')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {block.fields.map((f) => {
                const lines = (block.hints ?? []).filter((h) => h.path === f.path);
                return (
                  <td class="n" key={f.path} data-label={f.label.replace(/（“二下”数）$/, '')}>
                    {money(getPath(form, f.path) as string | undefined)}
                    {lines.flatMap((h) =>
                      h.lines.flatMap((l, i) =>
                        l.derived
                          ? [
                              <span key={i}>
                                <br />
                                <Derived written={getPath(form, h.path) as string | number | undefined} derived={derived[l.derived] ?? null} />
                              </span>,
                            ]
                          : [],
                      ),
                    )}
                  </td>
                );
              })}
            </tr>
          </tbody>
        </table>
      </div>
      {block.rate && rate != null && (
        <p class="rp-rate">
          {block.rate.text}
          <strong data-testid="execution-rate">{rate}%</strong>
        </p>
      )}
    </>
  );
}

/** The central funds table (C5) and the execution row's rate and score (C6). */
function MoneyTableRows({ block, form, result, id }: { block: MoneyTableBlock; form: Form; result: FormResult; id: string }) {
  const execution = resultView(result).execution;
  const part = (result.categories as Record<string, { score: string; max: string }>)[block.category];
  // The column the rate divides by, as the option chose it (C5: 全年预算数 or 年初预算数).
  const base = block.columns.find((c) => c.key === execution?.baseColumn)?.label ?? '预算数';
  return (
    <>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={`${block.title}（可左右滚动）`}>
        <table class="rp-table">
          <caption>{block.title}（{block.unit}）</caption>
          <thead>
            <tr>
              <th scope="col">{block.title}</th>
              {block.columns.map((c) => (
                <th scope="col" key={c.key}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {block.columns.map((c) => (
                  <td class="n" key={c.key}>
                    {money(getPath(form, `${block.prefix}/${r.key}/${c.key}`) as string | undefined)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p class="rp-rate" id={`${id}-execution`}>
        执行率 = 全年执行数 ÷ {base} = <strong data-testid="execution-rate">{execution?.rate != null ? `${execution.rate}%` : '—'}</strong>；得分{' '}
        <strong data-testid={`report-category-${block.category}`}>{part?.score ?? execution?.score ?? '—'}</strong> / {part ? Number(part.max) : (execution?.weight ?? '—')}
      </p>
      {execution && (
        <>
          {execution.summary && <p class="rp-summary">{execution.summary}</p>}
          <ReadingSteps sentences={execution.explanation} class="rp-steps" />
        </>
      )}
    </>
  );
}

export function Report({ form, result, id = 'report', collapsed = false, stackAmounts = false }: Props) {
  const self = selfScoreTotals(result.indicators, result.total, result.execution);
  const ruleSet = anyRuleSet(form.ruleSet) ?? defaultRuleSet;
  const selfSentence = selfTotalSentence(self, result.total, ruleSet.selfScoreTerm);
  const layout = anyLayout(ruleSet.id);
  const block = indicatorBlock(layout);
  const label = (key: string) => block.fields.find((f) => f.key === key)?.label ?? key;
  const derived = (result.derived ?? {}) as unknown as Record<string, string | null>;
  const subs = form.subprojects ?? [];
  const defaults = ruleSet.defaultOptions as unknown as Record<string, string>;
  const used = result.options as unknown as Record<string, string>;
  const optionLines = ruleSet.options.map((o) => {
    const v = used[o.key];
    const text = o.values.find((x) => x.value === v)?.label ?? String(v);
    return { key: o.key, text: `${o.label}：${text}`, isDefault: defaults[o.key] === v };
  });
  const fieldBlocks = layout.blocks.flatMap((b) => (b.kind === 'fields' ? [b] : []));
  const grade = resultView(result).grade;
  return (
    <div class="report" id={id}>
      <section aria-labelledby={`${id}-project`}>
        <h2 id={`${id}-project`}>项目</h2>
        <dl class="rp-project">
          {fieldBlocks.flatMap((b) =>
            b.fields.map((f) => (
              <div key={f.path} class={f.kind === 'note' ? 'rp-wide' : undefined}>
                <dt>{f.label}</dt>
                <dd>{money(getPath(form, f.path) as string | undefined)}</dd>
              </div>
            )),
          )}
        </dl>
      </section>

      <section aria-labelledby={`${id}-budget`}>
        <h2 id={`${id}-budget`}>预算与资金（万元）</h2>
        {layout.blocks.map((b) =>
          b.kind === 'money' ? (
            <MoneyRows key={b.id} block={b} form={form} derived={derived} stack={stackAmounts} />
          ) : b.kind === 'moneyTable' ? (
            <MoneyTableRows key={b.id} block={b} form={form} result={result} id={id} />
          ) : b.kind === 'list' && subs.length > 0 ? (
            <div class="table-wrap" key={b.id} tabIndex={0} role="region" aria-label={`${b.title}（可左右滚动）`}>
              <table class="rp-table">
                <caption>
                  {b.title}（{b.rowLabel}）
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{b.nameLabel}</th>
                    <th scope="col">{b.amountLabel}</th>
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
                      {derived[b.sumDerived] ?? '—'}
                      <br />
                      <Derived written={getPath(form, b.sumEquals) as string | number | undefined} derived={derived[b.sumDerived] ?? null} />
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          ) : null,
        )}
      </section>

      <section aria-labelledby={`${id}-indicators`}>
        <h2 id={`${id}-indicators`}>
          {block.title}（{indicatorPoints(ruleSet, result?.categories)} 分）
        </h2>
        <div class="table-wrap" tabIndex={0} role="region" aria-label={`${block.title}（可左右滚动）`}>
          {/* Cards on a phone wherever the report is shown (report-cards.css); the headers stay for screen readers. */}
          <table class="rp-table rp-indicators">
            <thead class="visually-hidden-narrow">
              <tr>
                <th scope="col">{label('name')}</th>
                <th scope="col">{label('target')}</th>
                <th scope="col" class="n">
                  {label('weight')}
                </th>
                <th scope="col">{label('actual')}</th>
                <th scope="col" class="n">
                  完成率
                </th>
                <th scope="col" class="n">
                  {block.scoreLabel}
                  <small class="site-calc">本站计算</small>
                </th>
                <th scope="col" class="n">
                  {label('selfScore')}
                </th>
              </tr>
            </thead>
            {ruleSet.categories.map((c) => {
              const cat = result.categories[c.id];
              const rows = result.indicators.filter((r) => r.category === c.id);
              return (
                <tbody key={c.id} data-category={c.id}>
                  <tr class="rp-cat">
                    <th scope="rowgroup" colSpan={5}>
                      {c.label}
                      {block.categorySuffix}（{cat?.max != null ? Number(cat.max) : c.total} 分）
                    </th>
                    <td class="n" data-label="本站小计" data-testid={`report-category-${c.id}`}>
                      <strong>{cat?.score ?? '—'}</strong>
                    </td>
                    <td class="n" data-label={`${ruleSet.selfScoreTerm}小计`}>
                      {self.categories[c.id] ?? '—'}
                    </td>
                  </tr>
                  {rows.map((r) => (
                    <IndicatorRows key={r.index} r={r} id={id} collapsed={collapsed} note={form.indicators[r.index]?.note} noteLabel={label('note')} label={label} tiers={ruleSetView(ruleSet).tiers} />
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
                  <span class="rp-figure">
                    <strong data-testid="report-total">{result.total}</strong> / {Number(result.max)}
                  </span>
                  {grade && (
                    <>
                      ，等级 <strong data-testid="report-grade">{grade}</strong>
                    </>
                  )}
                </td>
                <td class="n" data-label={`${ruleSet.selfScoreTerm}合计`}>
                  <strong data-testid="self-score-total">{self.total ?? '—'}</strong>
                </td>
              </tr>
              {selfSentence && (
                <tr class="rp-total-gap">
                  <td colSpan={7} data-testid="self-score-total-note">
                    {selfSentence}
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
          <p>没有发现问题：金额勾稽一致，{ruleSet.weightTerm}合计正确，每项都能计分，{ruleSet.selfScoreTerm}与计算结果一致。</p>
        ) : (
          <ul class="rp-checks">
            {result.checks.map((c, i) => (
              <li key={i} class={`sev-${c.severity}`} data-code={c.code}>
                <span class="badge">{SEVERITY_LABEL[c.severity]}</span> {c.message} <span class="check-code">（核对代码 <code>{c.code}</code>）</span>
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
