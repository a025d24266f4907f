import { D, type Dec } from '../decimal.ts';
import type { Grade, Operator } from '../types.ts';
import { findDates, type DateSpec } from './date.ts';
import { foldWidth } from './fold.ts';

export { foldWidth } from './fold.ts';

/** A magnitude word written right after a number (R24): `万` ×10⁴, `亿` ×10⁸ … */
export interface Magnitude {
  /** 千, 万, 百万, 千万 or 亿. */
  word: string;
  /** The factor as a decimal string: `'10000'`. */
  factor: string;
}

/** Why a cell with digits could not be read (for the message). */
export type UnparsableReason =
  /** Operators that point different ways (`≥5%以内`, `=5%以内`, R22). */
  | 'operatorMix'
  /** A digit in what would be the unit (`2022年完成3个`, R4). */
  | 'digitInUnit'
  /** A range whose low end is above its high end (R23). */
  | 'rangeOrder'
  /** A range with its unit or magnitude word after the low end only, or different ones (R23). */
  | 'rangeUnit'
  /** A range with an operator (`≥90%-100%`, R23). */
  | 'rangeOperator'
  /** A range written as an actual: an actual is one value. */
  | 'rangeActual'
  /** A date that does not exist in its year (`2月29日前` in 2023, R4). */
  | 'noSuchDate'
  /** Anything else (`约16个`, `1,1`). */
  | 'format';

/**
 * What a person wrote in a 目标值 or 实际完成值 cell, read by R4 and R22–R27.
 *
 * - `blank`: nothing (or only an operator, on an actual).
 * - `number`: an operator, a signed decimal (already multiplied by a magnitude word, R24) and a unit
 *   (`控制在5%以内` → le, 5, `%`; `≥3万条` → ge, 30000, `条`).
 * - `range`: `a-b`, `a～b`, `a至b` … with a ≤ b (R23), a target only.
 * - `zeroWord`: 零X / 无X / 杜绝X, also after a period word (`全年零事故`): read as `=0` (R27), a target only.
 * - `grade`: one of 好/较好/一般/较差/差 (R5), an actual only.
 * - `qualitative`: a target with no digit (`合规`), or a deadline (`2022年12月31日前`, R26) with its date.
 * - `text`: words with no digit that are not a grade, on an actual (`优秀`, `达成年度指标`).
 * - `unparsable`: has digits but does not read by these rules (`约16个`), with the reason.
 */
export type ParsedValue =
  | { kind: 'blank'; text: string }
  | {
      kind: 'number';
      text: string;
      operator: Operator;
      /** Whether an operator was written (glyph or word); `=` counts as written. */
      operatorGiven: boolean;
      /** The operator glyphs and words as written, in order (`['控制在', '以内']`); empty when none. */
      operatorWords: string[];
      /** On an actual: an operator other than `=` / 等于 / 达到 was written (R29). */
      operatorFlag: boolean;
      /** The value, signed, magnitude applied. */
      value: Dec;
      /** The number as written, before the magnitude word (`3` of `3万条`). */
      written: string;
      magnitude: Magnitude | null;
      unit: string;
    }
  | { kind: 'range'; text: string; low: Dec; high: Dec; lowWritten: string; highWritten: string; magnitude: Magnitude | null; unit: string }
  | { kind: 'zeroWord'; text: string }
  | { kind: 'grade'; text: string; grade: Grade }
  | { kind: 'qualitative'; text: string; deadline: DateSpec | null }
  | { kind: 'text'; text: string }
  | { kind: 'unparsable'; text: string; reason: UnparsableReason };

/** The grade words of R5, in table order. */
export const GRADE_WORDS: readonly Grade[] = ['好', '较好', '一般', '较差', '差'];

/**
 * Operator glyphs and words written before the number (R4, R22), longest first when matched.
 * `达到` is ≥ but on an actual it states a value reached, so it is not flagged (R29).
 */
export const OPERATORS_BEFORE: ReadonlyArray<readonly [string, Operator]> = [
  ['>=', 'ge'], ['<=', 'le'], ['≥', 'ge'], ['≧', 'ge'], ['≤', 'le'], ['≦', 'le'], ['>', 'gt'], ['<', 'lt'], ['=', 'eq'],
  ['大于等于', 'ge'], ['大于或等于', 'ge'], ['不小于', 'ge'], ['达到', 'ge'], ['不少于', 'ge'], ['不低于', 'ge'], ['至少', 'ge'],
  ['大于', 'gt'], ['高于', 'gt'], ['超过', 'gt'], ['多于', 'gt'],
  ['小于等于', 'le'], ['小于或等于', 'le'], ['不大于', 'le'], ['控制在', 'le'], ['不超过', 'le'], ['不高于', 'le'], ['不多于', 'le'], ['至多', 'le'],
  ['小于', 'lt'], ['低于', 'lt'], ['少于', 'lt'],
  ['等于', 'eq'],
];

