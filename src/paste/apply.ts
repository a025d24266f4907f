import { MAX_ROWS } from '../engine/field-rules.ts';
import { getRuleSet } from '../engine/rule-sets/index.ts';
import type { CategoryId } from '../engine/types.ts';
import { blankIndicator, nextKey, type Draft, type DraftIndicator, type IndicatorTextKey } from '../forms/draft.ts';
import '../forms/all.ts';
import { layoutOf } from '../forms/index.ts';
import { indicatorBlock, type FormLayout, type LayoutField, type MoneyBlock, type MoneyTableBlock } from '../forms/layout.ts';
import { mapGrid, normalizeText, parseGrid, type PasteColumn } from './parse.ts';

/**
 * Where a spreadsheet block lands in the calculator's draft, by the form's layout (its paste order).
 * Pure: returns a new draft, or a Chinese message and no change. Never throws.
 */

export type IndicatorColumnKey = IndicatorTextKey;

export type ApplyOutcome = { ok: true; draft: Draft; summary: string } | { ok: false; message: string };

const NUMERIC = new Set(['money', 'weight', 'selfScore']);

/** The indicator table's paste columns of a layout, in paste order (类别 is the row group, not a column you paste into). */
export function indicatorColumns(layout: FormLayout): PasteColumn<IndicatorTextKey>[] {
  const block = indicatorBlock(layout);
  return block.paste.map((key) => {
    const f = block.fields.find((x) => x.key === key)!;
    return { key, label: f.label, numeric: NUMERIC.has(f.kind) };
  });
}

/** Folds a pasted header or label cell for comparison: no spaces, no （…） notes, half-width. */
const fold = (s: string) => normalizeText(s).normalize('NFKC').replace(/\s+/g, '').replace(/[(（][^)）]*[)）]$/, '');

/** The category a 一级指标 / 类别 cell names (产出指标, 产出, 产出目标…), or undefined. */
function categoryOf(layout: FormLayout, cell: string): CategoryId | undefined {
  const c = fold(cell);
  if (c === '') return undefined;
  const suffix = indicatorBlock(layout).categorySuffix;
  return getRuleSet(layout.ruleSet)?.categories.find((cat) => [cat.label, `${cat.label}${suffix}`, cat.label.replace(/指标$/, '')].includes(c))?.id;
}

/** Header labels that name the 一级 and 二级 columns, besides the layout's own labels. */
const CATEGORY_HEADERS = new Set(['类别', '一级指标', '一级']);
const LEVEL2_HEADERS = new Set(['二级指标', '二级']);

/**
 * How the columns of a pasted block map to the row's fields: a header row (its cells are the form's
 * column labels) maps them by name; else a leading 一级 column (category labels, blanks under a
 * merged cell) and a 二级 column (…指标) are recognised when the block is wider than the paste order
 * from the start column. `null` keys are columns that are read but not kept (e.g. a computed 得分).
 */
function readColumns(layout: FormLayout, grid: string[][], startColumn: number) {
  const block = indicatorBlock(layout);
  const columns = indicatorColumns(layout);
  const first = grid[0] ?? [];
  const byLabel = new Map<string, IndicatorTextKey | 'category' | null>();
  for (const f of block.fields) byLabel.set(fold(f.label), f.key);
  for (const h of CATEGORY_HEADERS) byLabel.set(h, 'category');
  for (const h of LEVEL2_HEADERS) byLabel.set(h, block.fields.some((f) => f.key === 'level2') ? 'level2' : null);
  for (const h of ['指标名称', '三级指标']) byLabel.set(h, 'name');
  for (const h of ['计算得分', block.scoreLabel, '完成率', '计分权重']) if (!byLabel.has(fold(h))) byLabel.set(fold(h), null);
  const named = first.filter((c) => c.trim() !== '');
  if (named.length >= 2 && named.every((c) => byLabel.has(fold(c)))) {
    return { header: true, keys: first.map((c) => byLabel.get(fold(c)) ?? null), columns };
  }
  const width = Math.max(...grid.map((r) => r.length));
  const room = columns.length - startColumn;
  const lead: ('category' | 'level2')[] = [];
  if (width > room && grid.some((r) => categoryOf(layout, r[0] ?? '') !== undefined) && grid.every((r) => (r[0] ?? '').trim() === '' || categoryOf(layout, r[0]!) !== undefined)) lead.push('category');
  const at = lead.length;
  if (
    width - at > room &&
    block.fields.some((f) => f.key === 'level2') &&
    grid.some((r) => /指标$/.test(fold(r[at] ?? ''))) &&
    grid.every((r) => (r[at] ?? '').trim() === '' || /指标$/.test(fold(r[at]!)))
  ) {
    lead.push('level2');
  }
  return { header: false, lead, columns };
}

/**
 * Pastes a block into the indicator table, its top-left cell at draft row `rowIndex`, column `column`.
 * Rows run down the table within the category of the starting row; rows past the category's last
 * row are added to that category. A header row maps the columns by name; a 一级 column puts each row
 * in its category (carried down over blank merged cells), each category filled from its first row.
 */
