/**
 * What a single typed field of the form file must look like (form-format.md; R2 for weights), with
 * the Chinese “how to fix” message. The zod schema (schema.ts) is built from these rules for whole
 * files; a page can check one field as it is typed without loading zod. One source for both.
 */

/** The kinds of typed numeric field. */
export type FieldKind = 'amount' | 'weight' | 'selfScore' | 'year';

/** A field rule: the pattern a typed string must match (blank is always allowed), and the message. */
export interface FieldRule {
  pattern: RegExp;
  message: string;
}

/** The rules, by kind. Blank means “not filled in” and is always allowed. */
export const FIELD_RULES: Record<FieldKind, FieldRule> = {
  /** Money in 万元, may be negative (the adjustment and the balances can be). */
  amount: { pattern: /^\s*[+-]?\d+(\.\d+)?\s*$/, message: '应为数字（单位万元），如 200.00 或 -1500；不要写单位、逗号或其他符号' },
  /** R2: a weight is ≥ 0 with at most two decimals. */
  weight: { pattern: /^\s*\d+(\.\d{1,2})?\s*$/, message: '应为不小于 0、最多两位小数的数，如 4.8；留空则由本站按该类总分平均分摊' },
  /** R17: the self-score as written. */
  selfScore: { pattern: /^\s*[+-]?\d+(\.\d+)?\s*$/, message: '应为数字，如 4.8；不填可留空' },
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
