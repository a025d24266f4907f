/**
 * Paste from Excel/WPS: the text a spreadsheet puts on the clipboard (cells separated by tabs, rows
 * by new lines, a cell with a tab, a new line or a quote wrapped in double quotes) read into a grid,
 * and that grid mapped onto the form from the cell where it is pasted. Pure: no DOM. Never throws.
 *
 * A block that does not fit (too wide, a word where a number must go) is refused as a whole with a
 * Chinese message naming the pasted row and column; nothing is changed.
 */

import { normalizeNumber, toHalfWidth } from './number.ts';

export { normalizeNumber, toHalfWidth };

/** Splits clipboard text into rows of cells (tab-separated, quoted cells as Excel writes them). */
export function parseGrid(text: string): string[][] {
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
  // Spreadsheets end the block with a new line; drop trailing rows that are wholly empty.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c.trim() === '')) rows.pop();
  return rows;
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

/** Column of a field in the paste target, its Chinese name, and whether it holds a number. */
export interface PasteColumn<K extends string> {
  key: K;
  label: string;
  numeric: boolean;
}

export type PasteOutcome<T> = { ok: true; value: T; rows: number; columns: number } | { ok: false; message: string };

/** Checks and normalizes a grid against the columns from `startColumn` on. */
export function mapGrid<K extends string>(
  grid: string[][],
  columns: readonly PasteColumn<K>[],
  startColumn: number,
): PasteOutcome<Partial<Record<K, string>>[]> {
  if (grid.length === 0) return { ok: false, message: '剪贴板里没有可粘贴的单元格。' };
  const room = columns.length - startColumn;
  const out: Partial<Record<K, string>>[] = [];
  let width = 0;
  for (let r = 0; r < grid.length; r++) {
    const cells = grid[r]!;
    // Trailing empty cells (a selection wider than the data) do not count against the table's width.
    let n = cells.length;
    while (n > 0 && cells[n - 1]!.trim() === '') n--;
    if (n > room) {
      const first = columns[startColumn]!.label;
      const last = columns[columns.length - 1]!.label;
      return {
        ok: false,
        message: `粘贴的第 ${r + 1} 行有 ${n} 列，但从“${first}”到“${last}”只有 ${room} 列：第 ${r + 1} 行第 ${room + 1} 列“${cells[room]!.trim()}”放不下。请少选几列，或从更靠左的格子开始粘贴。表格没有改动。`,
      };
    }
    width = Math.max(width, n);
    // Empty cells inside the table's width clear their field, as in a spreadsheet; past it they are ignored.
    const apply = Math.min(cells.length, room);
    const values: Partial<Record<K, string>> = {};
    for (let c = 0; c < apply; c++) {
      const col = columns[startColumn + c]!;
      const raw = cells[c]!;
      if (col.numeric) {
        const v = normalizeNumber(raw);
        if (v === null) {
          return {
            ok: false,
            message: `粘贴的第 ${r + 1} 行第 ${c + 1} 列“${raw.trim()}”不是数字，不能放进“${col.label}”：请只选数字（可带千位分隔符），不要带单位或百分号。表格没有改动。`,
          };
        }
        values[col.key] = v;
      } else {
        values[col.key] = normalizeText(raw);
      }
    }
    out.push(values);
  }
  return { ok: true, value: out, rows: grid.length, columns: width };
}
