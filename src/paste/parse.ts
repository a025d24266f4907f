/**
 * Paste from Excel/WPS: the text a spreadsheet puts on the clipboard (cells separated by tabs, rows
 * by new lines, a cell with a tab, a new line or a quote wrapped in double quotes) read into a grid,
 * and that grid mapped onto the form from the cell where it is pasted. Pure: no DOM. Never throws.
 *
 * A block that does not fit (too wide, a word where a number must go) is refused as a whole with a
 * Chinese message naming the pasted row and column; nothing is changed.
 */

import { AMOUNT_HELP, isYuanAmount, normalizeAmount, normalizeNumber, normalizeScore, toHalfWidth, yuanMessage } from './number.ts';

export { normalizeAmount, normalizeNumber, normalizeScore, toHalfWidth };

/**
 * Clipboard text read into rows of cells (tab-separated, quoted cells as Excel writes them: a cell
 * holding a tab, a line break or a quote is wrapped in double quotes, inner quotes doubled), with
 * wholly blank lines left out: an empty line or a line of only tabs is no row of data (a spreadsheet
 * selection with blank rows between or after the data). `blankRows` counts the blank lines left out
 * before the last row of data (the blank lines after it, as every spreadsheet block ends with a line
 * break, are not counted).
 */
export function parseBlock(text: string): { grid: string[][]; blankRows: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = String(text ?? '').replace(/\r\n?/g, '\n');
  let atCellStart = true;
  while (i < s.length) {
    const ch = s[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: runs to the closing quote; "" is one quote.
      const close = findClosingQuote(s, i + 1);
      if (close >= 0) {
        cell = s.slice(i + 1, close).replace(/""/g, '"');
        i = close + 1;
        // Anything between the closing quote and the next separator stays part of the cell.
        while (i < s.length && s[i] !== '\t' && s[i] !== '\n') cell += s[i++];
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
    } else {
      cell += ch;
    }
    i++;
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const blank = (r: string[]) => r.every((c) => c.trim() === '');
  let last = rows.length;
  while (last > 0 && blank(rows[last - 1]!)) last--;
  const kept = rows.slice(0, last).filter((r) => !blank(r));
  return { grid: kept, blankRows: last - kept.length };
}

/** Splits clipboard text into rows of cells (tab-separated, quoted cells as Excel writes them), blank lines left out ({@link parseBlock}). */
export function parseGrid(text: string): string[][] {
  return parseBlock(text).grid;
}

function findClosingQuote(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    if (s[i] === '"') {
      if (s[i + 1] === '"') {
        i += 2;
        continue;
      }
      // A real closing quote is followed by a separator or the end.
      const next = s[i + 1];
      if (next === undefined || next === '\t' || next === '\n' || next === '\r') return i;
      return -1;
    }
    i++;
  }
  return -1;
}

/** Whether clipboard text is a block (more than one cell), so the page should map it rather than paste into one field. */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(String(text ?? '').replace(/[\r\n]+$/, ''));
}

/** A text cell (目标值, 实际完成值, names): trimmed, inner new lines of a quoted cell joined; otherwise as typed (R4: the engine reads full-width forms). */
export function normalizeText(cell: string): string {
  return cell.replace(/\s*\n\s*/g, '').trim();
}

/** A longer text cell (a note): its line breaks kept (as LF), spaces at either end and blank lines at its end removed. */
export function noteText(cell: string): string {
  return cell.replace(/\r\n?/g, '\n').trim();
}

/**
 * The text of clipboard contents that is one cell, to put into the cell the user pasted into; null
 * when it is a block of several cells (then the table's paste maps it). One cell is: a single
 * line (a trailing line break, as Excel adds, is dropped); one Excel cell in quotes (a cell holding a
 * line break or a quote, `"第一行\n第二行"`, read as 第一行⏎第二行 without the quotes); and, for a
 * `multiline` cell (a note, where a line break is part of the text), any text without a tab: its
 * lines are kept (quoted cells unquoted). A one-line cell's inner line breaks are joined (normalizeText).
 * `sheet`: the clipboard also holds a table (its text/html has a `<table>`: copied from Excel, WPS or
 * another spreadsheet), so its lines are rows of cells even in a note: only one cell is one cell.
 * @example cellText('"第一行\n第二行"\r\n', true) // '第一行\n第二行'
 */
