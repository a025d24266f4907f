import { D, fixed2, getRuleSet, round2, scoreForm, type Form, type FormResult, type RuleSet, type ScoringOptions } from '../../../engine/index.ts';
import { scoreRow, type GuideRow, type ScoredRow } from '../score-row.ts';

/** Id of the central form's rule set (central-2020.md). */
export const CENTRAL = 'central-2020';
/** Id of the Suzhou form's rule set (scoring-decisions.md). */
export const SUZHOU = 'suzhou-2017';

/** The central rule set as the engine holds it (C1–C16); every number a central page states comes from here or from scoring. */
export function central(): RuleSet {
  const rs = getRuleSet(CENTRAL);
  if (!rs) throw new Error('评分引擎中没有规则集 central-2020');
  return rs;
}

/** The Suzhou rule set as the engine holds it (R1–R31). */
export function suzhou(): RuleSet {
  return getRuleSet(SUZHOU)!;
}

/** One row of the central form scored by the engine at build time (throws on a row the engine rejects). */
export function scoreCentralRow(row: GuideRow, options?: ScoringOptions): ScoredRow {
  return scoreRow(CENTRAL, row, options);
}

/** A whole form scored by the engine at build time. */
export function scoreWhole(form: Form): FormResult {
  return scoreForm(form);
}

/** The Chinese label of a category id under a rule set (产出指标 …, 投入 …). */
export function categoryName(rs: RuleSet, id: string): string {
  return rs.categories.find((c) => c.id === id)?.label ?? (id === 'execution' ? (rs.execution?.label ?? id) : id);
}

/** The Chinese label of one value of an option of a rule set, e.g. reverseRule/excessShare. */
export function optionValueLabel(rs: RuleSet, key: string, value: string): string {
  return rs.options.find((o) => o.key === key)?.values.find((v) => v.value === value)?.label ?? value;
}

/**
 * The band of points a tier allows for a weight (C11), from the rule data: bounds `from`/`to` % of
 * the weight, each rounded half-up to 0.01 with the engine's decimal helpers.
 */
export function bandFor(rs: RuleSet, tier: string, weight: string): { from: string; to: string; toInclusive: boolean; defaultScore: string } {
  const t = rs.tiers.find((x) => x.tier === tier);
  if (!t) throw new Error(`规则集中没有等级“${tier}”`);
  const w = new D(weight);
  return {
    from: fixed2(round2(w.times(t.from).div(100))),
    to: fixed2(round2(w.times(t.to).div(100))),
    toInclusive: t.toInclusive,
    defaultScore: fixed2(round2(w.times(t.defaultShare).div(100))),
  };
}

/**
 * Constants of the central rule set that a page may state in words (the rule's data, not results):
 * `total`, `execution.weight`, `cat.<id>`, `cat.benefit.noSatisfaction` (效益 with the 满意度 points, C2),
 * `tier.<达成|部分达成|未达成>.<from|to|default>` (%), `grade.<优|良|中|差>` (分), `overTarget` (%), `tolerance`.
 */
export function centralConstant(key: string): string | undefined {
  const rs = central();
  const [head, ...rest] = key.split('.');
  const tail = rest.join('.');
  if (key === 'total') return rs.total;
  if (key === 'tolerance') return rs.tolerance;
  if (key === 'execution.weight') return rs.execution?.weight;
  if (key === 'overTarget') {
    const rule = Object.values(rs.ratioRules).find((r) => 'overTargetFrom' in r) as { overTargetFrom: string | null } | undefined;
    return rule?.overTargetFrom ?? undefined;
  }
  if (key === 'cat.benefit.noSatisfaction') {
    const tr = rs.categoryTransfer;
    if (!tr) return undefined;
    const to = rs.categories.find((c) => c.id === tr.to)!;
    const from = rs.categories.find((c) => c.id === tr.from)!;
    return new D(to.total).plus(from.total).toString();
  }
  if (head === 'cat') return rs.categories.find((c) => c.id === tail)?.total;
  if (head === 'tier') {
    const [name, field] = rest;
    const t = rs.tiers.find((x) => x.tier === name);
    if (!t) return undefined;
    return field === 'from' ? t.from : field === 'to' ? t.to : field === 'default' ? t.defaultShare : undefined;
  }
  if (head === 'grade') return rs.gradeBands.find((g) => g.grade === tail)?.from;
  return undefined;
}

/** Every constant {@link centralConstant} knows, for the content test's list of numbers a page may state. */
export function centralConstants(): string[] {
  const rs = central();
  const keys = ['total', 'tolerance', 'execution.weight', 'overTarget', 'cat.benefit.noSatisfaction', ...rs.categories.map((c) => `cat.${c.id}`), ...rs.gradeBands.map((g) => `grade.${g.grade}`)];
  for (const t of rs.tiers) for (const f of ['from', 'to', 'default']) keys.push(`tier.${t.tier}.${f}`);
  return keys.map(centralConstant).filter((v): v is string => v !== undefined);
}

export { D, fixed2, round2 };
