import { checkField, type FieldKind } from '../../engine/field-rules.ts';
import type { ValidationIssue } from '../../engine/result.ts';
import { suzhou2017 } from '../../engine/rule-sets/suzhou-2017.ts';
import type { CategoryId, Form, IndicatorInput, ScoringOptions } from '../../engine/types.ts';
import { AMOUNT_HELP, isYuanAmount, normalizeAmount, normalizeNumber, yuanMessage } from '../../paste/number.ts';

/**
 * The calculator's editing state: the form exactly as typed, every value a string, so that nothing
 * a person types is lost or reformatted, even while the form is invalid. `toInput` turns it into a
 * form file (form-format.md) for the engine to validate and score.
 */

export const BUDGET_KEYS = ['initialBudget', 'adjustment', 'appropriation', 'quotaBalance'] as const;
export const FUNDS_KEYS = ['appropriation', 'actualPayment', 'balance', 'carryover', 'recovered'] as const;
export const INDICATOR_TEXT_KEYS = ['name', 'target', 'weight', 'actual', 'selfScore', 'note'] as const;

export type BudgetKey = (typeof BUDGET_KEYS)[number];
export type FundsKey = (typeof FUNDS_KEYS)[number];
export type IndicatorTextKey = (typeof INDICATOR_TEXT_KEYS)[number];
export type ProjectKey = 'name' | 'year' | 'department';

export interface DraftSubproject {
  /** Stable key for rendering; not part of the form. */
  key: number;
  name: string;
  amount: string;
}

export interface DraftIndicator extends Record<IndicatorTextKey, string> {
  key: number;
  category: CategoryId;
}

export interface Draft {
  version: 1;
  ruleSet: string;
  options: Partial<ScoringOptions>;
  project: Record<ProjectKey, string>;
  budget: Record<BudgetKey, string>;
  funds: Record<FundsKey, string>;
  subprojects: DraftSubproject[];
  indicators: DraftIndicator[];
}

/**
 * A row key not used in the draft yet. Keys are derived from the draft, never from a module
 * counter, so the server-rendered page and the hydrated island give rows the same ids.
 */
export function nextKey(draft: Pick<Draft, 'indicators' | 'subprojects'>): number {
  return Math.max(0, ...draft.indicators.map((r) => r.key), ...draft.subprojects.map((r) => r.key)) + 1;
}

const text = (v: string | number | undefined | null): string => (v === undefined || v === null ? '' : String(v));

/** The draft of a form file (all values as strings). */
export function fromForm(form: Form): Draft {
  const budget = {} as Record<BudgetKey, string>;
  for (const k of BUDGET_KEYS) budget[k] = text(form.budget?.[k]);
  const funds = {} as Record<FundsKey, string>;
  for (const k of FUNDS_KEYS) funds[k] = text(form.funds?.[k]);
  return {
    version: 1,
    ruleSet: form.ruleSet,
    options: { ...form.options },
    project: {
      name: text(form.project?.name),
      year: text(form.project?.year),
      department: text(form.project?.department),
    },
    budget,
    funds,
    subprojects: (form.subprojects ?? []).map((s, i) => ({ key: form.indicators.length + i + 1, name: s.name, amount: text(s.amount) })),
    indicators: form.indicators.map((i, n) => ({
      key: n + 1,
      category: i.category,
      name: i.name,
      target: i.target,
      weight: text(i.weight),
      actual: text(i.actual),
      selfScore: text(i.selfScore),
      note: text(i.note),
    })),
  };
}

/** An empty indicator row of a category, with the given row key. */
export function blankIndicator(category: CategoryId, key: number): DraftIndicator {
  return { key, category, name: '', target: '', weight: '', actual: '', selfScore: '', note: '' };
}

/** An empty 子项目 row, with the given row key. */
export function blankSubproject(key: number): DraftSubproject {
  return { key, name: '', amount: '' };
}

/** Whether a row has nothing typed in it yet (such rows are left out of the form, not reported). */
export function isBlankIndicator(row: DraftIndicator): boolean {
  return INDICATOR_TEXT_KEYS.every((k) => row[k].trim() === '');
}