export function cellText(text: string, multiline = false, sheet = false): string | null {
  const s = String(text ?? '').replace(/\r\n?/g, '\n');
  const prose = multiline && !sheet;
  if (prose && !s.includes('\t') && !/^\s*"/.test(s)) return s.replace(/\n+$/, '');
  const { grid } = parseBlock(s);
  if (grid.length === 0) return '';
  if (grid.length === 1 && grid[0]!.length === 1) return multiline ? noteText(grid[0]![0]!) : normalizeText(grid[0]![0]!);
  if (prose && grid.every((r) => r.length === 1)) return grid.map((r) => noteText(r[0]!)).join('\n');
  return null;
}

/** Whether a clipboard's text/html holds a table (what Excel, WPS and other spreadsheets put there beside the text): see {@link cellText}. */
export function htmlHasTable(html: string): boolean {
  return /<table[\s>]/i.test(String(html ?? ''));
}

/** Column of a field in the paste target, its Chinese name, and whether it holds a number. */
export interface PasteColumn<K extends string> {
  key: K;
  /** The column's heading as on the form; a pasted header cell with this text maps to this column. */
  label: string;
  numeric: boolean;
  /** An amount in 万元: a trailing 万 / 万元 is accepted, an amount in 元 refused with how to convert (normalizeAmount). */
  amount?: boolean;
  /** Other headings people's spreadsheets use for the same column (e.g. 指标值 for 目标值), matched like `label`. */
  aliases?: readonly string[];
  /** A longer text that keeps its line breaks (偏差原因分析及改进措施, 年度总体目标: a `note` cell); other text cells join the lines of a quoted cell. */
  multiline?: boolean;
}

/**
 * Headings a spreadsheet block may carry that are no field of the table (the 类别 or 项目 column,
 * 序号, the site's computed columns of its CSV): a header row naming them is still a header row,
 * and their columns are skipped.
 */
export const SKIPPED_HEADERS: readonly string[] = ['项目', '类别', '序号', '得分', '计分权重', '计分分值', '完成率', '完成率（%）', '备注', '栏目', '内容', '一级指标', '二级指标', '三级指标', '偏差原因分析及改进措施'];

/**
 * A heading as written, reduced for comparison: spaces, a unit in brackets (（万元）, (%), （分）), a
 * leading block name up to “：” (市级预算执行情况：年初预算数) and 其中： removed.
 */
export function headerText(cell: string): string {
  return toHalfWidth(cell)
    .replace(/\s+/g, '')
    .replace(/^.*[:：]/, '')
    .replace(/[（(][^（）()]*[）)]$/, '')
    .replace(/[*＊]/g, '');
}

/**
 * The column a heading names (by label or alias), `null` for a known heading that is not a field
 * (one of {@link SKIPPED_HEADERS} or of `skip`, e.g. the table's title over its row labels: skip it),
 * `undefined` when it is no heading at all.
 */
export function headerKey<K extends string>(cell: string, columns: readonly PasteColumn<K>[], skip: readonly string[] = []): K | null | undefined {
  const h = headerText(cell);
  if (h === '') return undefined;
  for (const c of columns) if ([c.label, ...(c.aliases ?? [])].some((l) => headerText(l) === h)) return c.key;
  if ([...SKIPPED_HEADERS, ...skip].some((l) => headerText(l) === h)) return null;
  return undefined;
}

/**
 * Whether the first row of a block is a header row: every non-empty cell is a heading (of a column,
 * or one of {@link SKIPPED_HEADERS} or `skip`) and at least one names a column of the table. Returns the
 * column key of each pasted column (`null`: skip), or null when the first row is data.
 */
export function headerRow<K extends string>(grid: string[][], columns: readonly PasteColumn<K>[], skip: readonly string[] = []): (K | null)[] | null {
  const first = grid[0];
  if (!first) return null;
  const keys = first.map((c) => (c.trim() === '' ? null : headerKey(c, columns, skip)));
  if (keys.some((k) => k === undefined)) return null;
  if (!keys.some((k) => k !== null)) return null;
  return keys as (K | null)[];
}

/**
 * A cell of a 类别 column as people write it: 投入, 投入目标, 产出指标, 结果目标（26分）, 效益指标,
 * 满意度指标… (the category names of both rule sets).
 */
export function isCategoryCell(cell: string): boolean {
  return /^(项目绩效实现情况|投入|产出|结果|效果|效益|影响力|满意度)(目标|指标)?([（(]\d+(\.\d+)?分[）)])?$/.test(headerText(cell.replace(/\s+/g, '')) || cell.replace(/\s+/g, ''));
}

/**
 * Whether the block starts with a 类别 column (copied with the rows): its first column holds only
 * category names and blanks (a merged cell copies as its text, then blanks), at least one name.
 */
export function leadingCategoryColumn(grid: string[][]): boolean {
  const firsts = grid.map((r) => (r[0] ?? '').trim());
  return grid.every((r) => r.length > 1) && firsts.some((c) => c !== '') && firsts.every((c) => c === '' || isCategoryCell(c));
}

export type PasteOutcome<T> = { ok: true; value: T; rows: number; columns: number } | { ok: false; message: string };

/** Why a cell cannot go into a numeric column, naming the real cause. */
function notANumber<K extends string>(raw: string, col: PasteColumn<K>, r: number, c: number | null, columns: readonly PasteColumn<K>[]): string {
  const where = `粘贴的第 ${r + 1} 行${c === null ? `“${col.label}”后面` : `第 ${c + 1} 列`}“${raw.trim().slice(0, 30)}”`;
  const heading = headerKey(raw, columns);
  if (heading !== undefined) return `${where}是表头文字，不能放进“${col.label}”：表头只能是所选区域的第一行，请从表头或第一行数据开始选。表格没有改动。`;
  if (isCategoryCell(raw)) return `${where}是类别名，不能放进“${col.label}”：类别列只能是所选区域的第一列，或从“指标名称”一列开始选。表格没有改动。`;
  if (col.amount && isYuanAmount(raw)) return `${where}${yuanMessage(raw)}。表格没有改动。`;
  if (col.amount) return `${where}不是金额，不能放进“${col.label}”：${AMOUNT_HELP}。表格没有改动。`;
  if (/[%％]\s*$/.test(raw)) return `${where}带百分号，不能放进“${col.label}”：这一列只填数字（如 4.8）。表格没有改动。`;
  return `${where}不是数字，不能放进“${col.label}”：请只选数字（可带千位分隔符或“分”），不要带其他单位或百分号。表格没有改动。`;
}

/** A cell as its column wants it: a text trimmed, a number normalised, or null when it is not a number the column takes. */
function cellValue<K extends string>(raw: string, col: PasteColumn<K>): string | null {
  if (!col.numeric) return col.multiline ? noteText(raw) : normalizeText(raw);
  // The other numeric columns hold scores in 分 (权重 / 分值, 自评分): a trailing 分 is read as the unit.
  return col.amount ? normalizeAmount(raw) : normalizeScore(raw);
}

/**
 * Checks and normalizes a grid against the columns from `startColumn` on. When the block's first
 * row is a header row ({@link headerRow}), it is skipped and the columns are mapped by their
 * headings instead of by position (columns with other headings are skipped; `headerColumns` may
 * name more columns than positional pasting fills, e.g. 说明); otherwise a leading 类别 column is
 * skipped when `categoryColumn` is set ({@link leadingCategoryColumn}). `skip`: more headings that
 * are no field (a table's title). `skipped` names what was left out (表头行, 类别列, the headings of
 * skipped columns).
 */
export function mapGrid<K extends string>(
  grid: string[][],
  columns: readonly PasteColumn<K>[],
  startColumn: number,
  { categoryColumn = false, headerColumns = columns, skip = [] }: { categoryColumn?: boolean; headerColumns?: readonly PasteColumn<K>[]; skip?: readonly string[] } = {},
): PasteOutcome<Partial<Record<K, string>>[]> & { skipped?: string[] } {
  if (grid.length === 0) return { ok: false, message: '剪贴板里没有可粘贴的单元格。' };
  const skipped: string[] = [];
  const header = headerRow(grid, headerColumns, skip);
  if (header) {
    const body = grid.slice(1);
    if (body.length === 0) return { ok: false, message: '粘贴的只有表头一行，没有数据：请连同下面的数据行一起选中再复制。表格没有改动。' };
    grid[0]!.forEach((cell, i) => {
      if (header[i] === null && cell.trim() !== '') skipped.push(cell.trim());
    });
    const out: Partial<Record<K, string>>[] = [];
    for (let r = 0; r < body.length; r++) {
      const values: Partial<Record<K, string>> = {};
      for (let c = 0; c < body[r]!.length; c++) {
        const key = header[c];
        if (key === null || key === undefined) continue;
        const col = headerColumns.find((x) => x.key === key)!;
        const v = cellValue(body[r]![c]!, col);
        if (v === null) return { ok: false, message: notANumber(body[r]![c]!, col, r + 1, c, headerColumns) };
        values[key] = v;
      }
      out.push(values);
    }
    const mappedColumns = new Set(header.filter((k) => k !== null)).size;
    return { ok: true, value: out, rows: body.length, columns: mappedColumns, skipped: ['表头行', ...skipped] };
  }
  let rowsIn = grid;
  let offset = 0;
  if (categoryColumn && leadingCategoryColumn(grid)) {
    rowsIn = grid.map((r) => r.slice(1));
    offset = 1;
    skipped.push('类别列');
  }
  const room = columns.length - startColumn;
  const out: Partial<Record<K, string>>[] = [];
  let width = 0;
  for (let r = 0; r < rowsIn.length; r++) {
    const cells = rowsIn[r]!;
    // Trailing empty cells (a selection wider than the data) do not count against the table's width.
    let n = cells.length;
    while (n > 0 && cells[n - 1]!.trim() === '') n--;
    if (n > room) {
      const first = columns[startColumn]!.label;
      const last = columns[columns.length - 1]!.label;
      return {
        ok: false,
        message: `粘贴的第 ${r + 1} 行有 ${n + offset} 列，但从“${first}”到“${last}”只有 ${room} 列：第 ${r + 1} 行第 ${room + 1 + offset} 列“${cells[room]!.trim()}”放不下。请少选几列，或从更靠左的格子开始粘贴。表格没有改动。`,
      };
    }
    width = Math.max(width, n);
    // Empty cells inside the table's width clear their field, as in a spreadsheet; past it they are ignored.
    const apply = Math.min(cells.length, room);
    const values: Partial<Record<K, string>> = {};
    for (let c = 0; c < apply; c++) {
      const col = columns[startColumn + c]!;
      const raw = cells[c]!;
      const v = cellValue(raw, col);
      if (v === null) return { ok: false, message: notANumber(raw, col, r, c + offset, columns) };
      values[col.key] = v;
    }
    out.push(values);
  }
  return { ok: true, value: out, rows: rowsIn.length, columns: width, skipped };
}

/**
 * Label / value pairs in a block (`项目名称 | 老旧小区改造 | 项目年份 | 2020`, across a row or one
 * pair per row, as the official form and the site's CSV lay them out): every non-empty cell is
 * either a heading of a column or the value right after one. Null when the block is not such pairs.
 */
export function labelPairs<K extends string>(grid: string[][], columns: readonly PasteColumn<K>[]): { key: K; raw: string; row: number }[] | null {
  const pairs: { key: K; raw: string; row: number }[] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    for (let i = 0; i < row.length; i++) {
      const cell = row[i]!;
      if (cell.trim() === '') continue;
      const key = headerKey(cell, columns);
      if (!key || i + 1 >= row.length) return null;
      pairs.push({ key, raw: row[i + 1]!, row: r });
      i++;
    }
  }
  return pairs.length > 0 ? pairs : null;
}

