import { D, ZERO, constant, readDecimal, type Dec } from './decimal.ts';
import type { RuleSet } from './rule-sets/rule-set.ts';
import type { CategoryId, DecimalInput, ScoringOptions } from './types.ts';

/**
 * The total of each category for this form (R1, C1, C2): the rule set's totals, except that a
 * category with no rows hands its total to another when the rule set says so and its option is
 * chosen (C2: no 满意度 row → 效益 40, 满意度 0 under `noSatisfaction: benefit40`).
 * `transferred` is true when that happened.
 * @example categoryTotals(central2020, [{ category: 'output' }], { noSatisfaction: 'benefit40' }).totals.benefit.toString() // '40'
 */
export function categoryTotals(
  ruleSet: RuleSet,
  rows: ReadonlyArray<{ category: CategoryId }>,
  options: ScoringOptions,
): { totals: Partial<Record<CategoryId, Dec>>; transferred: boolean } {
  const totals: Partial<Record<CategoryId, Dec>> = {};
  for (const cat of ruleSet.categories) totals[cat.id] = constant(cat.total);
  const t = ruleSet.categoryTransfer;
  let transferred = false;
  if (t && options[t.option] === t.value && !rows.some((r) => r.category === t.from)) {
    totals[t.to] = (totals[t.to] ?? ZERO).plus(totals[t.from] ?? ZERO);
    totals[t.from] = ZERO;
    transferred = true;
  }
  return { totals, transferred };
}

/** The weight an indicator row is scored with, and where it came from (R2). */
export interface AssignedWeight {
  weight: Dec;
  source: 'given' | 'split';
  /** For `split`: the points shared and how many blank rows shared them. */
  total: Dec;
  shares: number;
}

/** What the weight step found about one category (R1, R2). */
export interface CategoryWeights {
  category: CategoryId;
  count: number;
  /** Sum of the weights used. */
  sum: Dec;
  /** The category's fixed total. */
  total: Dec;
  /** Rows had weights but they do not add up to the total (`WEIGHT_SUM_MISMATCH`). */
  mismatch: boolean;
  /** Some rows were blank and shared what the given ones left (`WEIGHT_PARTIAL`). */
  partial: boolean;
  /** No rows at all (`EMPTY_CATEGORY`). */
  empty: boolean;
  /** Sum of the weights typed on the form. */
  givenSum: Dec;
  /** How many rows were blank, and the points they shared. */
  blankCount: number;
  shared: Dec;
}

/**
 * Splits `points` over `n` rows (填表说明 3, R2): each gets points ÷ n floored to 0.01, and the cents
 * left over go one each to the first rows. 24 over 7 gives 3.43 ×6 and 3.42.
 * Returns `n` decimals that add up exactly to `points` (when `points` has at most two decimals).
 * @example equalSplit(new D(24), 7).map(String) // ['3.43','3.43','3.43','3.43','3.43','3.43','3.42']
 */
export function equalSplit(points: Dec, n: number): Dec[] {
  if (n <= 0) return [];
  if (points.lte(0)) return Array.from({ length: n }, () => ZERO);
  const base = points.div(n).toDecimalPlaces(2, D.ROUND_DOWN);
  const leftoverCents = points.minus(base.times(n)).times(100).toDecimalPlaces(0, D.ROUND_DOWN).toNumber();
  const more = base.plus(constant('0.01'));
  return Array.from({ length: n }, (_, i) => (i < leftoverCents ? more : base));
}

/** Below this, sums of values with at most two decimals stay exact at the engine's 50 digits. */
const EXACT_CENTS_BELOW = constant('1e40');

/**
 * The sum of the weights equalSplit gives (what adding them row by row gives): `points` itself
 * when it has at most two decimals and is small enough for every partial sum to be exact (a
 * category's total always is), 0 for no points; otherwise `null`, and the caller adds them up.
 */
function splitSum(points: Dec): Dec | null {
  if (points.lte(ZERO)) return ZERO;
  return points.decimalPlaces() <= 2 && points.lt(EXACT_CENTS_BELOW) ? points : null;
}

/**
 * Assigns every indicator its weight, category by category (R2):
 * - all given: used exactly as given; a sum other than the total is a mismatch (scores are not capped);
 * - all blank: the total split equally ({@link equalSplit});
 * - some blank: the blank rows split what the given ones leave (total − given, at least 0): partial;
 * - no rows: the category is empty (R1).
 * `weights[i]` is the form's `indicators[i].weight` (blank, absent or unreadable counts as blank).
 * `totals` overrides the rule set's category totals (C2, from {@link categoryTotals}).
 */
export function assignWeights(
  rows: ReadonlyArray<{ category: CategoryId; weight?: DecimalInput | undefined }>,
  ruleSet: RuleSet,
  totals?: Partial<Record<CategoryId, Dec>>,
): { weights: AssignedWeight[]; categories: CategoryWeights[] } {
  const weights: AssignedWeight[] = new Array(rows.length);
  // Each category's rows, in form order.
  const rowsOf = new Map<CategoryId, number[]>();
  rows.forEach((row, i) => {
    const list = rowsOf.get(row.category);
    if (list) list.push(i);
    else rowsOf.set(row.category, [i]);
  });
  const categories: CategoryWeights[] = [];
  for (const cat of ruleSet.categories) {
    const total = totals?.[cat.id] ?? constant(cat.total);
    const indexes = rowsOf.get(cat.id) ?? [];
    const blank: number[] = [];
    let givenSum: Dec = ZERO;
    for (const i of indexes) {
      const w = readDecimal(rows[i]?.weight);
      if (w === null) blank.push(i);
      else {
        weights[i] = { weight: w, source: 'given', total, shares: 0 };
        givenSum = givenSum.plus(w);
      }
    }
    const allBlank = blank.length === indexes.length;
    const left = total.minus(givenSum);
    const shared = allBlank ? total : left.isNeg() ? ZERO : left;
    const split = equalSplit(shared, blank.length);
    blank.forEach((i, k) => {
      weights[i] = { weight: split[k] ?? ZERO, source: 'split', total: shared, shares: blank.length };
    });
    // The sum of the weights used, in form order: the given sum when none is blank (the same
    // additions), the shared points when all are blank and split exactly, else row by row.
    const sum = blank.length === 0 ? givenSum : ((allBlank ? splitSum(shared) : null) ?? indexes.reduce((a, i) => a.plus(weights[i]?.weight ?? ZERO), ZERO));
    categories.push({
      category: cat.id,
      count: indexes.length,
      sum,
      total,
      empty: indexes.length === 0,
      partial: blank.length > 0 && !allBlank,
      mismatch: indexes.length > 0 && !sum.eq(total),
      givenSum,
      blankCount: blank.length,
      shared: blank.length > 0 ? shared : ZERO,
    });
  }
  return { weights, categories };
}
