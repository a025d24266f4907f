import { D, HUNDRED, ZERO, constant, fixed2, readDecimal, readSelfScore, round2, type Dec } from '../decimal.ts';
import { makeCheck } from '../checks/messages.ts';
import { checkField } from '../field-rules.ts';
import type { ExecutionResult } from '../result.ts';
import { attachExecutionSentences } from '../sentences.ts';
import type { ExecutionRule, RuleSet } from '../rule-sets/rule-set.ts';
import type { FundTotalGap, Step } from '../steps.ts';
import type { Check, CheckCode, ExecutionInput, FundRowInput, ScoringOptions } from '../types.ts';

/** The funds table's columns (C5), with their Chinese names. */
export const FUND_COLUMNS = [
  ['initialBudget', '年初预算数'],
  ['fullYearBudget', '全年预算数'],
  ['executed', '全年执行数'],
] as const;

/** The funds table's sub-rows (C5), with their Chinese names. */
export const FUND_SUB_ROWS = [
  ['appropriation', '当年财政拨款'],
  ['carryover', '上年结转资金'],
  ['other', '其他资金'],
] as const;

type Column = (typeof FUND_COLUMNS)[number][0];

/** How a message says why a total cell was replaced by the sub-rows' sum, or could not be used (C5); `long`: see FundTotalGap. */
const GAP_WORDS: Record<FundTotalGap, string> = { blank: '未填', zero: '为 0', unreadable: '读不出数字', long: '位数太多' };

/** A total cell as typed, for a message: the first 20 characters, trimmed. */
function shownCell(value: string | number | undefined): string {
  return String(value ?? '').trim().slice(0, 20);
}

/**
 * The 年度资金总额 row as the score uses it (C5): each column as written, or, when the total cell is
 * blank, 0 or not a number (text such as `约460` that reaches the engine unvalidated, as the
 * calculator passes it; also a number with more digits than an amount may have, 12 integer and 6
 * decimal, which the calculator reports as left out: it is not used either) while the sub-rows add up
 * to something else, their sum. A column is checked
 * when a sub-row has a number in it (blank sub-row cells count as 0); a sum that differs from the
 * total cell gives `FUND_TOTAL_MISMATCH` naming the column and both amounts, and a replaced cell the
 * same code saying why (未填 / 为 0 / 读不出数字 / 位数太多) and that the sum is used. `gaps` names the replaced
 * columns and why; `unreadable` says, for a message, what is wrong with the total cells that are text
 * or too long and were not replaced (no sub-row numbers: the column has no value), e.g.
 * `“约460”读不出数字`. Amounts in 万元, compared exactly.
 */
export function fundTotals(
  execution: ExecutionInput,
  ruleSet: RuleSet,
): { total: Record<Column, Dec | null>; checks: Check[]; gaps: Partial<Record<Column, FundTotalGap>>; unreadable: Partial<Record<Column, string>> } {
  const checks: Check[] = [];
  const total = {} as Record<Column, Dec | null>;
  const gaps: Partial<Record<Column, FundTotalGap>> = {};
  const unreadable: Partial<Record<Column, string>> = {};
  for (const [col, name] of FUND_COLUMNS) {
    const raw = execution.total?.[col];
    const read = readDecimal(raw);
    const long = read !== null && checkField('amount', raw) !== null;
    const written = long ? null : read;
    const typed = written === null && shownCell(raw) !== '' ? shownCell(raw) : null;
    const bad = `“${typed}”${GAP_WORDS[long ? 'long' : 'unreadable']}`;
    const subs = FUND_SUB_ROWS.map(([row]) => readDecimal((execution[row] as FundRowInput | undefined)?.[col]));
    if (subs.every((v) => v === null)) {
      total[col] = written;
      if (typed !== null) unreadable[col] = bad;
      continue;
    }
    const sum = subs.reduce<Dec>((a, v) => a.plus(v ?? ZERO), ZERO);
    const path = `execution/total/${col}`;
    if ((written === null || written.isZero()) && !sum.isZero()) {
      total[col] = sum;
      gaps[col] = long ? 'long' : typed !== null ? 'unreadable' : written === null ? 'blank' : 'zero';
      const what = typed !== null ? bad : GAP_WORDS[gaps[col]!];
      const fix = typed !== null ? `请把这一格改为以万元为单位的数字` : '请把总额填上';
      checks.push(
        makeCheck(
          ruleSet,
          'FUND_TOTAL_MISMATCH',
          path,
          `年度资金总额的“${name}”${what}，而当年财政拨款、上年结转资金、其他资金三行合计 ${fixed2(sum)} 万元：本站按合计 ${fixed2(sum)} 万元计算，${fix}（本站解读 C5）。`,
        ),
      );
    } else if (written !== null && !sum.eq(written)) {
      total[col] = written;
      checks.push(
        makeCheck(
          ruleSet,
          'FUND_TOTAL_MISMATCH',
          path,
          `年度资金总额的“${name}”为 ${fixed2(written)} 万元，而当年财政拨款、上年结转资金、其他资金三行合计 ${fixed2(sum)} 万元（相差 ${fixed2(written.minus(sum).abs())}）：请核对各行金额。计分仍按总额一行计算（本站解读 C5）。`,
        ),
      );
    } else {
      total[col] = written ?? sum;
      if (typed !== null) unreadable[col] = bad;
    }
  }
  return { total, checks, gaps, unreadable };
}

