import {
  BUDGET_KEYS,
  FUNDS_KEYS,
  blankIndicator,
  nextKey,
  type BudgetKey,
  type Draft,
  type DraftIndicator,
  type FundsKey,
} from '../components/calculator/draft.ts';
import { MAX_ROWS } from '../engine/field-rules.ts';
import { mapGrid, parseGrid, type PasteColumn } from './parse.ts';

/**
 * Where a spreadsheet block lands in the calculator's draft. Pure: returns a new draft, or a Chinese
 * message and no change. Never throws.
 */

export type IndicatorColumnKey = 'name' | 'target' | 'weight' | 'actual' | 'selfScore';

/** The indicator table's columns as on paper (类别 is the row group, not a column you paste into). */
export const INDICATOR_COLUMNS: readonly PasteColumn<IndicatorColumnKey>[] = [
  { key: 'name', label: '指标名称', numeric: false },
  { key: 'target', label: '目标值', numeric: false },
  { key: 'weight', label: '权重', numeric: true },
  { key: 'actual', label: '实际完成值', numeric: false },
  { key: 'selfScore', label: '自评分', numeric: true },
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

export const BUDGET_COLUMNS: readonly PasteColumn<BudgetKey>[] = BUDGET_KEYS.map((key) => ({ key, label: BUDGET_LABELS[key], numeric: true }));
export const FUNDS_COLUMNS: readonly PasteColumn<FundsKey>[] = FUNDS_KEYS.map((key) => ({ key, label: FUNDS_LABELS[key], numeric: true }));

export type ApplyOutcome = { ok: true; draft: Draft; summary: string } | { ok: false; message: string };

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
    const mapped = mapGrid(parseGrid(text), INDICATOR_COLUMNS, startColumn);
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
    const summary = `已粘贴 ${mapped.rows} 行 × ${mapped.columns} 列${added > 0 ? `，新增 ${added} 行指标` : ''}。`;
    return { ok: true, draft: { ...draft, indicators }, summary };
  } catch (error) {
    return { ok: false, message: `无法粘贴：${String(error)}。表格没有改动。` };
  }
}

/**
 * Pastes a block into the 市级预算执行情况 (`budget`) or 市级财政资金使用情况 (`funds`) block, from
 * the field `key` on. A row of numbers fills the fields left to right as on paper; a single column
 * of numbers fills them top to bottom (as it looks when copied from a vertical list).
 */
export function pasteAmounts(draft: Draft, block: 'budget' | 'funds', key: string, text: string): ApplyOutcome {
  try {
    const columns: readonly PasteColumn<string>[] = block === 'budget' ? BUDGET_COLUMNS : FUNDS_COLUMNS;
    const startColumn = columns.findIndex((c) => c.key === key);
    if (startColumn < 0) return { ok: false, message: '请先点一下要粘贴到的格子，再粘贴。' };
    let grid = parseGrid(text);
    // One column and several rows: read it as one row.
    if (grid.length > 1 && grid.every((r) => r.length === 1)) grid = [grid.map((r) => r[0]!)];
    if (grid.length > 1) {
      return {
        ok: false,
        message: `粘贴的内容有 ${grid.length} 行，但${block === 'budget' ? '“市级预算执行情况”' : '“市级财政资金使用情况”'}只有 1 行数字：第 2 行放不下。请只选一行（或一列）数字。表格没有改动。`,
      };
    }
    const mapped = mapGrid(grid, columns, startColumn);
    if (!mapped.ok) return mapped;
    const values = mapped.value[0] ?? {};
    const next: Draft =
      block === 'budget' ? { ...draft, budget: { ...draft.budget, ...values } } : { ...draft, funds: { ...draft.funds, ...values } };
    return { ok: true, draft: next, summary: `已粘贴 ${mapped.columns} 个金额。` };
  } catch (error) {
    return { ok: false, message: `无法粘贴：${String(error)}。表格没有改动。` };
  }
}