export function pasteIndicators(draft: Draft, rowIndex: number, column: IndicatorColumnKey, text: string): ApplyOutcome {
  try {
    const layout = layoutOf(draft.ruleSet);
    const start = draft.indicators[rowIndex];
    const columns = indicatorColumns(layout);
    let startColumn = columns.findIndex((c) => c.key === column);
    if (!start || startColumn < 0) return { ok: false, message: '请先点一下要粘贴到的格子，再粘贴。' };
    let grid = parseGrid(text);
    const read = readColumns(layout, grid, startColumn);
    // Per data row: its category (from a 一级 column) and level2, and the cells left for the paste order.
    let cats: (CategoryId | undefined)[] = grid.map(() => undefined);
    let level2: (string | undefined)[] = grid.map(() => undefined);
    if (read.header) {
      const keys = read.keys!;
      grid = grid.slice(1);
      if (grid.length === 0) return { ok: false, message: '粘贴的内容只有表头，没有数据行。表格没有改动。' };
      const ci = keys.indexOf('category');
      const li = keys.indexOf('level2');
      cats = grid.map((r) => (ci >= 0 ? categoryOf(layout, r[ci] ?? '') : undefined));
      level2 = grid.map((r) => (li >= 0 ? normalizeText(r[li] ?? '') : undefined));
      // Reorder every row into the paste order; columns the table does not have are dropped.
      const order = read.columns.map((c) => keys.indexOf(c.key));
      grid = grid.map((r) => order.map((i) => (i >= 0 ? (r[i] ?? '') : '')));
      startColumn = 0;
      const present = order.map((i) => i >= 0);
      const mapped = mapGrid(grid, read.columns, 0);
      if (!mapped.ok) return mapped;
      mapped.value.forEach((v) => read.columns.forEach((c, i) => !present[i] && delete v[c.key]));
      return place(draft, layout, rowIndex, mapped.value, cats, level2, mapped.rows, present.filter(Boolean).length, true);
    }
    const lead = read.lead!;
    if (lead.length > 0) {
      let carry: CategoryId | undefined;
      cats = grid.map((r) => (lead[0] === 'category' ? (carry = categoryOf(layout, r[0] ?? '') ?? carry) : undefined));
      const li = lead.indexOf('level2');
      let carry2 = '';
      level2 = grid.map((r) => (li >= 0 ? (carry2 = normalizeText(r[li] ?? '') || carry2) : undefined));
      grid = grid.map((r) => r.slice(lead.length));
    }
    const mapped = mapGrid(grid, columns, startColumn);
    if (!mapped.ok) return mapped;
    return place(draft, layout, rowIndex, mapped.value, cats, level2, mapped.rows, mapped.columns + lead.length, false);
  } catch (error) {
    return { ok: false, message: `无法粘贴：${String(error)}。表格没有改动。` };
  }
}

/** Puts mapped rows into the draft (see pasteIndicators). */
function place(
  draft: Draft,
  layout: FormLayout,
  rowIndex: number,
  values: Partial<Record<IndicatorTextKey, string>>[],
  cats: (CategoryId | undefined)[],
  level2: (string | undefined)[],
  rowCount: number,
  columnCount: number,
  header: boolean,
): ApplyOutcome {
  const startCategory = draft.indicators[rowIndex]!.category;
  const order = (getRuleSet(layout.ruleSet)?.categories ?? []).map((c) => c.id as string);
  const indicators = [...draft.indicators];
  // Existing rows to fill, per category: from the starting row for its own category, from the first row for the others.
  const targets = new Map<CategoryId, number[]>();
  const rowsOf = (category: CategoryId) => {
    let list = targets.get(category);
    if (!list) {
      list = [];
      for (let i = category === startCategory ? rowIndex : 0; i < indicators.length; i++) if (indicators[i]!.category === category) list.push(i);
      targets.set(category, list);
    }
    return list;
  };
  const used = new Map<CategoryId, number>();
  const extra = new Map<CategoryId, DraftIndicator[]>();
  let key = nextKey(draft);
  let added = 0;
  values.forEach((v, n) => {
    const category = cats[n] ?? startCategory;
    const k = used.get(category) ?? 0;
    used.set(category, k + 1);
    const row = { ...(level2[n] !== undefined ? { level2: level2[n]! } : {}), ...v };
    const at = rowsOf(category)[k];
    if (at !== undefined) indicators[at] = { ...indicators[at]!, ...row };
    else {
      const list = extra.get(category) ?? [];
      list.push({ ...blankIndicator(category, key++), ...row });
      extra.set(category, list);
      added++;
    }
  });
  if (indicators.length + added > MAX_ROWS && added > 0) {
    return { ok: false, message: `粘贴后指标表会有 ${indicators.length + added} 行，超过上限 ${MAX_ROWS} 行：请检查复制的区域是否过大。表格没有改动。` };
  }
  // New rows go after their category's last row (or after the last row of an earlier category): the categories stay grouped.
  const insertAt = new Map<number, DraftIndicator[]>();
  for (const [category, rows] of extra) {
    const rank = order.indexOf(category);
    let at = 0;
    indicators.forEach((r, i) => {
      if (r.category === category || order.indexOf(r.category) < rank) at = i + 1;
    });
    insertAt.set(at, [...(insertAt.get(at) ?? []), ...rows]);
  }
  const out: DraftIndicator[] = [...(insertAt.get(0) ?? [])];
  indicators.forEach((r, i) => out.push(r, ...(insertAt.get(i + 1) ?? [])));
  const summary = `已粘贴 ${rowCount} 行 × ${columnCount} 列${header ? '（按表头对应各列）' : ''}${added > 0 ? `，新增 ${added} 行指标` : ''}。`;
  return { ok: true, draft: { ...draft, indicators: out }, summary };
}

