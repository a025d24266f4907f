/**
 * What a single typed field of the form file must look like (form-format.md; R2 for weights), with
 * the Chinese “how to fix” message. The zod schema (schema.ts) is built from these rules for whole
 * files; a page can check one field as it is typed without loading zod. One source for both.
 */

/** What a form with no indicator rows is told (form-format.md: `indicators` has at least one row). */
export const NO_INDICATORS = '至少要有一项指标';

/**
 * The most indicator rows (and sub-project rows) a form may have. A real 自评表 has a few dozen;
 * the cap keeps a wrong or hostile file or link from freezing the page (issue 5).
 */
export const MAX_ROWS = 500;

/** What a form with too many rows is told. */
export const TOO_MANY_ROWS = `最多 ${MAX_ROWS} 行；一张自评表通常只有几十项，请检查是否选错了文件`;

/**
 * The most characters one text field (a name, a target, an actual value, a 说明) may hold: the
 * length of an Excel cell (32,767). Shared by form files, share links and the CLI (schema.ts), so a
 * 10 MB name in a file or a link is refused with a message instead of freezing the page (issue 14).
 */
export const MAX_TEXT_CHARS = 32_767;

/** What a text field over MAX_TEXT_CHARS is told. */
export const TEXT_TOO_LONG = `太长：每一格最多 ${MAX_TEXT_CHARS.toLocaleString('en-US')} 个字符（与 Excel 一个单元格相同），请删减`;

/**
 * The most bytes a form may take as UTF-8 JSON (or CSV) text: 4 MiB. A real 自评表 is 10–50 KB; at
 * the caps (500 rows, a few long notes) a form stays well below. Shared by file import (checked on
 * the file's size before it is read), share links (the inflate stops here), the CLI (reading stops
 * here, even on /dev/zero) and autosave (a saved draft over it is kept but not opened). Issue 14.
 */
export const MAX_FORM_BYTES = 4 * 1024 * 1024;

/** MAX_FORM_BYTES in words, for messages: “4 MB”. */
export const MAX_FORM_SIZE_TEXT = `${MAX_FORM_BYTES / 1024 / 1024} MB`;

/** The kinds of typed numeric field. */
export type FieldKind = 'amount' | 'weight' | 'selfScore' | 'year';

/** A field rule: the pattern a typed string must match (blank is always allowed), and the message. */
export interface FieldRule {
  pattern: RegExp;
  message: string;
}

/** The rules, by kind. Blank means “not filled in” and is always allowed. */
export const FIELD_RULES: Record<FieldKind, FieldRule> = {
  /** Money in 万元, may be negative (the adjustment and the balances can be); at most 12 integer and 6 decimal digits. */
  amount: { pattern: /^\s*[+-]?\d{1,12}(\.\d{1,6})?\s*$/, message: '应为数字（单位万元，最多 12 位整数、6 位小数），如 200.00 或 -1500；不要写单位、逗号或其他符号' },
  /** R2: a weight is ≥ 0 with at most two decimals; below 1000 (a category has at most 26 分). */
  weight: { pattern: /^\s*\d{1,3}(\.\d{1,2})?\s*$/, message: '应为 0～999、最多两位小数的数，如 4.8；留空则由本站按该类总分平均分摊' },
  /** R17: the self-score as written; below 1000. */
  selfScore: { pattern: /^\s*[+-]?\d{1,3}(\.\d{1,6})?\s*$/, message: '应为数字（最多 3 位整数），如 4.8；不填可留空' },
  /** 项目年份. */
  year: { pattern: /^\s*(19\d\d|20\d\d|2100)\s*$/, message: '应为四位年份，如 2020' },
};

/**
 * Checks one typed field. Returns `null` when it is fine (or blank), else the Chinese message.
 * @example checkField('weight', '4.805') // '应为不小于 0、最多两位小数的数，如 4.8；…'
 */
export function checkField(kind: FieldKind, value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'NaN') : value;
  if (text.trim() === '') return null;
  return FIELD_RULES[kind].pattern.test(text) ? null : FIELD_RULES[kind].message;
}