/** Operator words written after the number and unit (R22): at the end of the cell or before a final 完成. */
export const OPERATORS_AFTER: ReadonlyArray<readonly [string, Operator]> = [
  ['及以上', 'ge'], ['或以上', 'ge'], ['以上', 'ge'],
  ['及以下', 'le'], ['或以下', 'le'], ['以内', 'le'], ['之内', 'le'], ['以下', 'le'],
];

/** Operators on an actual that state the value reached and are not flagged by R29. */
const NOT_FLAGGED = new Set(['=', '等于', '达到']);

const BEFORE_SORTED = [...OPERATORS_BEFORE].sort((a, b) => b[0].length - a[0].length);
const AFTER_RE = new RegExp(`(${OPERATORS_AFTER.map(([w]) => w).join('|')})(完成)?$`);
const AFTER_OP = new Map(OPERATORS_AFTER);
/** An actual that is only an operator word written after a number (`以上`, `以内`): blank, as R4 says of operators. */
const AFTER_ONLY = new RegExp(`^(${OPERATORS_AFTER.map(([w]) => w).join('|')})(完成)?$`);
/** Sentence punctuation people leave at the end of a cell (`90%以上。`); not `.`, which may be a decimal point. */
const TRAILING_PUNCTUATION = /[。；;，,、！!？?]+$/;

/** Magnitude words (R24); never 百 alone. */
const MAGNITUDES: Record<string, string> = { 千万: '10000000', 百万: '1000000', 千: '1000', 万: '10000', 亿: '100000000' };

// sign, digits (thousands groups allowed), decimals; then an optional magnitude word.
const NUM = String.raw`([-+]?)\s*(\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s*(千万|百万|千|万|亿))?`;
const NUMBER_RE = new RegExp(`^${NUM}(.*)$`, 's');
const RANGE_SEPARATORS = '——|—|-|～|~|〜|至|–';
const RANGE_RE = new RegExp(`^${NUM}\\s*([^\\d\\s\\-～~〜至—–]*?)\\s*(?:${RANGE_SEPARATORS})\\s*${NUM}(.*)$`, 's');
const THOUSANDS_OK = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
// Powers in unit symbols are not digits (R4): m2, m3 (from m², ㎡ after folding).
const UNIT_POWERS = /m[23](?!\d)/g;
const ZERO_WORD_RE = /^(零|无|杜绝)/;
const QUANTITY_INSIDE = new RegExp(`(${[...OPERATORS_BEFORE.map(([w]) => w)].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*[-+]?\\d`);
const ZERO_PERIOD_WORDS = ['项目期内', '实施期内', '建设期内', '全年度', '本年度', '当年度', '今年度', '全年', '本年', '当年', '今年', '年度', '每年', '每季度', '每月', '期内'];

function direction(op: Operator): 'up' | 'down' | 'eq' {
  return op === 'ge' || op === 'gt' ? 'up' : op === 'le' || op === 'lt' ? 'down' : 'eq';
}

/**
 * Reads the operators written before the number (R4, R22), glyphs and words, longest first; `rest` is
 * what follows them. Also used to drop operators before a qualitative actual (C12).
 * @example readOperatorsBefore('≥ 95%').rest // '95%'
 */
export function readOperatorsBefore(text: string): { ops: Array<[string, Operator]>; rest: string } {
  const ops: Array<[string, Operator]> = [];
  let rest = text;
  for (;;) {
    const t = rest.trimStart();
    const hit = BEFORE_SORTED.find(([w]) => t.startsWith(w));
    if (!hit) return { ops, rest: t };
    ops.push([hit[0], hit[1]]);
    rest = t.slice(hit[0].length);
  }
}

/** Combines the operators written (R22): all one way → the first written; a mix → null. */
function combine(ops: ReadonlyArray<readonly [string, Operator]>): Operator | null | 'none' {
  if (ops.length === 0) return 'none';
  const dir = direction(ops[0]![1]);
  return ops.every(([, op]) => direction(op) === dir) ? ops[0]![1] : null;
}

function readDecimalText(sign: string, digits: string): { value: Dec; written: string } | null {
  if (digits.includes(',') && !THOUSANDS_OK.test(digits)) return null;
  const cleaned = digits.replace(/,/g, '');
  const written = sign === '-' ? `-${cleaned}` : cleaned;
  return { value: new D(written), written };
}

function magnitudeOf(word: string | undefined): Magnitude | null {
  return word ? { word, factor: MAGNITUDES[word]! } : null;
}

function hasDigit(unit: string): boolean {
  return /\d/.test(unit.replace(UNIT_POWERS, ''));
}

