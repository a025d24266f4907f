import { MAX_ROWS } from '../engine/field-rules.ts';
import { getRuleSet } from '../engine/rule-sets/index.ts';
import type { CategoryId } from '../engine/types.ts';
import { blankIndicator, blankSubproject, isBlankIndicator, nextKey, type Draft, type DraftIndicator, type DraftSubproject, type IndicatorTextKey } from '../forms/draft.ts';
import { anyLayout } from '../forms/all.ts';
import { indicatorBlock, type FormLayout, type LayoutField, type ListBlock, type MoneyTableBlock } from '../forms/layout.ts';
import { headerRow, headerText, isCategoryCell, leadingCategoryColumn, mapGrid, mapRecord, mapTable, normalizeText, parseBlock, type PasteColumn } from './parse.ts';

/**
 * Where a spreadsheet block lands in the calculator's draft, by the form's layout (forms/): its
 * paste order, labels and the headings spreadsheets use for them. Pure: returns a new draft, or a
 * Chinese message and no change. Never throws.
 */

export type IndicatorColumnKey = IndicatorTextKey;
export type SubprojectColumnKey = 'name' | 'amount';

/**
 * What a paste did: the new draft and a Chinese summary, or a message and no change. `removed`: the
 * rows a whole-table paste took out that had something typed in them (pasteIndicators), so the page
 * can keep the form as it was and offer to undo.
 */
export type ApplyOutcome = { ok: true; draft: Draft; summary: string; removed?: DraftIndicator[] } | { ok: false; message: string };

const NUMERIC = new Set(['money', 'weight', 'selfScore']);