/**
 * A block pasted into a one-row table (项目信息, 市级预算执行情况, 市级财政资金使用情况) from the
 * field `startColumn`: a header row and one row of values (mapped by heading), label/value pairs
 * ({@link labelPairs}), one column of values (read as one row), or one row of values left to right.
 * `what` names the table in messages. `title`: the table's own name, which a block copied from the
 * official form may carry as its row label (`市级预算执行情况 | 1700 | -1500 | …`) or over it in the
 * header row: a leading cell with it is skipped (行名列).
 */
export function mapRecord<K extends string>(
  grid: string[][],
  columns: readonly PasteColumn<K>[],
  startColumn: number,
  what: string,
  title?: string,
): PasteOutcome<Partial<Record<K, string>>> & { skipped?: string[] } {
  if (grid.length === 0) return { ok: false, message: '剪贴板里没有可粘贴的单元格。' };
  const skip = title ? [title] : [];
  const header = headerRow(grid, columns, skip);
  const pairs = header ? null : labelPairs(grid, columns);
  if (pairs) {
    const value: Partial<Record<K, string>> = {};
    for (const { key, raw, row } of pairs) {
      const col = columns.find((c) => c.key === key)!;
      const v = cellValue(raw, col);
      if (v === null) return { ok: false, message: notANumber(raw, col, row, null, columns) };
      value[key] = v;
    }
    return { ok: true, value, rows: 1, columns: Object.keys(value).length, skipped: [] };
  }
  let rows = grid;
  const skipped: string[] = [];
  // The table's name as the row label of its one row (as on paper): not a value.
  const isTitle = (c: string | undefined) => title !== undefined && c !== undefined && headerText(c) === headerText(title);
  if (!header && rows.every((r) => r.length > 1 && isTitle(r[0]))) {
    rows = rows.map((r) => r.slice(1));
    skipped.push('行名列');
  }
  // One column and several rows: read it as one row.
  if (rows.length > 1 && rows.every((r) => r.length === 1)) rows = [rows.map((r) => r[0]!)];
  const headed = headerRow(rows, columns, skip) !== null;
  const dataRows = headed ? rows.length - 1 : rows.length;
  if (dataRows > 1) {
    return {
      ok: false,
      message: `粘贴的内容有 ${dataRows} 行${headed ? '数据' : ''}，但${what}只有 1 行：第 2 行放不下。请只选一行（或一列）${headed ? '数据（可连同表头）' : ''}。表格没有改动。`,
    };
  }
  const mapped = mapGrid(rows, columns, startColumn, { skip });
  if (!mapped.ok) return mapped;
  return { ok: true, value: mapped.value[0] ?? {}, rows: 1, columns: mapped.columns, skipped: [...skipped, ...(mapped.skipped ?? [])] };
}

