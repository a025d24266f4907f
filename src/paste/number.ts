/**
 * Numbers as people type or paste them (Excel/WPS, Chinese input methods), made into the plain
 * decimals the form file wants. Tiny and dependency-free: the calculator uses it on every keystroke.
 */

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

/** Full-width ASCII (０-９, ．, －, ，, ％ …) to half-width, and the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/**
 * A spreadsheet number as the form file wants it: `1,234.50`, `1，234.50`, `１２３４．５０`, ` 200 `
 * → `1234.50`, `1234.50`, `1234.50`, `200`; a minus sign of any kind (−, －) → `-`. Returns null when
 * the cell is not a plain number (a unit, a %, a word). An empty cell gives ''.
 */
export function normalizeNumber(cell: string): string | null {
  let t = toHalfWidth(cell).trim().replace(/[\u2212\u2012\u2013\uFE63]/g, '-');
  if (t === '') return '';
  t = t.replace(/\s+/g, '');
  // Thousands separators: only between digit groups of three.
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return null;
  if (t.startsWith('+')) t = t.slice(1);
  if (t.startsWith('.')) t = `0${t}`;
  if (t.startsWith('-.')) t = `-0${t.slice(1)}`;
  if (t.endsWith('.')) t = t.slice(0, -1);
  return t;
}