export function isBlankSubproject(row: DraftSubproject): boolean {
  return row.name.trim() === '' && row.amount.trim() === '';
}

/** The form file a draft stands for, and where each of its rows came from in the draft. */
export interface DraftInput {
  /**
   * The form file: every cell that reads as its field requires (checkField), blank rows left out.
   * Structurally a valid form by construction, so the calculator scores it without the schema.
   */
  input: Form;
  /** Form-file indicator index → draft row index. */
  indicatorRows: number[];
  /** Form-file sub-project index → draft row index. */
  subprojectRows: number[];
  /**
   * Number cells that do not read as a number (draft paths, Chinese messages): left out of the form
   * file, so one mistyped cell never stops the rest of the form from being scored.
   */
  fieldIssues: ValidationIssue[];
}

/** Leaves a field out when blank (optional fields), else keeps the text as typed. */
function put<T extends object>(target: T, key: keyof T & string, value: string): void {
  if (value.trim() !== '') (target as Record<string, unknown>)[key] = value;
}

const AMOUNT_LABELS: Record<string, string> = {
  'budget/initialBudget': '“年初预算数”',
  'budget/adjustment': '“当年使用上年结余、结转及当年调整预算数”',
  'budget/appropriation': '预算执行情况的“财政拨款数”',
  'budget/quotaBalance': '“指标结余数”',
  'funds/appropriation': '资金使用情况的“财政拨款数”',
  'funds/actualPayment': '“实际支付数”',
  'funds/balance': '“资金结余、结转数”',
  'funds/carryover': '“结转数”',
  'funds/recovered': '“财政收回数”',
};

/**
 * A typed number cell as the form file wants it: full-width digits, ％-free thousands separators
 * (1,234.50 or 1，234.50) and spaces are read as people mean them (normalizeNumber); an amount
 * (万元) may end with 万 or 万元 (normalizeAmount), and one written in 元 is refused with how to convert. Returns the
 * plain decimal, `''` for blank, or `null` (with an issue recorded) when it is not a number the
 * field accepts (checkField: e.g. a weight below 0 or with three decimals).
 */
function numberCell(value: string, kind: FieldKind, path: string, label: string, issues: ValidationIssue[]): string | null {
  if (value.trim() === '') return '';
  // Amounts (万元) may carry their unit: 1,234.5万 / 1700.00万元 (an amount in 元 is refused, with how to convert it).
  const plain = kind === 'amount' ? normalizeAmount(value) : normalizeNumber(value);
  const help = kind === 'amount' ? AMOUNT_HELP : (checkField(kind, 'x') ?? '');
  const problem = plain === null ? '读不出数字' : checkField(kind, plain) === null ? null : kind === 'amount' ? AMOUNT_HELP : checkField(kind, plain);
  if (plain === null || problem !== null) {
    const shown = value.trim().slice(0, 20);
    const how =
      plain === null
        ? kind === 'amount' && isYuanAmount(value)
          ? `${label}“${shown}”${yuanMessage(value)}`
          : `${label}“${shown}”不是数字：${help}`
        : `${label}${problem}`;
    issues.push({ path, message: `${how}。这一格暂不计入，其余照常计分。` });
    return null;
  }
  return plain;
}

/**
 * The form file of a draft. Blank optional fields are left out (form-format.md: a check that needs
 * a missing field is skipped); rows with nothing typed are left out; number cells are normalised
 * (numberCell) and a cell that is not a number is left out with a message beside it, so the rest of
 * the form is still scored; text goes as typed, for the engine to read (R4).
 */