/** Splits an operator word after the number off the end (R22), with a final 完成. */
function splitAfter(rest: string): { unit: string; after: [string, Operator] | null } {
  const m = AFTER_RE.exec(rest);
  if (!m) return { unit: rest.trim(), after: null };
  return { unit: rest.slice(0, m.index).trim(), after: [m[1]!, AFTER_OP.get(m[1]!)!] };
}

type NumberReading = Extract<ParsedValue, { kind: 'number' | 'range' | 'unparsable' }>;

/** Reads operators + number or range + unit + operator word (R4, R22–R24). `null`: not a number at all. */
function readQuantity(text: string, allowRange: boolean): NumberReading | null {
  const { ops: before, rest } = readOperatorsBefore(text);
  const range = allowRange ? RANGE_RE.exec(rest) : null;
  if (range) {
    const [, s1 = '', d1 = '', m1, unitA = '', s2 = '', d2 = '', m2, tail = ''] = range;
    const a = readDecimalText(s1, d1);
    const b = readDecimalText(s2, d2);
    if (a && b) {
      const { unit: unitB, after } = splitAfter(tail);
      if (before.length > 0 || after) return { kind: 'unparsable', text, reason: 'rangeOperator' };
      if (hasDigit(unitB)) return { kind: 'unparsable', text, reason: 'digitInUnit' };
      const ua = unitA.trim();
      if ((ua !== '' && ua !== unitB) || (m1 !== undefined && m1 !== m2)) return { kind: 'unparsable', text, reason: 'rangeUnit' };
      const magnitude = magnitudeOf(m2);
      const factor = magnitude ? new D(magnitude.factor) : null;
      const low = factor ? a.value.times(factor) : a.value;
      const high = factor ? b.value.times(factor) : b.value;
      if (low.gt(high)) return { kind: 'unparsable', text, reason: 'rangeOrder' };
      return { kind: 'range', text, low, high, lowWritten: a.written, highWritten: b.written, magnitude, unit: unitB };
    }
  }
  const m = NUMBER_RE.exec(rest);
  if (!m) return before.length > 0 && /\d/.test(rest) ? { kind: 'unparsable', text, reason: 'format' } : null;
  const [, sign = '', digits = '', mag, tail = ''] = m;
  const num = readDecimalText(sign, digits);
  if (!num) return { kind: 'unparsable', text, reason: 'format' };
  const { unit, after } = splitAfter(tail);
  if (hasDigit(unit)) {
    // A second number after the first: a range written with an operator (`≥90%-100%`) or a unit with a digit.
    const looksRange = allowRange && new RegExp(`^[^\\d]*?(?:${RANGE_SEPARATORS})\\s*[-+]?\\d`).test(unit);
    return { kind: 'unparsable', text, reason: looksRange && before.length > 0 ? 'rangeOperator' : 'digitInUnit' };
  }
  const ops = after ? [...before, after] : before;
  const op = combine(ops);
  if (op === null) return { kind: 'unparsable', text, reason: 'operatorMix' };
  const magnitude = magnitudeOf(mag);
  return {
    kind: 'number',
    text,
    operator: op === 'none' ? 'eq' : op,
    operatorGiven: op !== 'none',
    operatorWords: ops.map(([w]) => w),
    operatorFlag: ops.some(([w, o]) => o !== 'eq' && !NOT_FLAGGED.has(w)),
    value: magnitude ? num.value.times(magnitude.factor) : num.value,
    written: num.written,
    magnitude,
    unit,
  };
}

/**
 * A zero in words (R27): 零X / 无X / 杜绝X, also after a period word (`全年零事故`,
 * `年内无重大安全事故`, `2022年零投诉`). Text is folded and trimmed.
 * @example isZeroWord('全年零事故') // true
 */
export function isZeroWord(text: string): boolean {
  let rest = text;
  const dates = findDates(rest);
  if (dates.length > 0 && dates[0]!.start === 0) {
    rest = rest.slice(dates[0]!.end).replace(/^(度内|度|之前|以前|前|内)/, '');
  } else {
    const period = ZERO_PERIOD_WORDS.find((w) => rest.startsWith(w));
    if (period) rest = rest.slice(period.length);
  }
  if (!ZERO_WORD_RE.test(rest.trimStart())) return false;
  // 无线网络覆盖率≥95%, 零星维修不少于50次: the zero word is the start of an ordinary word, and an
  // operator with a number follows. Not a zero target: it is read (and refused) as a quantity, so
  // the user is told, rather than scored =0 with confidence.
  return !QUANTITY_INSIDE.test(rest) && !(/\d/.test(rest) && AFTER_RE.test(rest));
}

/**
 * The deadline a target states (R26), or `null`: no operator before it, exactly one date, no
 * other digit, any other text around it (`2022年12月底前完成验收`).
 */