/**
 * Reads a printed 执行率 (C6): in percent, with or without `%` (`"86.19%"`, `92`, `0.958` → 0.958 %).
 * `null` when blank; `'unreadable'` when it is not a number.
 * @example readPrintedRate('86.19%')?.toString() // '86.19'
 */
export function readPrintedRate(input: string | number | undefined): Dec | null | 'unreadable' {
  if (input === undefined || input === null) return null;
  if (typeof input === 'number') return Number.isFinite(input) ? new D(input) : 'unreadable';
  const text = input.normalize('NFKC').trim();
  if (text === '') return null;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%?$/.exec(text);
  return m ? new D(m[1]!) : 'unreadable';
}

/**
 * Scores the 预算执行率 row of a form that has one (C3, C5, C6, C13, C14).
 *
 * Score = min(w, w × B ÷ A), never below 0, rounded half-up once to 0.01, where A is the base column
 * of the total row (全年预算数, or 年初预算数 under `executionBase: initial`) and B the 全年执行数.
 * In order: no funds table or A blank → 0 and `MISSING_ACTUAL`; A ≤ 0 → 0 and `ZERO_BUDGET`; B blank →
 * 0 and `MISSING_ACTUAL`. B > A → `EXECUTION_ABOVE_100` (info). A blank weight is the rule's 10; any
 * other `EXECUTION_WEIGHT_NOT_10`. A printed rate is compared with the computed one rounded to 0.01
 * (`EXECUTION_RATE_MISMATCH`, or `UNPARSABLE_VALUE` when it is not a number). The self-score is checked
 * as C13 (`SELF_SCORE_ABOVE_WEIGHT`, `SELF_SCORE_MISMATCH`). Never throws.
 * @example scoreExecution(rule, { total: { fullYearBudget: '500', executed: '460' } }, options, central2020).result.score // '9.20'
 */