/**
 * Whether a cell is only a dash (—, ——, －, -, –, ／, /): what published forms print in cells that take
 * no input (the 其中 rows' 分值, 执行率, 得分 on the 10号 layout, C5).
 * @example isDashCell(' — ') // true
 */
export function isDashCell(cell: string): boolean {
  return /^(?:[—–－\-]{1,2}|[／/])$/.test(cell.trim());
}

/** One row of a table of amounts as {@link mapTable} places it: the table's row index and its values. */
export interface TableRowValues<K extends string> {
  row: number;
  values: Partial<Record<K, string>>;
}

/**
 * A block pasted into a table of amounts (the central 项目资金, C5: rows 年度资金总额 / 其中：当年财政拨款
 * / 上年结转资金 / 其他资金 × 年初预算数 / 全年预算数 / 全年执行数), its top-left cell at `startRow`,
 * `startColumn`. `rows` are the table's rows (their labels as printed), `columnsOf(i)` the paste
 * columns of row i (the total row has more: 分值, 执行率, 得分). Read as:
 * - a header row (every cell a column heading, the table's `title`, e.g. 项目资金, or blank; at
 *   least one heading) maps the columns by heading; without one, columns run from `startColumn`;
 * - a leading column of row labels (as the official table is laid out: 年度资金总额, 其中：当年财政拨款…)
 *   puts each pasted row on the row it names (a blank label: the row after the previous one);
 *   without one, rows run down from `startRow`.
 * `skipped` is ['表头行'] when there was a header row, `rowLabels` true when a label column was read.
 * A cell that is only a dash (isDashCell) where its row has no input cell (a 其中 row under 分值 /
 * 执行率 / 得分, or past the row's last column) is skipped and counted in `dashes`, not refused.
 * Empty cells clear their field, as in a spreadsheet. Refused as a whole, with a Chinese message
 * naming the pasted row and column, when a row or a column does not fit or a cell is no amount.
 */