function readDeadline(text: string): DateSpec | null {
  if (BEFORE_SORTED.some(([w]) => text.startsWith(w))) return null;
  const dates = findDates(text);
  if (dates.length !== 1) return null;
  const d = dates[0]!;
  const outside = text.slice(0, d.start) + text.slice(d.end);
  return /\d/.test(outside) ? null : d.spec;
}

/** How many readings of each kind are kept; past that the memory starts over (a form has at most 500 rows). */
const REMEMBERED = 2_000;
const targets = new Map<string, ParsedValue>();
const actuals = new Map<string, ParsedValue>();

/** Freezes a reading and the arrays and objects in it (decimals are immutable already). */
function freeze(value: ParsedValue): ParsedValue {
  for (const v of Object.values(value)) if (Array.isArray(v) || (v !== null && typeof v === 'object' && !(v instanceof D))) Object.freeze(v);
  return Object.freeze(value);
}

/**
 * The reading of `text` by `read`, remembered: a cell's text is read once, not on every rescoring
 * (the calculator rescores the whole form on each keystroke, and forms repeat 好, ≥95%…). Readings
 * are frozen, so a caller cannot change what the next one gets.
 */
function remembered(memory: Map<string, ParsedValue>, text: string, read: (text: string) => ParsedValue): ParsedValue {
  let value = memory.get(text);
  if (value === undefined) {
    if (memory.size >= REMEMBERED) memory.clear();
    value = freeze(read(text));
    memory.set(text, value);
  }
  return value;
}

/**
 * Reads a 目标值 as written (R4, R22–R27). Never throws.
 *
 * In order: a zero in words (R27) → `zeroWord`; a deadline (R26) → `qualitative` with its date;
 * text with no digit → `qualitative`; else operators + number or range + unit (R22–R24), or
 * `unparsable` with the reason. No operator means `=`.
 * @example parseTarget('控制在5%以内') // { kind: 'number', operator: 'le', value: 5, unit: '%' }
 * @example parseTarget('≥3万条') // { kind: 'number', operator: 'ge', value: 30000, unit: '条' }
 * @example parseTarget('90%-100%') // { kind: 'range', low: 90, high: 100, unit: '%' }
 * @example parseTarget('合规') // { kind: 'qualitative', deadline: null }
 */
export function parseTarget(raw: string | null | undefined): ParsedValue {
  return remembered(targets, String(raw ?? ''), readTarget);
}

function readTarget(raw: string): ParsedValue {
  const text = foldWidth(raw).trim().replace(TRAILING_PUNCTUATION, '').trim();
  if (text !== '' && isZeroWord(text)) return { kind: 'zeroWord', text };
  const deadline = readDeadline(text);
  if (deadline) return { kind: 'qualitative', text, deadline };
  if (!/\d/.test(text)) return { kind: 'qualitative', text, deadline: null };
  return readQuantity(text, true) ?? { kind: 'unparsable', text, reason: 'format' };
}

/**
 * Reads a 实际完成值 as written (R4, R5, R22, R24, R29). Never throws.
 *
 * Operators are read as on a target (a mix is `unparsable`) and then dropped: `=16 个` is 16 个,
 * `98%以上` is 98 % with `operatorFlag` (R29); `＝好` is 好; an actual that is only an operator is
 * `blank`. One of the five grade words is a `grade`; other words with no digit are `text`.
 * @example parseActual('=16 个') // { kind: 'number', operator: 'eq', value: 16, unit: '个' }
 * @example parseActual('较好') // { kind: 'grade', grade: '较好' }
 */
export function parseActual(raw: string | null | undefined): ParsedValue {
  return remembered(actuals, String(raw ?? ''), readActual);
}

function readActual(raw: string): ParsedValue {
  const text = foldWidth(raw).trim().replace(TRAILING_PUNCTUATION, '').trim();
  if (text === '') return { kind: 'blank', text };
  const { rest } = readOperatorsBefore(text);
  if (rest === '' || AFTER_ONLY.test(rest)) return { kind: 'blank', text };
  if ((GRADE_WORDS as readonly string[]).includes(rest)) return { kind: 'grade', text, grade: rest as Grade };
  if (!/\d/.test(rest)) return { kind: 'text', text };
  const q = readQuantity(text, false);
  if (q === null) return { kind: 'unparsable', text, reason: 'format' };
  if (q.kind === 'number') return { ...q, operator: 'eq' };
  return q;
}

/**
 * Compares two units as the form means them: spaces ignored, full width folded (R7).
 * A unit on one side only is not a difference.
 * @example sameUnit('万 元', '万元') // true
 */
export function sameUnit(a: string, b: string): boolean {
  if (a === '' || b === '' || a === b) return true;
  return a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
}
