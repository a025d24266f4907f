import { D, type Dec } from '../decimal.ts';
import type { Grade, Operator } from '../types.ts';

/**
 * What a person wrote in a 目标值 or 实际完成值 cell, read by R4.
 *
 * - `blank`: nothing (or only an operator, on an actual).
 * - `number`: an operator, a decimal and a unit (`≥95%` → ge, 95, `%`).
 * - `grade`: one of 好/较好/一般/较差/差 (R5).
 * - `qualitative`: text with no digit (`合规`), or a deadline (`2020年10月底前`), on a target.
 * - `text`: words with no digit that are not a grade, on an actual (`优秀`, `达标`).
 * - `unparsable`: has digits but does not read as operator + number + unit (`约16个`).
 */
export type ParsedValue =
  | { kind: 'blank'; text: string }
  | { kind: 'number'; text: string; operator: Operator; operatorGiven: boolean; value: Dec; unit: string }
  | { kind: 'grade'; text: string; grade: Grade }
  | { kind: 'qualitative'; text: string; deadline: boolean }
  | { kind: 'text'; text: string }
  | { kind: 'unparsable'; text: string };

const FULL_WIDTH: Record<string, string> = {
  '．': '.',
  '％': '%',
  '＝': '=',
  '＞': '>',
  '＜': '<',
  '，': ',',
  '－': '-',
  '＋': '+',
  '\u3000': ' ',
};

/**
 * Folds the full-width forms people type in Chinese input methods to ASCII (R4):
 * digits ０–９, `．`, `％`, `＝`, `＞`, `＜`, `，`, `－`, `＋` and the ideographic space.
 * @example foldWidth('＝１３個') // '=13個'
 */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xff10 + 0x30);
    else out += FULL_WIDTH[ch] ?? ch;
  }
  return out;
}

/** Operators and the words that mean them (R4), longest first so `>=` wins over `>`. */
const OPERATORS: ReadonlyArray<readonly [string, Operator]> = [
  ['>=', 'ge'],
  ['<=', 'le'],
  ['≥', 'ge'],
  ['≧', 'ge'],
  ['≤', 'le'],
  ['≦', 'le'],
  ['>', 'gt'],
  ['<', 'lt'],
  ['=', 'eq'],
  ['不少于', 'ge'],
  ['不低于', 'ge'],
  ['至少', 'ge'],
  ['不超过', 'le'],
  ['不高于', 'le'],
  ['不多于', 'le'],
  ['至多', 'le'],
];

/** The grade words of R5, in table order. */
export const GRADE_WORDS: readonly Grade[] = ['好', '较好', '一般', '较差', '差'];

const NUMBER = /^([-−+]?)\s*(\d[\d,]*(?:\.\d+)?|\.\d+)(.*)$/s;
const DEADLINE = /\d{4}\s*年|季度|(前|之前|以前)$/;

/** Splits a leading operator off `text` (already folded and trimmed). */
function splitOperator(text: string): { operator: Operator | null; rest: string } {
  for (const [token, operator] of OPERATORS) {
    if (text.startsWith(token)) return { operator, rest: text.slice(token.length).trim() };
  }
  return { operator: null, rest: text };
}

/** Reads `operator number unit` from `rest`, or `null` when it does not read that way. */
function readNumber(rest: string): { value: Dec; unit: string } | null {
  const m = NUMBER.exec(rest);
  if (!m) return null;
  const [, sign = '', digits = '', unitRaw = ''] = m;
  const cleaned = digits.replace(/,/g, '');
  // Thousands separators must sit between groups of three digits: "1,234.5" yes, "1,2", "1,,2" or "12," no.
  if (digits.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) return null;
  const negative = sign === '-' || sign === '−';
  const value = new D(negative ? `-${cleaned}` : cleaned);
  return { value, unit: unitRaw.trim() };
}

/**
 * Reads a 目标值 as written (R4). Never throws.
 *
 * A target with no digit is `qualitative` (its actual is graded 好…差), and so is a deadline
 * (a four-digit year with 年, a 季度, or text ending in 前/之前/以前). No operator means `=`.
 * @example parseTarget('≥95%') // { kind: 'number', operator: 'ge', value: 95, unit: '%' }
 * @example parseTarget('合规') // { kind: 'qualitative', deadline: false }
 */
export function parseTarget(raw: string | null | undefined): ParsedValue {
  const text = foldWidth(String(raw ?? '')).trim();
  if (!/\d/.test(text)) return { kind: 'qualitative', text, deadline: false };
  if (DEADLINE.test(text)) return { kind: 'qualitative', text, deadline: true };
  const { operator, rest } = splitOperator(text);
  const num = readNumber(rest);
  if (!num) return { kind: 'unparsable', text };
  return {
    kind: 'number',
    text,
    operator: operator ?? 'eq',
    operatorGiven: operator !== null,
    value: num.value,
    unit: num.unit,
  };
}

/**
 * Reads a 实际完成值 as written (R4, R5). Never throws.
 *
 * Any leading operator is dropped (`=16 个` is 16 个, `＝好` is 好); an actual that is only an
 * operator is `blank`. One of the five grade words is a `grade`; other words with no digit are `text`.
 * @example parseActual('=16 个') // { kind: 'number', operator: 'eq', value: 16, unit: '个' }
 * @example parseActual('较好') // { kind: 'grade', grade: '较好' }
 */
export function parseActual(raw: string | null | undefined): ParsedValue {
  const text = foldWidth(String(raw ?? '')).trim();
  if (text === '') return { kind: 'blank', text };
  const { rest } = splitOperator(text);
  if (rest === '') return { kind: 'blank', text };
  if ((GRADE_WORDS as readonly string[]).includes(rest)) return { kind: 'grade', text, grade: rest as Grade };
  if (!/\d/.test(rest)) return { kind: 'text', text };
  const num = readNumber(rest);
  if (!num) return { kind: 'unparsable', text };
  return { kind: 'number', text, operator: 'eq', operatorGiven: false, value: num.value, unit: num.unit };
}

/**
 * Compares two units as the form means them: spaces ignored, full width folded (R7).
 * A unit on one side only is not a difference.
 * @example sameUnit('万 元', '万元') // true
 */
export function sameUnit(a: string, b: string): boolean {
  if (a === '' || b === '') return true;
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}