export function scoreExecution(
  rule: ExecutionRule,
  execution: ExecutionInput | undefined,
  options: ScoringOptions,
  ruleSet: RuleSet,
): { result: ExecutionResult; checks: Check[] } {
  const checks: Check[] = [];
  const add = (code: CheckCode, path: string, message: string) => checks.push(makeCheck(ruleSet, code, path, message));
  const given = readDecimal(execution?.weight);
  const weight = given ?? new D(rule.weight);
  if (given !== null && !given.eq(rule.weight)) {
    add('EXECUTION_WEIGHT_NOT_10', 'execution/weight', `预算执行率的分值为 ${fixed2(given)}，通常为 ${fixed2(new D(rule.weight))} 分：请核对；本站按表上的 ${fixed2(given)} 分计算（本站解读 C3）。`);
  }
  const steps: Step[] = [];
  const baseKey = rule.bases[String(options[rule.baseOption] ?? '')] ?? 'fullYearBudget';
  const baseName = baseKey === 'initialBudget' ? '年初预算数' : '全年预算数';
  let score: Dec = ZERO;
  let exact: Dec = ZERO;
  let rate: Dec | null = null;
  let base: Dec | null = null;
  let executed: Dec | null = null;
  let zeroReason: CheckCode | null = null;
  // The total-row cells the rate came from the 其中 rows' sum (C5), named for the advice of later checks.
  let summedCells = '';
  let summedWhy = '';

  if (!execution) {
    zeroReason = 'MISSING_ACTUAL';
    add('MISSING_ACTUAL', 'execution', `没有填写项目资金表（年度资金总额的${baseName}和全年执行数）：预算执行率得 0 分。请填写资金表。`);
  } else {
    const funds = fundTotals(execution, ruleSet);
    checks.push(...funds.checks);
    base = funds.total[baseKey];
    executed = funds.total.executed;
    const summed: { base?: FundTotalGap; executed?: FundTotalGap } = {};
    if (funds.gaps[baseKey]) summed.base = funds.gaps[baseKey];
    if (funds.gaps.executed) summed.executed = funds.gaps.executed;
    const parts = [summed.base ? ([`“${baseName}”`, summed.base] as const) : null, summed.executed ? (['“全年执行数”', summed.executed] as const) : null].filter((p) => p !== null);
    summedCells = parts.map(([cell]) => cell).join('和');
    summedWhy = parts.map(([cell, gap]) => `${cell}${GAP_WORDS[gap]}`).join('、');
    const unread = (col: 'initialBudget' | 'fullYearBudget' | 'executed', colName: string) =>
      funds.unreadable[col] === undefined ? null : `年度资金总额的“${colName}”${funds.unreadable[col]}：执行率无法计算，预算执行率得 0 分。请改为以万元为单位的数字。`;
    if (base === null) {
      zeroReason = 'MISSING_ACTUAL';
      add('MISSING_ACTUAL', `execution/total/${baseKey}`, unread(baseKey, baseName) ?? `年度资金总额的“${baseName}”未填写：执行率无法计算，预算执行率得 0 分。请填写${baseName}。`);
    } else if (base.lte(0)) {
      zeroReason = 'ZERO_BUDGET';
      add('ZERO_BUDGET', `execution/total/${baseKey}`, `年度资金总额的“${baseName}”为 ${fixed2(base)} 万元，执行率无法计算：预算执行率得 0 分。请核对${baseName}（本站解读 C6）。`);
    } else if (executed === null) {
      zeroReason = 'MISSING_ACTUAL';
      add('MISSING_ACTUAL', 'execution/total/executed', unread('executed', '全年执行数') ?? `年度资金总额的“全年执行数”未填写：预算执行率得 0 分。请填写全年执行数。`);
    } else {
      rate = executed.div(base).times(HUNDRED);
      exact = weight.times(executed).div(base);
      const capped = exact.gt(weight) ? weight : exact.lt(0) ? ZERO : exact;
      score = round2(capped);
      steps.push({
        kind: 'executionRate',
        base: baseName,
        baseValue: base.toFixed(),
        executed: executed.toFixed(),
        rateExact: rate.toFixed(),
        rate: fixed2(rate),
        ...(summed.base || summed.executed ? { summed } : {}),
      });
      steps.push({ kind: 'executionScore', weight: fixed2(weight), rate: fixed2(rate), scoreExact: exact.toFixed(), capped: !capped.eq(exact), score: fixed2(score) });
      if (executed.gt(base)) {
        add('EXECUTION_ABOVE_100', 'execution/total/executed', `全年执行数 ${fixed2(executed)} 万元超过${baseName} ${fixed2(base)} 万元（执行率 ${fixed2(rate)}%）：得分以分值 ${fixed2(weight)} 为上限。请核对是否有超预算支出。`);
      }
    }
    const printed = readPrintedRate(execution.rate);
    if (printed === 'unreadable') {
      add('UNPARSABLE_VALUE', 'execution/rate', `表上的执行率“${String(execution.rate)}”不是数字：请填写百分数，如“92.00%”，或留空由本站计算。`);
    } else if (printed !== null && rate !== null) {
      const shown = rate.toDecimalPlaces(2, D.ROUND_HALF_UP);
      if (printed.minus(shown).abs().gte(constant(ruleSet.tolerance))) {
        // A negative 全年执行数 gives a negative rate: the amount is what to fix, never the printed rate.
        add(
          'EXECUTION_RATE_MISMATCH',
          'execution/rate',
          shown.isNeg()
            ? `表上的执行率为 ${printed.toFixed()}%，无法核对：全年执行数为 ${fixed2(executed!)} 万元，是负数，执行率没有意义。请先改正全年执行数（执行数不能为负），再核对执行率。`
            : summedCells
              ? `表上的执行率为 ${printed.toFixed()}%，而年度资金总额的${summedWhy}，本站按其中三行合计算出 ${fixed2(shown)}%：请先把年度资金总额的${summedCells}填成正确的金额，再核对执行率。`
              : `表上的执行率为 ${printed.toFixed()}%，按全年执行数 ÷ ${baseName}应为 ${fixed2(shown)}%（四舍五入到 0.01）：请改为 ${fixed2(shown)}%。`,
        );
      }
    }
  }
  if (zeroReason) steps.push({ kind: 'zero', reason: zeroReason });

  const self = readSelfScore(execution?.selfScore);
  if (self !== null) {
    if (self.gt(weight)) add('SELF_SCORE_ABOVE_WEIGHT', 'execution/selfScore', `预算执行率的${ruleSet.selfScoreTerm} ${fixed2(self)} 超过了分值 ${fixed2(weight)}：得分最高为分值，请改正。`);
    else if (self.minus(score).abs().gte(constant(ruleSet.tolerance)))
      add(
        'SELF_SCORE_MISMATCH',
        'execution/selfScore',
        `预算执行率的${ruleSet.selfScoreTerm}为 ${fixed2(self)}，按执行率应得 ${fixed2(score)}（${self.lt(score) ? '少' : '多'} ${fixed2(self.minus(score).abs())} 分）：${summedCells ? `执行率是按其中三行合计算出的，请先把年度资金总额的${summedCells}填成正确的金额，再核对。` : '请核对。'}`,
      );
  }

  const rateText = rate === null ? null : fixed2(rate);
  const scoreText = fixed2(score);
  // Built in the order of the result's JSON: the sentences (read lazily) sit between steps and checks.
  const result = {
    label: rule.label,
    weight: fixed2(weight),
    rate: rateText,
    score: scoreText,
    selfScore: self === null ? null : fixed2(self),
    base: base === null ? null : base.toFixed(),
    executed: executed === null ? null : executed.toFixed(),
    baseColumn: baseKey,
    steps,
  } as ExecutionResult;
  attachExecutionSentences(result, steps, rateText, scoreText);
  result.checks = checks.map((c) => c.code);
  return { result, checks };
}
