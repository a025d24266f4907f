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

/**
 * A score cell (权重 / 分值, 自评分 / 自评得分, in 分) as people type or paste it: a number as
 * {@link normalizeNumber} reads it, optionally followed by the unit 分 (`8分`, `８分`, `4.8 分` → `8`, `8`,
 * `4.8`), as R4 folds every cell. Returns null when it is not such a number; an empty cell gives ''.
 */
export function normalizeScore(cell: string): string | null {
  const whole = toHalfWidth(cell).trim();
  const t = whole.replace(/\s*分$/, '');
  if (t === '' && whole !== '') return null;
  return normalizeNumber(t);
}

/**
 * A year cell (年度, 项目年份) as people type it: full-width digits folded (R4), spaces trimmed, and a
 * trailing 年 or 年度 dropped (`２０２４`, `2024年`, `2024 年度` → `2024`). Returns the text otherwise
 * unchanged (the year rule then says what is wrong); '' for a blank cell.
 * @example normalizeYear('２０２４年') // '2024'
 */
export function normalizeYear(cell: string): string {
  return toHalfWidth(cell).trim().replace(/\s*年度?$/, '');
}

/**
 * An amount cell of a 万元 column as people type or paste it: a number as {@link normalizeNumber}
 * reads it, optionally followed by the unit 万 or 万元 (`1,234.5万`, `1700.00万元`, `480 万元` →
 * `1234.5`, `1700.00`, `480`). Returns null when it is not such an amount — in particular an
 * amount in 元 (`4800000元`), which must be converted, never silently read as 万元 (see
 * {@link isYuanAmount}). An empty cell gives ''.
 */
export function normalizeAmount(cell: string): string | null {
  const whole = toHalfWidth(cell).trim();
  const t = whole.replace(/\s*万元?$/, '');
  if (t === '' && whole !== '') return null;
  return normalizeNumber(t);
}

/** Whether a cell is a number written in 元 (`4,800,000元`, `480 元`), not 万元: it must be divided by 10 000. */
export function isYuanAmount(cell: string): boolean {
  const t = toHalfWidth(cell).trim();
  return /元$/.test(t) && !/万元$/.test(t) && normalizeNumber(t.replace(/\s*元$/, '')) !== null;
}

/**
 * What an amount cell (万元) accepts, for the message beside a cell that does not read as one: the
 * same forms {@link normalizeAmount} accepts.
 */
export const AMOUNT_HELP = '应为以万元为单位的数字，如 1234.5、1,234.5、1234.5万 或 1234.5万元（最多 12 位整数、6 位小数）；以元为单位的金额请先除以 10000 换算成万元';

/** The message for an amount written in 元: how to convert it, with the exact figure in 万元 (the decimal point moved four places). */
export function yuanMessage(cell: string): string {
  const plain = normalizeNumber(toHalfWidth(cell).trim().replace(/\s*元$/, '')) ?? '';
  const [int = '', frac = ''] = plain.replace('-', '').split('.');
  const digits = int.padStart(5, '0');
  const wan = `${plain.startsWith('-') ? '-' : ''}${digits.slice(0, -4).replace(/^0+(?=\d)/, '')}.${digits.slice(-4)}${frac}`.replace(/\.?0+$/, '');
  return `单位是元：这一栏以万元为单位，请除以 10000 换算（${plain} 元 = ${wan} 万元，可填 ${wan}）`;
}
