import {
  BUDGET_KEYS,
  FUNDS_KEYS,
  blankIndicator,
  blankSubproject,
  nextKey,
  type BudgetKey,
  type Draft,
  type DraftIndicator,
  type DraftSubproject,
  type FundsKey,
  type ProjectKey,
} from '../components/calculator/draft.ts';
import { MAX_ROWS } from '../engine/field-rules.ts';
import { mapGrid, mapRecord, parseGrid, type PasteColumn } from './parse.ts';

/**
 * Where a spreadsheet block lands in the calculator's draft. Pure: returns a new draft, or a Chinese
 * message and no change. Never throws.
 */

export type IndicatorColumnKey = 'name' | 'target' | 'weight' | 'actual' | 'selfScore';

/**
 * The paste columns of each table, in the order of the form on paper, with the headings a pasted
 * header row may use. Per-form facts kept as data: a form layout can carry them.
 */

/** The indicator table's columns as on paper (类别 is the row group, not a column you paste into; a pasted 类别 column is skipped). */
export const INDICATOR_COLUMNS: readonly PasteColumn<IndicatorColumnKey>[] = [
  { key: 'name', label: '指标名称', numeric: false, aliases: ['指标', '绩效指标', '三级指标名称'] },
  { key: 'target', label: '目标值', numeric: false, aliases: ['指标值', '年度指标值', '年度目标值', '预期目标值'] },
  { key: 'weight', label: '权重', numeric: true, aliases: ['分值', '权重（分）'] },
  { key: 'actual', label: '实际完成值', numeric: false, aliases: ['实际值', '完成值', '全年实际值'] },
  { key: 'selfScore', label: '自评分', numeric: true, aliases: ['自评得分'] },
];

/** Columns a pasted header row may also name in the indicator table (the 说明 of a row, as in the site's CSV). */
export const INDICATOR_HEADER_COLUMNS: readonly PasteColumn<IndicatorColumnKey | 'note'>[] = [
  ...INDICATOR_COLUMNS,
  { key: 'note', label: '说明', numeric: false, aliases: ['备注', '偏差原因分析及改进措施'] },
];

export type SubprojectColumnKey = 'name' | 'amount';

/** 项目资金构成: 子项目名称 and 实际金额（万元）. */
export const SUBPROJECT_COLUMNS: readonly PasteColumn<SubprojectColumnKey>[] = [
  { key: 'name', label: '子项目名称', numeric: false, aliases: ['子项目', '名称'] },
  { key: 'amount', label: '实际金额', numeric: true, amount: true, aliases: ['实际金额（万元）', '金额', '金额（万元）'] },
];

/** 项目信息, left to right as on the form. */
export const PROJECT_COLUMNS: readonly PasteColumn<ProjectKey>[] = [
  { key: 'name', label: '项目名称', numeric: false },
  { key: 'year', label: '项目年份', numeric: false, aliases: ['年份', '年度'] },
  { key: 'department', label: '项目主管部门（单位）', numeric: false, aliases: ['项目主管部门', '主管部门', '主管部门（单位）'] },
];

const BUDGET_LABELS: Record<BudgetKey, string> = {
  initialBudget: '年初预算数',
  adjustment: '当年使用上年结余、结转及当年调整预算数',
  appropriation: '财政拨款数',
  quotaBalance: '指标结余数',
};

const FUNDS_LABELS: Record<FundsKey, string> = {
  appropriation: '财政拨款数',
  actualPayment: '实际支付数',
  balance: '资金结余、结转数',
  carryover: '结转数',
  recovered: '财政收回数',
};

/** 市级预算执行情况 (万元), left to right as on the form. */
export const BUDGET_COLUMNS: readonly PasteColumn<BudgetKey>[] = BUDGET_KEYS.map((key) => ({
  key,
  label: BUDGET_LABELS[key],
  numeric: true,
  amount: true,
  ...(key === 'initialBudget' ? { aliases: ['年初预算数（“二下”数）', '年初预算'] } : {}),
}));
/** 市级财政资金使用情况 (万元), left to right as on the form. */
export const FUNDS_COLUMNS: readonly PasteColumn<FundsKey>[] = FUNDS_KEYS.map((key) => ({ key, label: FUNDS_LABELS[key], numeric: true, amount: true }));