/** The money block (one row of amounts) or money table that holds a field path, with the field's place in it. */
function amountPlace(layout: FormLayout, path: string) {
  for (const b of layout.blocks) {
    if (b.kind === 'money') {
      const i = b.fields.findIndex((f) => f.path === path);
      if (i >= 0) return { block: b as MoneyBlock, row: 0, column: i };
    } else if (b.kind === 'moneyTable') {
      const scored = [b.scored.weight, b.scored.rate, b.scored.selfScore].findIndex((f) => f.path === path);
      if (scored >= 0) return { block: b as MoneyTableBlock, row: 0, column: b.columns.length + scored };
      const [prefix, row, column] = path.split('/');
      const r = b.rows.findIndex((x) => x.key === row);
      const c = b.columns.findIndex((x) => x.key === column);
      if (prefix === b.prefix && r >= 0 && c >= 0) return { block: b as MoneyTableBlock, row: r, column: c };
    }
  }
  return null;
}

const asColumn = (f: LayoutField): PasteColumn<string> => ({ key: f.path, label: f.short ?? f.label, numeric: NUMERIC.has(f.kind) });

/**
 * Pastes a block into an amounts block from the field `path` on (`budget/initialBudget`,
 * `execution/total/fullYearBudget`). In a block of one row (市级预算执行情况) a row of numbers fills the
 * fields left to right as on paper, and a single column of numbers fills them too (as it looks when
 * copied from a vertical list). In a table (项目资金) rows go down its rows and columns across, the
 * total row's 分值, 执行率 and 得分 after its amounts.
 */
export function pasteAt(draft: Draft, path: string, text: string): ApplyOutcome {
  try {
    const layout = layoutOf(draft.ruleSet);
    const place = amountPlace(layout, path);
    if (!place) return { ok: false, message: '请先点一下要粘贴到的格子，再粘贴。' };
    let grid = parseGrid(text);
    const { block } = place;
    if (block.kind === 'money') {
      // One column and several rows: read it as one row.
      if (grid.length > 1 && grid.every((r) => r.length === 1)) grid = [grid.map((r) => r[0]!)];
      if (grid.length > 1) {
        return {
          ok: false,
          message: `粘贴的内容有 ${grid.length} 行，但“${block.title}”只有 1 行数字：第 2 行放不下。请只选一行（或一列）数字。表格没有改动。`,
        };
      }
      const mapped = mapGrid(grid, block.fields.map(asColumn), place.column);
      if (!mapped.ok) return mapped;
      return { ok: true, draft: { ...draft, fields: { ...draft.fields, ...(mapped.value[0] as Record<string, string>) } }, summary: `已粘贴 ${mapped.columns} 个金额。` };
    }
    const room = block.rows.length - place.row;
    if (grid.length > room) {
      return {
        ok: false,
        message: `粘贴的内容有 ${grid.length} 行，但从“${block.rows[place.row]!.label}”往下只有 ${room} 行：第 ${room + 1} 行放不下。请少选几行，或从更靠上的格子开始粘贴。表格没有改动。`,
      };
    }
    const fields = { ...draft.fields };
    let cells = 0;
    for (let r = 0; r < grid.length; r++) {
      const row = block.rows[place.row + r]!;
      const columns = block.columns.map((c) => asColumn({ path: `${block.prefix}/${row.key}/${c.key}`, label: c.label, kind: 'money' }));
      if (place.row + r === 0) columns.push(asColumn(block.scored.weight), asColumn(block.scored.rate), asColumn(block.scored.selfScore));
      const mapped = mapGrid([grid[r]!], columns, place.column);
      if (!mapped.ok) return { ok: false, message: grid.length > 1 ? mapped.message.replace(/第 1 行/g, `第 ${r + 1} 行`) : mapped.message };
      Object.assign(fields, mapped.value[0]);
      cells += Object.keys(mapped.value[0] ?? {}).length;
    }
    return { ok: true, draft: { ...draft, fields }, summary: `已粘贴 ${grid.length} 行，共 ${cells} 格。` };
  } catch (error) {
    return { ok: false, message: `无法粘贴：${String(error)}。表格没有改动。` };
  }
}

/**
 * Pastes into the amounts block `block` (its id, e.g. `budget`) from its field `key` on: the same as
 * {@link pasteAt} with the path `${block}/${key}`.
 */
export function pasteAmounts(draft: Draft, block: string, key: string, text: string): ApplyOutcome {
  return pasteAt(draft, `${block}/${key}`, text);
}
