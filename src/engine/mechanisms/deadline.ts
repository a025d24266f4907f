import { daysBetween, findDates, lastDay, showDay, type DateSpec } from '../parse/date.ts';
import { foldWidth } from '../parse/fold.ts';

/** How an actual stands against a deadline (R26, C12 step 3). */
export type DeadlineJudgement =
  /** 按期完成 / 按时完成 / 如期完成 / 提前完成, with or without 已. */
  | { kind: 'word'; word: string }
  /** A date: on or before the deadline, or later by `daysLate` days. Days as `2022年12月31日`. */
  | { kind: 'date'; deadline: string; actual: string; onTime: boolean; daysLate: number }
  /** Neither: the row is graded as any qualitative row (a grade word, else unknown). */
  | { kind: 'none'; reason: 'noDate' | 'noDay' };

const ON_TIME = /^已?(按期|按时|如期|提前)完成$/;

/**
 * Judges an actual against a deadline (R26). The deadline's year is its own, else `projectYear`
 * (项目年份), else the actual's; an actual without a year is in the deadline's year. Every date stands
 * for its last day (a month its last day). A deadline or actual that names no day (`季度末` with no
 * quarter) cannot be compared (`noDay`). Never throws.
 * @example judgeDeadline(parseTarget('2022年12月31日前').deadline, '2023年1月', null) // { kind: 'date', onTime: false, daysLate: 31, … }
 */
export function judgeDeadline(deadline: DateSpec, actualText: string, projectYear: number | null): DeadlineJudgement {
  const text = foldWidth(actualText).trim().replace(/[。；;，,、！!]+$/, '');
  if (ON_TIME.test(text)) return { kind: 'word', word: text };
  const dates = findDates(text);
  if (dates.length !== 1) return { kind: 'none', reason: 'noDate' };
  const actualSpec = dates[0]!.spec;
  const deadlineYear = deadline.year ?? projectYear ?? actualSpec.year;
  const due = lastDay(deadline, deadlineYear);
  const done = lastDay(actualSpec, deadlineYear);
  if (!due || !done) return { kind: 'none', reason: 'noDay' };
  const late = daysBetween(due, done);
  return { kind: 'date', deadline: showDay(due), actual: showDay(done), onTime: late <= 0, daysLate: Math.max(0, late) };
}