export type ApplyOutcome = { ok: true; draft: Draft; summary: string } | { ok: false; message: string };

/** “（跳过了表头行、类别列）” when parts of the block were left out on purpose, else ''. */
function skippedNote(skipped: readonly string[] | undefined): string {
  if (!skipped || skipped.length === 0) return '';
  const [first, ...rest] = skipped;
  const parts = first === '表头行' ? ['表头行', ...(rest.length > 0 ? [`“${rest.join('”“')}”列`] : [])] : skipped;
  return `（跳过了${parts.join('、')}）`;
}

/**
 * Pastes a block into the indicator table, its top-left cell at draft row `rowIndex`, column `column`.
 * Rows run down the table within the category of the starting row; rows past the category's last
 * row are added to that category.
 */
export function pasteIndicators(draft: Draft, rowIndex: number, column: IndicatorColumnKey, text: string): ApplyOutcome {
  try {
    const start = draft.indicators[rowIndex];
    const startColumn = INDICATOR_COLUMNS.findIndex((c) => c.key === column);
    if (!start || startColumn < 0) return { ok: false, message: '请先点一下要粘贴到的格子，再粘贴。' };
    const mapped = mapGrid(parseGrid(text), INDICATOR_COLUMNS, startColumn, { categoryColumn: true, headerColumns: INDICATOR_HEADER_COLUMNS });
    if (!mapped.ok) return mapped;
    const category = start.category;
    const indicators = [...draft.indicators];
    // Rows of the same category from the starting row on, in table order.
    const targets: number[] = [];
    for (let i = rowIndex; i < indicators.length; i++) if (indicators[i]!.category === category) targets.push(i);
    let key = nextKey(draft);
    let insertAt = (targets[targets.length - 1] ?? rowIndex) + 1;
    let added = 0;
    mapped.value.forEach((values, n) => {
      let at = targets[n];
      if (at === undefined) {
        indicators.splice(insertAt, 0, blankIndicator(category, key++));
        at = insertAt++;
        added++;
      }
      indicators[at] = { ...(indicators[at] as DraftIndicator), ...values };
    });
    if (indicators.length > MAX_ROWS && added > 0) {
      return { ok: false, message: `粘贴后指标表会有 ${indicators.length} 行，超过上限 ${MAX_ROWS} 行：请检查复制的区域是否过大。表格没有改动。` };
    }
    const summary = `已粘贴 ${mapped.rows} 行 × ${mapped.columns} 列${added > 0 ? `，新增 ${added} 行指标` : ''}${skippedNote(mapped.skipped)}。`;
    return { ok: true, draft: { ...draft, indicators }, summary };
  } catch (error) {
    return { ok: false, message: `无法粘贴：${String(error)}。表格没有改动。` };
  }
}

/**
 * Pastes a block into the 市级预算执行情况 (`budget`) or 市级财政资金使用情况 (`funds`) block, from
 * the field `key` on. A row of numbers fills the fields left to right as on paper; a single column
 * of numbers fills them top to bottom (as it looks when copied from a vertical list); a header row
 * or label/value pairs map by heading (parse.ts mapRecord). Amounts may end with 万 / 万元.
 */
export function pasteAmounts(draft: Draft, block: 'budget' | 'funds', key: string, text: string): ApplyOutcome {
  try {
    const columns: readonly PasteColumn<string>[] = block === 'budget' ? BUDGET_COLUMNS : FUNDS_COLUMNS;
    const startColumn = columns.findIndex((c) => c.key === key);
    if (startColumn < 0) return { ok: false, message: '请先点一下要粘贴到的格子，再粘贴。' };
    const mapped = mapRecord(parseGrid(text), columns, startColumn, block === 'budget' ? '“市级预算执行情况”' : '“市级财政资金使用情况”');
    if (!mapped.ok) return mapped;
    const values = mapped.value;
    const next: Draft =
      block === 'budget' ? { ...draft, budget: { ...draft.budget, ...values } } : { ...draft, funds: { ...draft.funds, ...values } };
    return { ok: true, draft: next, summary: `已粘贴 ${mapped.columns} 个金额${skippedNote(mapped.skipped)}。` };
  } catch (error) {
    return { ok: false, message: `无法粘贴：${String(error)}。表格没有改动。` };
  }
}

