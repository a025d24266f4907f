import DecimalJs from 'decimal.js';

/**
 * The engine's only number type: a decimal.js clone with 四舍五入 (ROUND_HALF_UP) rounding and
 * enough precision for any amount, ratio or score on the form. Never use binary floats (R15):
 * `D(3).times('0.835')` is exactly 2.505 and rounds to 2.51.
 * The site ships a pruned decimal.js (src/integrations/decimal-prune.ts): `new D(…)` reads numbers,
 * decimals and plain decimal strings (`-1.5`, `.5`, `1e3`) only, and throws decimal.js's Invalid
 * argument error for any other string (hexadecimal, `1_000`, `Infinity`): check what a user typed with
 * readDecimal first. The settings below are copied as given, unchecked.
 */
export const D = DecimalJs.clone({
  precision: 50,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -50,
  toExpPos: 60,
  minE: -9e15,
  maxE: 9e15,
});

/** A value of the engine's decimal type. */
export type Dec = InstanceType<typeof D>;

/** Zero and one hundred, the values the rules compare against most. */
export const ZERO: Dec = new D(0);
export const HUNDRED: Dec = new D(100);

const constants = new Map<string | number, Dec>();

/**
 * The decimal of a fixed number in a rule set's data (a band's 100 and 130, a grade's 80, the 0.01
 * tolerance…), parsed once and shared: decimals are immutable, and rule data is a handful of values.
 * Not for what a user typed (that would only grow the cache).
 * @example constant('0.01').eq('0.01') // true
 */
export function constant(value: string | number): Dec {
  let d = constants.get(value);
  if (d === undefined) {
    d = new D(value);
    constants.set(value, d);
  }
  return d;
}

/**
 * The last few texts made of decimals, by identity: a row shows its weight in its weight step, its
 * score step and its result, its 50-digit ratio in its ratio step, band step and result, its share
 * in its deduction step, score step and result. Decimals are immutable, so the same object always
 * gives the same text; a short ring is enough, as a row's values are shown together.
 */
function recentTexts(size: number, make: (value: Dec) => string): (value: Dec) => string {
  const values: (Dec | undefined)[] = new Array(size);
  const texts: string[] = new Array(size);
  let next = 0;
  // The text of `value`, from the ring or made and kept.
  return (value) => {
    for (let i = 0; i < size; i++) if (values[i] === value) return texts[i]!;
    const text = make(value);
    values[next] = value;
    texts[next] = text;
    next = (next + 1) % size;
    return text;
  };
}

const fixed2Text = recentTexts(8, (value) => {
  // Most values (weights, scores, 2-decimal amounts) need no rounding: pad the exact digits instead.
  const places = value.decimalPlaces();
  if (!(places <= 2)) return value.toFixed(2, D.ROUND_HALF_UP);
  const text = value.toFixed();
  return places === 2 ? text : places === 1 ? `${text}0` : `${text}.00`;
});
const plainText = recentTexts(8, (value) => value.toFixed());

/**
 * Rounds half-up (四舍五入, as Excel/WPS ROUND) to 0.01 and returns exactly two decimals (R16).
 * @example fixed2(new D('2.505')) // '2.51'
 */
export function fixed2(value: Dec): string {
  return fixed2Text(value);
}

/**
 * Rounds half-up to 0.01 and returns the decimal (R16: each indicator score is rounded once).
 * A value with at most two decimals is returned as it is (decimals are immutable).
 * @example round2(new D('1.107692')).toString() // '1.11'
 */
export function round2(value: Dec): Dec {
  return value.decimalPlaces() <= 2 ? value : value.toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/**
 * A short plain rendering for sentences and steps: every digit, no trailing zeros, no exponent
 * (`16`, `123.08`, `0.5`, a ratio's 50 digits).
 * @example plain(new D('4.80')) // '4.8'
 */
export function plain(value: Dec): string {
  return plainText(value);
}

/**
 * Reads a decimal from a form-file value (JSON number or decimal string, R2/R18).
 * Returns `null` for blank, absent or unreadable input; never throws.
 * @example readDecimal(' 4.8 ')?.toString() // '4.8'
 */
export function readDecimal(input: string | number | null | undefined): Dec | null {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isFinite(input) ? new D(input) : null;
  const text = input.trim();
  if (text === '' || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  return new D(text);
}

/**
 * Reads a self-score (自评分, 分) as a score is written on the form: to the cent. The value is rounded
 * half-up to 0.01 once, first (C11, C14, R16), and every check (the tier band of C11, the weight cap of
 * C13/R31, the mismatch of R17) and the score use that rounded value, so a message never shows a
 * number other than the one checked. Blank or unreadable input gives `null`, as `readDecimal`.
 * @example readSelfScore('2.655')?.toString() // '2.66'
 */
export function readSelfScore(input: string | number | null | undefined): Dec | null {
  const value = readDecimal(input);
  return value === null ? null : round2(value);
}