/** A layout cell as a paste column: its label (the short one when there is one), the long label and aliases as other headings. */
function fieldColumn(f: LayoutField): PasteColumn<string> {
  const label = f.short ?? f.label;
  const aliases = [...(f.short ? [f.label] : []), ...(f.aliases ?? [])];
  return {
    key: f.path,
    label,
    numeric: NUMERIC.has(f.kind),
    ...(f.kind === 'money' ? { amount: true } : {}),
    ...(f.kind === 'note' ? { multiline: true } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
}

/** The indicator table's paste columns of a layout, in paste order (类别 / 一级指标 is the row group, not a column you paste into). */
export function indicatorColumns(layout: FormLayout, keys = indicatorBlock(layout).paste): PasteColumn<IndicatorTextKey>[] {
  const block = indicatorBlock(layout);
  return keys.map((key) => {
    const f = block.fields.find((x) => x.key === key)!;
    return { key, label: f.label, numeric: NUMERIC.has(f.kind), ...(f.kind === 'note' ? { multiline: true } : {}), ...(f.aliases ? { aliases: f.aliases } : {}) };
  });
}

/**
 * “（跳过了表头行、类别列、2 个空行）” when parts of the block were left out on purpose, else '':
 * `skipped` as mapGrid gives it (表头行 then the headings of skipped columns), `extra` said as is
 * (行名列), then the blank lines left out inside the block.
 */
function skippedNote(skipped: readonly string[] | undefined, blankRows = 0, extra: readonly string[] = []): string {
  const [first, ...rest] = skipped ?? [];
  const parts = first === '表头行' ? ['表头行', ...(rest.length > 0 ? [`“${rest.join('”“')}”列`] : [])] : [...(skipped ?? [])];
  parts.push(...extra);
  if (blankRows > 0) parts.push(`${blankRows} 个空行`);
  return parts.length > 0 ? `（跳过了${/^\d/.test(parts[0]!) ? ' ' : ''}${parts.join('、')}）` : '';
}

/** The category a 一级指标 / 类别 cell names (产出指标, 产出, 产出目标（24分）…) in a layout's rule set, or undefined. */
function categoryOf(layout: FormLayout, cell: string): CategoryId | undefined {
  const c = headerText(cell.replace(/\s+/g, ''));
  if (c === '') return undefined;
  const suffix = indicatorBlock(layout).categorySuffix;
  return getRuleSet(layout.ruleSet)?.categories.find((cat) => [cat.label, `${cat.label}${suffix}`, cat.label.replace(/指标$/, ''), `${cat.label.replace(/指标$/, '')}目标`].includes(c))?.id;
}

/** Each row's category from a 一级 column (a merged cell copies as its text, then blanks: carried down). */
function carried(layout: FormLayout, cells: string[]): (CategoryId | undefined)[] {
  let last: CategoryId | undefined;
  return cells.map((c) => (last = categoryOf(layout, c) ?? last));
}

/** Whether a cell reads as a 二级指标: one the layout lists (数量指标, 服务对象满意度指标…), or any …指标 in a block one column too wide. */
const isLevel2 = (cell: string, known: readonly string[], wide: boolean) => {
  const h = headerText(cell);
  return known.includes(h) || (wide && /指标$/.test(h) && !isCategoryCell(cell));
};

/**
 * Pastes a block into the indicator table, its top-left cell at draft row `rowIndex`, column `column`.
 * Rows run down the table within the category of the starting row; rows past the category's last
 * row are added to that category.
 *
 * A whole table — a header row with a 一级指标 / 类别 column that places the rows in two categories or
 * more, as a finance officer copies the form from Excel or WPS — replaces, in each category it puts rows in,
 * the rows from the paste point down (in the starting row's category from the starting row, in the
 * others from their first row): the rows it does not overwrite there are taken out, so the table is
 * the pasted one and never a silent mix of old and new rows (the total would count both). Rows above
 * the paste point and categories the block does not name are kept. The summary names the rows taken
 * out that had something typed in them, and `removed` lists them: the calculator keeps the form as
 * it was among the replaced forms (找回被替换的表单) and offers 撤销粘贴, so nothing typed is lost.
 * A header row with a category column naming one category only may be a few rows to update: it
 * overwrites cells and takes nothing out, but the summary says how many rows of that category below
 * the pasted ones are still there (仍保留), naming them. A block without a header row or without a
 * category column only overwrites cells, as before. A header row maps the columns by heading (the layout's labels
 * and their aliases); a 一级 / 类别 column puts each row in the category it names (each category
 * filled from its first row), and on a form with 二级指标 a leading 二级 column fills them. A block
 * pasted into the 二级指标 cell (a column before the paste order) has 二级指标 as its first column
 * (after a 一级 column, when it has one). Blank lines are skipped. A block pasted into a cell that
 * is no paste column (Suzhou's 说明) is refused with a message saying where to paste it.
 */
export function pasteIndicators(draft: Draft, rowIndex: number, column: IndicatorColumnKey, text: string): ApplyOutcome {
  try {
    const layout = anyLayout(draft.ruleSet);
    const block = indicatorBlock(layout);
    const columns = indicatorColumns(layout);
    const start = draft.indicators[rowIndex];
    const hasLevel2 = block.fields.some((f) => f.key === 'level2');
    const atLevel2 = column === 'level2' && hasLevel2 && !block.paste.includes('level2');
    const startColumn = atLevel2 ? 0 : columns.findIndex((c) => c.key === column);
    const parsed = parseBlock(text);
    let grid = parsed.grid;
    if (!start) return { ok: false, message: '请先点一下要粘贴到的格子，再粘贴。' };
    if (startColumn < 0) {
      const label = block.fields.find((f) => f.key === column)?.label ?? column;
      const width = Math.max(0, ...grid.map((r) => r.length));
      return {
        ok: false,
        message: `“${label}”一格只能放一段文字，粘贴的却是 ${grid.length} 行 × ${width} 列的表格：要粘贴整块，请点一下“${columns[0]!.label}”一格再粘贴（可粘贴的列依次为${columns.map((c) => c.label).join('、')}）；只要一段文字，请只复制一个格子。表格没有改动。`,
      };
    }
    const headerColumns = indicatorColumns(layout, block.fields.map((f) => f.key));
    let cats: (CategoryId | undefined)[] = [];
    let level2: (string | undefined)[] = [];
    const skipped: string[] = [];
    let level2Column = false;
    const header = headerRow(grid, headerColumns);
    if (header) {
      const at = (grid[0] ?? []).findIndex((c) => ['类别', '一级指标', '一级'].includes(headerText(c)));
      if (at >= 0) cats = carried(layout, grid.slice(1).map((r) => r[at] ?? ''));
    } else {
      if (leadingCategoryColumn(grid)) {
        cats = carried(layout, grid.map((r) => r[0] ?? ''));
        grid = grid.map((r) => r.slice(1));
        skipped.push(`${block.categoryLabel}列`);
      }
      const room = columns.length - startColumn;
      const wide = grid.some((r) => trimmedWidth(r) > room);
      const known = block.level2Options ?? [];
      if (
        atLevel2 ||
        (hasLevel2 &&
          grid.some((r) => isLevel2(r[0] ?? '', known, wide)) &&
          grid.every((r) => (r[0] ?? '').trim() === '' || isLevel2(r[0]!, known, wide)))
      ) {
        // A merged 二级指标 cell copies as its text, then blanks: carried down.
        let last = '';
        level2 = grid.map((r) => (last = normalizeText(r[0] ?? '') || last));
        grid = grid.map((r) => r.slice(1));
        level2Column = true;
      }
    }
    const mapped = mapGrid(grid, columns, startColumn, { headerColumns });
    // Messages count columns as pasted: the 类别 and 二级指标 columns taken off count too.
    const shift = skipped.length + (level2Column ? 1 : 0);
    if (!mapped.ok) return shift > 0 ? { ok: false, message: shiftColumns(mapped.message, shift) } : mapped;
    // A whole table: a header row and a category column that puts the rows in two categories or more.
    const named = new Set(header ? cats.filter((c) => c !== undefined) : []);
    const wholeTable = named.size >= 2;
    const placed = place(draft, layout, rowIndex, mapped.value, cats, level2, wholeTable);
    if (!placed.ok) return placed;
    const added = placed.added > 0 ? `，新增 ${placed.added} 行指标` : '';
    let summary = `已粘贴 ${mapped.rows} 行 × ${mapped.columns + (level2Column ? 1 : 0)} 列${added}${skippedNote([...skipped, ...(mapped.skipped ?? [])], parsed.blankRows)}。`;
    const left = placed.left.filter((r) => !isBlankIndicator(r));
    const names = left.slice(0, 5).map((r) => `“${r.name.trim() || '（未命名）'}”`).join('、') + (left.length > 5 ? ' 等' : '');
    if (wholeTable && left.length > 0) {
      summary += `这是带“${block.categoryLabel}”列的整张表，各${block.categoryLabel}从粘贴处往下换成了粘贴的行：原有的 ${left.length} 行（${names}）已删去。点“撤销粘贴”可恢复，原来的表也保存在“找回被替换的表单”中。`;
    } else if (named.size === 1 && left.length > 0) {
      // A header and one category: perhaps a few rows to update, so nothing is taken out, but the mix is said.
      summary += `原有的 ${left.length} 行（${names}）仍保留在粘贴的行下面，照常计分；不要时请删去。`;
    }
    return { ok: true, draft: placed.draft, summary, ...(wholeTable && left.length > 0 ? { removed: left } : {}) };
  } catch (error) {
    return { ok: false, message: `无法粘贴：${String(error)}。表格没有改动。` };
  }
}

/** A message of mapGrid about a block whose first `by` columns were taken off before it (the 二级指标 column): its column numbers as pasted. */
function shiftColumns(message: string, by: number): string {
  return message.replace(/第 (\d+) 列/g, (_, n: string) => `第 ${Number(n) + by} 列`).replace(/行有 (\d+) 列/g, (_, n: string) => `行有 ${Number(n) + by} 列`);
}

/** A row's width without its trailing empty cells. */
function trimmedWidth(r: string[]): number {
  let n = r.length;
  while (n > 0 && r[n - 1]!.trim() === '') n--;
  return n;
}

/** Puts mapped rows into the draft (see pasteIndicators): the starting row's category from the starting row, others from their first row. */
function place(
  draft: Draft,
  layout: FormLayout,
  rowIndex: number,
  values: Partial<Record<IndicatorTextKey, string>>[],
  cats: (CategoryId | undefined)[],
  level2: (string | undefined)[],
  replace = false,
): { ok: true; draft: Draft; added: number; left: DraftIndicator[] } | { ok: false; message: string } {
  const startCategory = draft.indicators[rowIndex]!.category;
  const order = (getRuleSet(layout.ruleSet)?.categories ?? []).map((c) => c.id as string);
  const indicators = [...draft.indicators];
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
  // The rows from the paste point down that the block did not overwrite, in each category it filled;
  // a whole table (replace) takes them out.
  const rest = new Set<number>();
  for (const [category, k] of used) for (const i of rowsOf(category).slice(k)) rest.add(i);
  const left = [...rest].sort((a, b) => a - b).map((i) => indicators[i]!);
  const drop = replace ? rest : new Set<number>();
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
  indicators.forEach((r, i) => out.push(...(drop.has(i) ? [] : [r]), ...(insertAt.get(i + 1) ?? [])));
  return { ok: true, draft: { ...draft, indicators: out }, added, left };
}

/** The block of the layout that holds a single-cell field path, with its paste columns. */
function fieldPlace(layout: FormLayout, path: string) {
  for (const b of layout.blocks) {
    if (b.kind === 'fields' || b.kind === 'money') {
      const i = b.fields.findIndex((f) => f.path === path);
      if (i >= 0) return { kind: 'record' as const, title: b.title, columns: b.fields.map(fieldColumn), column: i, money: b.kind === 'money' };
    } else if (b.kind === 'moneyTable') {
      const scored = [b.scored.weight, b.scored.rate, b.scored.selfScore].findIndex((f) => f.path === path);
      if (scored >= 0) return { kind: 'table' as const, block: b, row: 0, column: b.columns.length + scored };
      const [prefix, row, column] = path.split('/');
      const r = b.rows.findIndex((x) => x.key === row);
      const c = b.columns.findIndex((x) => x.key === column);
      if (prefix === b.prefix && r >= 0 && c >= 0) return { kind: 'table' as const, block: b, row: r, column: c };
    }
  }
  return null;
}

/**
 * The paste columns of one row of a money table: its amounts (keyed by the table's column key, the
 * same in every row, so a header row maps them in any row), and on the scored row its 分值, 执行率,
 * 得分 (keyed by their paths). {@link tablePath} turns a key back into the cell's path.
 */
function tableColumns(block: MoneyTableBlock, row: number): PasteColumn<string>[] {
  const columns = block.columns.map((c) => fieldColumn({ path: c.key, label: c.label, kind: 'money' }));
  if (row === 0) columns.push(fieldColumn(block.scored.weight), fieldColumn(block.scored.rate), fieldColumn(block.scored.selfScore));
  return columns;
}

/** The path of a money table's cell from its row and its {@link tableColumns} key. */
function tablePath(block: MoneyTableBlock, row: number, key: string): string {
  return key.includes('/') ? key : `${block.prefix}/${block.rows[row]!.key}/${key}`;
}

/**
 * Pastes a block into a block of single cells from the field `path` on: in a one-row block
 * (项目信息, 市级预算执行情况, 市级财政资金使用情况, 年度总体目标) a row of values fills the fields left to
 * right as on paper, one column of them top to bottom, a header row or label/value pairs map by
 * heading (parse.ts mapRecord; the block's title as a row label is skipped); in a table of amounts
 * (the central 项目资金, C5) rows go down its rows and columns across, the total row's 分值, 执行率
 * and 得分 after its amounts, a header row maps columns by heading and a column of row labels
 * (年度资金总额, 其中：当年财政拨款…) puts each row on its row (parse.ts mapTable). Amounts may end
 * with 万 / 万元. Blank lines are skipped, and so are cells that are only a dash (—, －, -, ／, /) where
 * the row has no input (the 其中 rows' 分值 / 执行率 / 得分 a published form prints as “—”): the note
 * says how many were skipped.
 */
export function pasteAt(draft: Draft, path: string, text: string): ApplyOutcome {
  try {
    const layout = anyLayout(draft.ruleSet);
    const at = fieldPlace(layout, path);
    if (!at) return { ok: false, message: '请先点一下要粘贴到的格子，再粘贴。' };
    const { grid, blankRows } = parseBlock(text);
    if (at.kind === 'record') {
      const mapped = mapRecord(grid, at.columns, at.column, `“${at.title}”`, at.title);
      if (!mapped.ok) return mapped;
      const fields = { ...draft.fields, ...(mapped.value as Record<string, string>) };
      return { ok: true, draft: { ...draft, fields }, summary: `已粘贴 ${mapped.columns} ${at.money ? '个金额' : '项'}${skippedNote(mapped.skipped, blankRows)}。` };
    }
    const { block } = at;
    const mapped = mapTable(grid, block.rows, (r) => tableColumns(block, r), at.row, at.column, block.title);
    if (!mapped.ok) return mapped;
    const fields = { ...draft.fields };
    let cells = 0;
    for (const { row, values } of mapped.value) {
      for (const [key, value] of Object.entries(values)) fields[tablePath(block, row, key)] = value as string;
      cells += Object.keys(values).length;
    }
    const dashes = mapped.dashes ? [`${mapped.dashes} 个不用填写的“—”格`] : [];
    const note = skippedNote(mapped.skipped, blankRows, [...(mapped.rowLabels ? ['行名列'] : []), ...dashes]);
    return { ok: true, draft: { ...draft, fields }, summary: `已粘贴 ${mapped.rows} 行，共 ${cells} 格${note}。` };
  } catch (error) {
    return { ok: false, message: `无法粘贴：${String(error)}。表格没有改动。` };
  }
}

/** Pastes into the block `block` (its form-file part, e.g. `budget`) from its field `key` on: {@link pasteAt} at `${block}/${key}`. */
export function pasteAmounts(draft: Draft, block: string, key: string, text: string): ApplyOutcome {
  return pasteAt(draft, `${block}/${key}`, text);
}

/** Pastes into 项目信息 from its field `key` on: {@link pasteAt} at `project/${key}`. */
export function pasteProject(draft: Draft, key: string, text: string): ApplyOutcome {
  return pasteAt(draft, `project/${key}`, text);
}

/** 项目资金构成's columns (子项目名称, 实际金额) from the layout's list block. */
function subprojectColumns(block: ListBlock): PasteColumn<SubprojectColumnKey>[] {
  return [
    { key: 'name', label: block.nameLabel, numeric: false, aliases: [block.rowLabel, '名称'] },
    { key: 'amount', label: block.amountLabel.replace(/（.*）$/, ''), numeric: true, amount: true, aliases: [block.amountLabel, '金额', '金额（万元）'] },
  ];
}

/**
 * Pastes a block into 项目资金构成, its top-left cell at sub-project row `rowIndex`, column `column`
 * (子项目名称 or 实际金额): rows run down the table, rows past its end are added. A header row is
 * skipped and mapped by heading; a leading 序号 column (1, 2, 3…) is skipped. Amounts may end with 万 / 万元.
 */
export function pasteSubprojects(draft: Draft, rowIndex: number, column: SubprojectColumnKey, text: string): ApplyOutcome {
  try {
    const block = anyLayout(draft.ruleSet).blocks.find((b): b is ListBlock => b.kind === 'list');
    const columns = block ? subprojectColumns(block) : [];
    const startColumn = columns.findIndex((c) => c.key === column);
    if (!block || !draft.subprojects[rowIndex] || startColumn < 0) return { ok: false, message: '请先点一下要粘贴到的格子，再粘贴。' };
    const parsed = parseBlock(text);
    let grid = parsed.grid;
    const skipped: string[] = [];
    // A leading 序号 column (as the table on screen shows it): 1, 2, 3… in a block one column too wide.
    if (grid.length > 0 && grid.every((r, i) => r.length > columns.length - startColumn && (r[0] ?? '').trim() === String(i + 1))) {
      grid = grid.map((r) => r.slice(1));
      skipped.push('序号列');
    }
    const mapped = mapGrid(grid, columns, startColumn);
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
      return { ok: false, message: `粘贴后${block.title}会有 ${subprojects.length} 行，超过上限 ${MAX_ROWS} 行：请检查复制的区域是否过大。表格没有改动。` };
    }
    const summary = `已粘贴 ${mapped.rows} 行 × ${mapped.columns} 列${added > 0 ? `，新增 ${added} 个${block.rowLabel}` : ''}${skippedNote([...skipped, ...(mapped.skipped ?? [])], parsed.blankRows)}。`;
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