export function toInput(draft: Draft): DraftInput {
  const fieldIssues: ValidationIssue[] = [];
  const project: Record<string, unknown> = {};
  put(project, 'name', draft.project.name);
  put(project, 'department', draft.project.department);
  const year = draft.project.year.trim();
  if (year !== '') {
    if (checkField('year', year) === null) project.year = Number(year);
    else fieldIssues.push({ path: 'project/year', message: `“项目年份”${checkField('year', year)}。这一格暂不计入，其余照常计分。` });
  }

  const budget: Record<string, unknown> = {};
  for (const k of BUDGET_KEYS) {
    const v = numberCell(draft.budget[k], 'amount', `budget/${k}`, AMOUNT_LABELS[`budget/${k}`]!, fieldIssues);
    if (v) budget[k] = v;
  }
  const funds: Record<string, unknown> = {};
  for (const k of FUNDS_KEYS) {
    const v = numberCell(draft.funds[k], 'amount', `funds/${k}`, AMOUNT_LABELS[`funds/${k}`]!, fieldIssues);
    if (v) funds[k] = v;
  }

  const subprojectRows: number[] = [];
  const subprojects = draft.subprojects.flatMap((s, i) => {
    if (isBlankSubproject(s)) return [];
    const amount = numberCell(s.amount, 'amount', `subprojects/${i}/amount`, `第 ${i + 1} 个子项目的“实际金额”`, fieldIssues);
    if (amount === null) return [];
    subprojectRows.push(i);
    return [{ name: s.name, amount }];
  });

  const indicatorRows: number[] = [];
  const counts = new Map<string, number>();
  const indicators = draft.indicators.flatMap((row, i) => {
    if (isBlankIndicator(row)) return [];
    indicatorRows.push(i);
    const n = (counts.get(row.category) ?? 0) + 1;
    counts.set(row.category, n);
    const label = `${suzhou2017.categories.find((c) => c.id === row.category)?.label ?? ''}第 ${n} 项“${row.name.trim().slice(0, 30) || '（未命名）'}”的`;
    const out: IndicatorInput = { category: row.category, name: row.name, target: row.target };
    const weight = numberCell(row.weight, 'weight', `indicators/${i}/weight`, `${label}“权重”`, fieldIssues);
    if (weight) out.weight = weight;
    put(out, 'actual', row.actual);
    const selfScore = numberCell(row.selfScore, 'selfScore', `indicators/${i}/selfScore`, `${label}“自评分”`, fieldIssues);
    if (selfScore) out.selfScore = selfScore;
    put(out, 'note', row.note);
    return [out];
  });

  const input = { version: draft.version, ruleSet: draft.ruleSet } as Record<string, unknown> & Form;
  if (Object.keys(draft.options).length > 0) input.options = draft.options;
  if (Object.keys(project).length > 0) input.project = project;
  if (Object.keys(budget).length > 0) input.budget = budget;
  if (Object.keys(funds).length > 0) input.funds = funds;
  if (subprojects.length > 0) input.subprojects = subprojects;
  input.indicators = indicators;
  return { input, indicatorRows, subprojectRows, fieldIssues };
}

/**
 * The draft path of a form-file path: row indices of `indicators/…` and `subprojects/…` are mapped
 * back to the rows on screen (blank rows are left out of the form file).
 */
export function toDraftPath(path: string, mapped: DraftInput): string {
  const parts = path.split('/');
  const [head, index] = parts;
  if (index !== undefined && /^\d+$/.test(index)) {
    const rows = head === 'indicators' ? mapped.indicatorRows : head === 'subprojects' ? mapped.subprojectRows : null;
    const row = rows?.[Number(index)];
    if (row !== undefined) parts[1] = String(row);
  }
  return parts.join('/');
}

/** The element id of a field path, e.g. `indicators/6/actual` → `f-indicators-6-actual`. */
export function fieldId(path: string): string {
  return path === '' ? 'calculator' : `f-${path.replace(/\//g, '-')}`;
}

/**
 * Moves keyboard focus to the field a path names, or to its nearest existing parent
 * (`indicators/6/actual` → `indicators/6` → `indicators`), and scrolls it into view.
 */
export function focusField(path: string): void {
  const parts = path.split('/');
  while (parts.length > 0) {
    const el = document.getElementById(fieldId(parts.join('/')));
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (!el.matches('input, select, textarea, button, a[href]') && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
      return;
    }
    parts.pop();
  }
}
