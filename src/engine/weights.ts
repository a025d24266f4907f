import { D, ZERO, readDecimal, type Dec } from './decimal.ts';
import type { RuleSet } from './rule-sets/rule-set.ts';
import type { CategoryId, DecimalInput } from './types.ts';

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
  const cent = new D('0.01');
  return Array.from({ length: n }, (_, i) => (i < leftoverCents ? base.plus(cent) : base));
}

/**
 * Assigns every indicator its weight, category by category (R2):
 * - all given: used exactly as given; a sum other than the total is a mismatch (scores are not capped);
 * - all blank: the total split equally ({@link equalSplit});
 * - some blank: the blank rows split what the given ones leave (total − given, at least 0): partial;
 * - no rows: the category is empty (R1).
 * `weights[i]` is the form's `indicators[i].weight` (blank, absent or unreadable counts as blank).
 */
export function assignWeights(
  rows: ReadonlyArray<{ category: CategoryId; weight?: DecimalInput | undefined }>,
  ruleSet: RuleSet,
): { weights: AssignedWeight[]; categories: CategoryWeights[] } {
  const weights: AssignedWeight[] = new Array(rows.length);
  const categories: CategoryWeights[] = [];
  for (const cat of ruleSet.categories) {
    const total = new D(cat.total);
    const indexes = rows.flatMap((row, i) => (row.category === cat.id ? [i] : []));
    const given = new Map<number, Dec>();
    for (const i of indexes) {
      const w = readDecimal(rows[i]?.weight);
      if (w !== null) given.set(i, w);
    }
    const blank = indexes.filter((i) => !given.has(i));
    const givenSum = [...given.values()].reduce((a, b) => a.plus(b), ZERO);
    const rest = D.max(ZERO, total.minus(givenSum));
    const shared = blank.length === indexes.length ? total : rest;
    const split = equalSplit(shared, blank.length);
    for (const [i, w] of given) weights[i] = { weight: w, source: 'given', total, shares: 0 };
    blank.forEach((i, k) => {
      weights[i] = { weight: split[k] ?? ZERO, source: 'split', total: shared, shares: blank.length };
    });
    const sum = indexes.reduce((a, i) => a.plus(weights[i]?.weight ?? ZERO), ZERO);
    categories.push({
      category: cat.id,
      count: indexes.length,
      sum,
      total,
      empty: indexes.length === 0,
      partial: given.size > 0 && blank.length > 0,
      mismatch: indexes.length > 0 && !sum.eq(total),
      givenSum,
      blankCount: blank.length,
      shared: blank.length > 0 ? shared : ZERO,
    });
  }
  return { weights, categories };
}