export function mapTable<K extends string>(
  grid: string[][],
  rows: readonly { label: string }[],
  columnsOf: (row: number) => readonly PasteColumn<K>[],
  startRow: number,
  startColumn: number,
  title = '',
): PasteOutcome<TableRowValues<K>[]> & { skipped?: string[]; rowLabels?: boolean; dashes?: number } {
  if (grid.length === 0) return { ok: false, message: '剪贴板里没有可粘贴的单元格。' };
  const all: PasteColumn<K>[] = [];
  rows.forEach((_, i) => columnsOf(i).forEach((c) => all.some((x) => x.key === c.key) || all.push(c)));
  const header = headerRow(grid, all, title ? [title] : []);
  const body = header ? grid.slice(1) : grid;
  if (body.length === 0) return { ok: false, message: '粘贴的只有表头一行，没有数据：请连同下面的数据行一起选中再复制。表格没有改动。' };
  const skipped: string[] = header ? ['表头行'] : [];
  const rowOf = (cell: string) => {
    const h = headerText(cell);
    return h === '' ? -1 : rows.findIndex((r) => headerText(r.label) === h);
  };
  // A column of row labels: every pasted row's first cell names a row of the table, or is blank.
  const firsts = body.map((r) => r[0] ?? '');
  const labelled = (!header || header[0] === null) && firsts.some((c) => rowOf(c) >= 0) && firsts.every((c) => c.trim() === '' || rowOf(c) >= 0) && body.every((r) => r.length > 1);
  const offset = labelled ? 1 : 0;
  const top = header ? 2 : 1;
  const out: TableRowValues<K>[] = [];
  let dashes = 0;
  let at = startRow - 1;
  for (let r = 0; r < body.length; r++) {
    const line = r + top;
    const cells = body[r]!;
    at = labelled && cells[0]!.trim() !== '' ? rowOf(cells[0]!) : at + 1;
    if (at >= rows.length) {
      const from = labelled ? rows[rows.length - 1]!.label : rows[startRow]!.label;
      return {
        ok: false,
        message: labelled
          ? `粘贴的第 ${line} 行没有行名，而上一行已是最后一行“${from}”：请在第 ${line} 行第 1 列填上行名（${rows.map((x) => x.label).join('、')}），或删去这一行。表格没有改动。`
          : `粘贴的内容有 ${body.length} 行${header ? '数据' : ''}，但从“${from}”往下只有 ${rows.length - startRow} 行：第 ${line} 行放不下。请少选几行，或从更靠上的格子开始粘贴。表格没有改动。`,
      };
    }
    const columns = columnsOf(at);
    const values: Partial<Record<K, string>> = {};
    if (header) {
      for (let c = offset; c < cells.length; c++) {
        const key = header[c];
        if (key === null || key === undefined) continue;
        const raw = cells[c]!;
        const col = columns.find((x) => x.key === key);
        if (!col) {
          if (raw.trim() === '') continue;
          if (isDashCell(raw)) {
            dashes++;
            continue;
          }
          const named = all.find((x) => x.key === key)!.label;
          const owner = rows.find((_, i) => columnsOf(i).some((x) => x.key === key))?.label ?? '';
          return { ok: false, message: `粘贴的第 ${line} 行第 ${c + 1} 列“${raw.trim().slice(0, 30)}”：“${rows[at]!.label}”一行没有“${named}”，“${named}”只在“${owner}”一行。请把这个数放到“${owner}”一行，或不选这一格。表格没有改动。` };
        }
        const v = cellValue(raw, col);
        if (v === null) return { ok: false, message: notANumber(raw, col, line - 1, c, all) };
        values[key] = v;
      }
    } else {
      const data = cells.slice(offset);
      const room = columns.length - startColumn;
      let n = data.length;
      // Trailing blanks, and dashes past the row's last input column (no cell to put them in), are left out.
      while (n > 0 && (data[n - 1]!.trim() === '' || (n > room && isDashCell(data[n - 1]!)))) {
        if (data[n - 1]!.trim() !== '') dashes++;
        n--;
      }
      if (n > 0 && (room <= 0 || n > room)) {
        const first = columns[Math.min(startColumn, columns.length - 1)]!.label;
        const last = columns[columns.length - 1]!.label;
        return {
          ok: false,
          message:
            room <= 0
              ? `粘贴的第 ${line} 行落在“${rows[at]!.label}”一行，这一行没有“${all[startColumn]?.label ?? ''}”一栏：请从年初预算数等金额格开始粘贴。表格没有改动。`
              : `粘贴的第 ${line} 行有 ${n + offset} 列，但“${rows[at]!.label}”一行从“${first}”到“${last}”只有 ${room} 列：第 ${line} 行第 ${room + 1 + offset} 列“${data[room]!.trim()}”放不下。请少选几列，或从更靠左的格子开始粘贴。表格没有改动。`,
        };
      }
      for (let c = 0; c < Math.min(data.length, room); c++) {
        const col = columns[startColumn + c]!;
        const v = cellValue(data[c]!, col);
        if (v === null) return { ok: false, message: notANumber(data[c]!, col, line - 1, c + offset, columns) };
        values[col.key] = v;
      }
    }
    out.push({ row: at, values });
  }
  const width = Math.max(0, ...out.map((o) => Object.keys(o.values).length));
  return { ok: true, value: out, rows: out.length, columns: width, skipped, rowLabels: labelled, dashes };
}
