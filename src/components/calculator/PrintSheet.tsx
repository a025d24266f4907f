import type { CategoryResult } from '../../engine/result.ts';
import { normalizeYear } from '../../paste/number.ts';
import type { RuleSet } from '../../engine/rule-sets/rule-set.ts';
import { LAYOUT_EXTRAS } from '../../forms/extras.ts';
import { layoutOf } from '../../forms/index.ts';
import { isBlankIndicator, isBlankSubproject, type Draft } from '../../forms/draft.ts';
import type { FieldsBlock, IndicatorsBlock, LayoutBlock, ListBlock, MoneyBlock, MoneyTableBlock } from '../../forms/layout.ts';
import { indicatorPoints, resultView } from '../../forms/view.ts';
import { SEVERITY_LABEL, bySeverity } from './problems.ts';
import type { Scored } from './scored.ts';

interface Props {
  draft: Draft;
  scored: Scored;
  ruleSet: RuleSet;
  /**
   * Test hook of the sheet (the page's build-time sheet of the example has its own); the 自评分 合计
   * cell's hook is derived from it (`print-self-score-total` on the island's sheet), so it is unique on the page.
   */
  testId?: string;
}

const v = (s: string | undefined) => (s === undefined || s.trim() === '' ? '' : s);

/** 项目信息, 年度总体目标: label and value pairs, two pairs a line (a long text takes a line). */
function PrintFields({ block, draft }: { block: FieldsBlock; draft: Draft }) {
  const lines: (typeof block.fields)[] = [];
  for (const f of block.fields) {
    const last = lines[lines.length - 1];
    if (f.kind !== 'note' && last && last.length === 1 && last[0]!.kind !== 'note') last.push(f);
    else lines.push([f]);
  }
  return (
    <table class="print-table">
      <tbody>
        {lines.map((line, i) => (
          <tr key={i}>
            {line.map((f) => [
              <th key={`h-${f.path}`} class="p-label">
                {f.label}
              </th>,
              <td key={f.path} colSpan={line.length === 1 ? 3 : 1} class={f.kind === 'note' ? 'p-text' : undefined}>
                {v(draft.fields[f.path])}
              </td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 市级预算执行情况 and the like: the block's name, a line of labels and a line of amounts. */
function PrintMoney({ block, draft }: { block: MoneyBlock; draft: Draft }) {
  return (
    <table class="print-table">
      <tbody>
        <tr>
          <th rowSpan={2} class="p-label">
            {block.title}（{block.unit}）
          </th>
          {block.fields.map((f) => (
            <th key={f.path}>{f.short ?? f.label}</th>
          ))}
        </tr>
        <tr>
          {block.fields.map((f) => (
            <td key={f.path} class="n">
              {v(draft.fields[f.path])}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** The central 项目资金 table: rows × amounts, and 分值 / 执行率 / 得分 on the total row. */
function PrintMoneyTable({ block, draft, scored }: { block: MoneyTableBlock; draft: Draft; scored: Scored }) {
  const execution = resultView(scored.result).execution;
  const part = (scored.result?.categories as Record<string, CategoryResult> | undefined)?.[block.category];
  return (
    <table class="print-table">
      <tbody>
        <tr>
          <th class="p-label">
            {block.title}（{block.unit}）
          </th>
          {block.columns.map((c) => (
            <th key={c.key}>{c.label}</th>
          ))}
          <th>{block.scored.weight.label}</th>
          <th>执行率</th>
          <th>得分</th>
        </tr>
        {block.rows.map((r, i) => (
          <tr key={r.key}>
            <th class={r.sub ? 'p-label p-indent' : 'p-label'}>{r.label}</th>
            {block.columns.map((c) => (
              <td key={c.key} class="n">
                {v(draft.fields[`${block.prefix}/${r.key}/${c.key}`])}
              </td>
            ))}
            {i === 0 ? (
              <>
                <td class="n">{execution?.weight ?? v(draft.fields[block.scored.weight.path])}</td>
                <td class="n">{execution?.rate != null ? `${execution.rate}%` : v(draft.fields[block.scored.rate.path])}</td>
                <td class="n">
                  <strong>{part?.score ?? execution?.score ?? ''}</strong>
                </td>
              </>
            ) : (
              <>
                <td class="n">—</td>
                <td class="n"></td>
                <td class="n">—</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 项目资金构成: the 子项目 and their 合计. */
function PrintList({ block, draft, scored }: { block: ListBlock; draft: Draft; scored: Scored }) {
  const subs = draft.subprojects.filter((s) => !isBlankSubproject(s));
  const sum = (scored.result?.derived as unknown as Record<string, string | null> | undefined)?.[block.sumDerived] ?? '';
  return (
    <table class="print-table">
      <tbody>
        <tr>
          <th rowSpan={subs.length + 2} class="p-label">
            {block.title}（详细列出各{block.rowLabel}名称和金额）
          </th>
          <th colSpan={3}>{block.nameLabel}</th>
          <th>{block.amountLabel}</th>
        </tr>
        <tr>
          <td colSpan={3}>合计</td>
          <td class="n">{sum}</td>
        </tr>
        {subs.map((s) => (
          <tr key={s.key}>
            <td colSpan={3}>{s.name}</td>
            <td class="n">{s.amount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The indicator table in the layout's print order, the computed 得分 after the self-score, subtotals and
 * the total. A table of its own whose heading rows (thead) repeat on every printed page; one tbody per
 * category; when the layout does not print 说明 as a column, a row's 说明 is printed on a line under it.
 */
function PrintIndicators({ block, draft, scored, ruleSet, testId }: { block: IndicatorsBlock; draft: Draft; scored: Scored; ruleSet: RuleSet; testId: string }) {
  const { result, results } = scored;
  const label = (key: string) => block.fields.find((f) => f.key === key)?.label ?? key;
  const columns = block.print.flatMap((key) => (key === 'selfScore' ? ['selfScore', 'score'] : [key]));
  const noteLines = !columns.includes('note');
  const hasNote = (row: Draft['indicators'][number]) => noteLines && row.note.trim() !== '';
  const cats = ruleSet.categories.map((c) => ({
    cat: c,
    rows: draft.indicators.flatMap((row, index) => (row.category === c.id && !isBlankIndicator(row) ? [{ row, index }] : [])),
  }));
  const weightAt = columns.indexOf('weight');
  const scoreAt = columns.indexOf('score');
  const selfAt = columns.indexOf('selfScore');
  const numeric = new Set(['weight', 'selfScore', 'score']);
  const selfTotalId = `${testId.replace(/^print-sheet/, 'print')}-self-score-total`;
  return (
    <table class={`print-table print-indicators p-indicators p-cols-${columns.length}`}>
      <colgroup>
        <col class="p-col-category" />
        {columns.map((k) => (
          <col key={k} class={`p-col-${k}`} />
        ))}
      </colgroup>
      <thead>
        <tr class="p-caption">
          <th colSpan={columns.length + 1}>
            {block.title}（{indicatorPoints(ruleSet, result?.categories)} 分）
          </th>
        </tr>
        <tr class="p-head">
          <th>{block.categoryLabel}</th>
          {columns.map((k) => (
            <th key={k}>{k === 'score' ? `${block.scoreLabel}（本站计算）` : label(k)}</th>
          ))}
        </tr>
      </thead>
      {cats.map(({ cat, rows }) => {
        const catResult = result?.categories[cat.id];
        // The 类别 cell on the category's first row only, continued by a borderless cell on the rows under it
        // (not a rowspan cell: one that spans rows can split across pages, orphaning the heading).
        const catCell = (
          <th class="p-cat-head">
            {cat.label}
            {block.categorySuffix}
            <br />（{catResult?.max != null ? Number(catResult.max) : cat.total} 分）
          </th>
        );
        const cont = (end = false) => <td class={end ? 'p-cat-cont p-cat-end' : 'p-cat-cont'}></td>;
        return (
          <tbody key={cat.id} class="p-cat">
            {rows.length === 0 ? (
              <tr>
                {catCell}
                <td colSpan={columns.length} class="p-empty">
                  （无）
                </td>
              </tr>
            ) : (
              rows.map(({ row, index }, n) => {
                const r = results[index];
                return [
                  <tr key={row.key}>
                    {n === 0 ? catCell : cont()}
                    {columns.map((k) => (
                      <td key={k} class={numeric.has(k) ? 'n' : k === 'note' ? 'p-text' : undefined}>
                        {k === 'score' ? (
                          <strong>{r?.score ?? ''}</strong>
                        ) : k === 'weight' ? (
                          row.weight.trim() !== '' ? row.weight : (r?.weight ?? '')
                        ) : (
                          row[k as keyof typeof row]
                        )}
                      </td>
                    ))}
                  </tr>,
                  hasNote(row) && (
                    <tr key={`${row.key}-note`} class="p-note">
                      {cont()}
                      <td colSpan={columns.length}>说明：{row.note}</td>
                    </tr>
                  ),
                ];
              })
            )}
            <tr class="p-sub">
              {cont(true)}
              <td colSpan={weightAt}>{cat.label}小计</td>
              <td class="n">{catResult?.weightSum ?? ''}</td>
              {selfAt - weightAt - 1 > 0 && <td colSpan={selfAt - weightAt - 1}></td>}
              <td class="n">{scored.selfTotals?.categories[cat.id] ?? ''}</td>
              {scoreAt - selfAt - 1 > 0 && <td colSpan={scoreAt - selfAt - 1}></td>}
              <td class="n">
                <strong>{catResult?.score ?? ''}</strong>
              </td>
              {columns.length - scoreAt - 1 > 0 && <td colSpan={columns.length - scoreAt - 1}></td>}
            </tr>
          </tbody>
        );
      })}
      <tbody>
        <tr class="p-total">
          <th colSpan={weightAt + 1}>合计</th>
          <td class="n">{scored.weightTotal ?? ''}</td>
          {selfAt - weightAt - 1 > 0 && <td colSpan={selfAt - weightAt - 1}></td>}
          <td class="n">
            <span data-testid={selfTotalId}>{scored.selfTotals?.total ?? ''}</span>
            {scored.selfTotals?.total && scored.selfTotals.rows > scored.selfTotals.filled && (
              <small class="p-self-blank" data-testid={`${selfTotalId}-blank`}>
                {scored.selfTotals.rows - scored.selfTotals.filled} 项未填
              </small>
            )}
          </td>
          {scoreAt - selfAt - 1 > 0 && <td colSpan={scoreAt - selfAt - 1}></td>}
          <td class="n">
            <strong>{result ? result.total : '无法计分'}</strong>
          </td>
          {columns.length - scoreAt - 1 > 0 && <td colSpan={columns.length - scoreAt - 1}>{resultView(result).grade ? `等级：${resultView(result).grade}` : ''}</td>}
        </tr>
      </tbody>
    </table>
  );
}

function PrintBlock({ block, draft, scored, ruleSet, testId = 'print-sheet' }: { block: LayoutBlock } & Props) {
  switch (block.kind) {
    case 'fields':
      return <PrintFields block={block} draft={draft} />;
    case 'money':
      return <PrintMoney block={block} draft={draft} />;
    case 'moneyTable':
      return <PrintMoneyTable block={block} draft={draft} scored={scored} />;
    case 'list':
      return <PrintList block={block} draft={draft} scored={scored} />;
    case 'indicators':
      return <PrintIndicators block={block} draft={draft} scored={scored} ruleSet={ruleSet} testId={testId} />;
  }
}

/**
 * The form as the official table of its layout, for printing on A4 (hidden on screen; shown by the
 * print stylesheet in place of the editor): every block in paper order, the indicator table with
 * 得分, the subtotals, the 合计 (and the grade, when the form has one), then the checks. Black and white.
 */
export function PrintSheet({ draft, scored, ruleSet, testId = 'print-sheet' }: Props) {
  const { result, checks } = scored;
  const layout = layoutOf(ruleSet.id);
  const defaults = ruleSet.defaultOptions as unknown as Record<string, string>;
  const options = ruleSet.options.filter((o) => draft.options[o.key] !== undefined && draft.options[o.key] !== defaults[o.key]);
  // As the score reads it (R4): ２０２４ and 2024年 are the year 2024.
  const year = normalizeYear(draft.fields['project/year'] ?? '');
  return (
    <section class="print-sheet" aria-hidden="true" data-testid={testId}>
      <h1 class="print-title">
        {layout.title}
        {year && layout.yearInTitle ? `（${year} 年度）` : ''}
      </h1>
      {layout.blocks.map((block, i) => (
        <PrintBlock key={i} block={block} draft={draft} scored={scored} ruleSet={ruleSet} testId={testId} />
      ))}
      <div class="print-checks">
        <h2>核对结果</h2>
        {!result ? (
          <p>表格有无法计分的内容：{scored.issues.map((i) => i.message).join('；')}</p>
        ) : checks.length === 0 ? (
          <p>没有发现问题：已填写的金额能勾稽，{ruleSet.weightTerm}合计正确，{ruleSet.selfScoreTerm}与计算得分一致。</p>
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
            {options.map((o) => `${o.label}：${o.values.find((x) => x.value === draft.options[o.key])?.label ?? String(draft.options[o.key])}`).join('；')}。
          </p>
        )}
        <p class="print-foot">{LAYOUT_EXTRAS[layout.ruleSet]?.printFoot}</p>
      </div>
    </section>
  );
}
