/**
 * Dates as forms write them, for deadlines (R26) and period words before a zero target (R27).
 *
 * Read: a year (`2022年`, optionally with a month and a day: `2022年12月31日`, `2020年10月底`,
 * `2020年底`, `2022年上半年`, `2022年第3季度`); a month or a day without a year (`12月底`,
 * `6月30日`); `2022-11-30`, `2022.11.30`, `2022/11/30`; and the words 年底 / 年末 / 年内 /
 * 上半年 / 下半年 / 第N季度 (`三季度末` reads as 第3季度). `季度末` or `月底` with no quarter or
 * month named name no day. Every date stands for its last day: a year and 年底, 年末, 年内,
 * 下半年 Dec 31; 上半年 Jun 30; a month its last day; a quarter its last day.
 * Text is expected folded (foldWidth). Nothing here throws.
 */

/** A date as written: the parts given, and how precise it is. */
export interface DateSpec {
  /** Four-digit year, or `null` when none is written (then 项目年份, else the other side's year). */
  year: number | null;
  /** 1–12, or `null` for a whole year. */
  month: number | null;
  /** 1–31, or `null` for the month's (or period's) last day. */
  day: number | null;
  /** `false` for `季度末` / `月底` with no quarter or month: no day can be named. */
  named: boolean;
  /** The text matched, as written (folded). */
  text: string;
}

/** A date found in a cell: where it stands and what it says. */
export interface DateMatch {
  spec: DateSpec;
  start: number;
  end: number;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// One alternation, most specific first. Groups: see readMatch.
const DATE_RE = new RegExp(
  [
    // 1–3: 2022-11-30, 2022.11.30, 2022/11/30
    String.raw`(?<!\d)(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})`,
    // 4: year, then 5–6: month/day, or 7: quarter, or 8: 上半年/下半年, or 9: 底/末/内
    String.raw`(?<!\d)(\d{4})\s*年(?:\s*(?:(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?(?:底|末)?|第?([1-4一二三四])\s*季度末?|(上半年|下半年)|(?:年)?(底|末|内)))?`,
    // 10–11: month/day without a year
    String.raw`(?<![\d.])(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?(?:底|末)?`,
    // 12: 第N季度 / N季度末 without a year
    String.raw`第([1-4一二三四])\s*季度末?`,
    String.raw`([1-4一二三四])季度末`,
    // 14: words
    String.raw`(年底|年末|年内|上半年|下半年|季度末|月底|月末)`,
  ].join('|'),
  'g',
);

function readMatch(m: RegExpExecArray): DateSpec | null {
  const int = (s: string | undefined) => (s === undefined ? null : Number(s));
  const spec = (year: number | null, month: number | null, day: number | null = null, named = true): DateSpec => ({ year, month, day, named, text: m[0] });
  // A quarter stands for its last month (第3季度 → September).
  const quarterEnd = (q: string) => (CN_DIGIT[q] ?? 4) * 3;
  if (m[1] !== undefined) return spec(int(m[1]), int(m[2]), int(m[3]));
  if (m[4] !== undefined) {
    const year = int(m[4]);
    if (m[5] !== undefined) return spec(year, int(m[5]), int(m[6]));
    if (m[7] !== undefined) return spec(year, quarterEnd(m[7]));
    return spec(year, m[8] === undefined ? null : m[8] === '上半年' ? 6 : 12);
  }
  if (m[10] !== undefined) return spec(null, int(m[10]), int(m[11]));
  const quarter = m[12] ?? m[13];
  if (quarter !== undefined) return spec(null, quarterEnd(quarter));
  const word = m[14];
  // 季度末 / 月底 with no quarter or month named name no day.
  return spec(null, word === '上半年' ? 6 : null, null, word !== '季度末' && word !== '月底' && word !== '月末');
}

/** Whether the parts name a day that exists (`2022年2月30日` and `2022-13-01` do not, R4). */
function exists(spec: DateSpec): boolean {
  if (spec.month !== null && (spec.month < 1 || spec.month > 12)) return false;
  if (spec.day !== null) {
    if (spec.month === null || spec.day < 1) return false;
    const last = daysInMonth(spec.year ?? 2000, spec.month);
    if (spec.day > last) return false;
  }
  return true;
}

/**
 * Every date written in `text` (folded), in order. Dates that do not exist are left out.
 * @example findDates('2022年12月31日前').length // 1
 */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(text)) !== null) {
    if (m[0] === '') {
      DATE_RE.lastIndex++;
      continue;
    }
    const spec = readMatch(m);
    if (spec && exists(spec)) out.push({ spec, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Days in a month (leap years by the Gregorian rule).
 * @example daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/**
 * The last day a date stands for (R26: a year on Dec 31, a month on its last day, a quarter on its
 * last day), with `fallbackYear` for a date written without a year. `null` when it names no day
 * (`季度末` with no quarter) or no year is known.
 * @example lastDay({ year: 2023, month: 1, day: null, named: true, text: '' }, null) // { year: 2023, month: 1, day: 31 }
 */
export function lastDay(spec: DateSpec, fallbackYear: number | null): Day | null {
  if (!spec.named) return null;
  const year = spec.year ?? fallbackYear;
  if (year === null) return null;
  const month = spec.month ?? 12;
  const day = spec.day ?? daysInMonth(year, month);
  // A day that does not exist in that year (2月29日 of 2023) is not a date (R4).
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * Whole days from `a` to `b` (positive when `b` is later), by the calendar (no time zones).
 * @example daysBetween({ year: 2022, month: 12, day: 31 }, { year: 2023, month: 1, day: 31 }) // 31
 */
export function daysBetween(a: Day, b: Day): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}

/**
 * A day as the form writes it: `2022年12月31日`.
 * @example showDay({ year: 2022, month: 12, day: 31 }) // '2022年12月31日'
 */
export function showDay(d: Day): string {
  return `${d.year}年${d.month}月${d.day}日`;
}