/**
 * Pastes a block into 项目信息 from the field `key` on: a row of values (项目名称, 项目年份, 主管部门),
 * one column of them, a header row with a row of values, or label/value pairs as on the form.
 */
export function pasteProject(draft: Draft, key: string, text: string): ApplyOutcome {
  try {
    const startColumn = PROJECT_COLUMNS.findIndex((c) => c.key === key);
    if (startColumn < 0) return { ok: false, message: '请先点一下要粘贴到的格子，再粘贴。' };
    const mapped = mapRecord(parseGrid(text), PROJECT_COLUMNS, startColumn, '“项目信息”');
    if (!mapped.ok) return mapped;
    return { ok: true, draft: { ...draft, project: { ...draft.project, ...mapped.value } }, summary: `已粘贴 ${mapped.columns} 项${skippedNote(mapped.skipped)}。` };
  } catch (error) {
    return { ok: false, message: `无法粘贴：${String(error)}。表格没有改动。` };
  }
}

/**
 * Pastes a block into 项目资金构成, its top-left cell at sub-project row `rowIndex`, column `column`
 * (子项目名称 or 实际金额): rows run down the table, rows past its end are added. A header row is
 * skipped and mapped by heading; a leading 序号 column (1, 2, 3…) is skipped. Amounts may end with 万 / 万元.
 */
export function pasteSubprojects(draft: Draft, rowIndex: number, column: SubprojectColumnKey, text: string): ApplyOutcome {
  try {
    const startColumn = SUBPROJECT_COLUMNS.findIndex((c) => c.key === column);
    if (!draft.subprojects[rowIndex] || startColumn < 0) return { ok: false, message: '请先点一下要粘贴到的格子，再粘贴。' };
    let grid = parseGrid(text);
    const skipped: string[] = [];
    // A leading 序号 column (as the table on screen shows it): 1, 2, 3… in a block one column too wide.
    if (grid.length > 0 && grid.every((r, i) => r.length > SUBPROJECT_COLUMNS.length - startColumn && (r[0] ?? '').trim() === String(i + 1))) {
      grid = grid.map((r) => r.slice(1));
      skipped.push('序号列');
    }
    const mapped = mapGrid(grid, SUBPROJECT_COLUMNS, startColumn);
    if (!mapped.ok) return mapped;
    const subprojects: DraftSubproject[] = [...draft.subprojects];
    let key = nextKey(draft);
    let added = 0;
    mapped.value.forEach((values, n) => {
      const at = rowIndex + n;
      if (!subprojects[at]) {
        subprojects[at] = blankSubproject(key++);
        added++;
      }
      subprojects[at] = { ...subprojects[at]!, ...values };
    });
    if (subprojects.length > MAX_ROWS && added > 0) {
      return { ok: false, message: `粘贴后项目资金构成会有 ${subprojects.length} 行，超过上限 ${MAX_ROWS} 行：请检查复制的区域是否过大。表格没有改动。` };
    }
    const summary = `已粘贴 ${mapped.rows} 行 × ${mapped.columns} 列${added > 0 ? `，新增 ${added} 个子项目` : ''}${skippedNote([...skipped, ...(mapped.skipped ?? [])])}。`;
    return { ok: true, draft: { ...draft, subprojects }, summary };
  } catch (error) {
    return { ok: false, message: `无法粘贴：${String(error)}。表格没有改动。` };
  }
}

/**
 * Pastes a block into the table a cell belongs to: `block` and `row` / `key` as in the cell's id
 * (`f-<block>-<row>-<key>` or `f-<block>-<key>`; `row` is NaN for one-row tables).
 */
export function pasteInto(draft: Draft, block: 'indicators' | 'subprojects' | 'project' | 'budget' | 'funds', row: number, key: string, text: string): ApplyOutcome {
  if (block === 'indicators') return pasteIndicators(draft, row, key as IndicatorColumnKey, text);
  if (block === 'subprojects') return pasteSubprojects(draft, row, key as SubprojectColumnKey, text);
  if (block === 'project') return pasteProject(draft, key, text);
  return pasteAmounts(draft, block, key, text);
}
