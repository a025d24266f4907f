import { checkField, MAX_TEXT_CHARS, TEXT_TOO_LONG, type FieldKind } from '../engine/field-rules.ts';
import type { ValidationIssue } from '../engine/result.ts';
import { getRuleSet } from '../engine/rule-sets/index.ts';
import type { RuleSet } from '../engine/rule-sets/rule-set.ts';
import type { CategoryId, Form, IndicatorInput } from '../engine/types.ts';
import { AMOUNT_HELP, isYuanAmount, normalizeAmount, normalizeScore, normalizeYear, yuanMessage } from '../paste/number.ts';
import { layoutOf } from './index.ts';
import { getPath, indicatorBlock, layoutFields, setPath, type CellKind, type FormLayout, type LayoutField } from './layout.ts';

/**
 * The form being edited: exactly as typed, every value a string, so that nothing a person types is
 * lost or reformatted, even while the form is invalid. Shared by the calculator's islands, paste and
 * export; laid out by the form's layout (layout.ts), so it holds any form. `toInput` turns it into a
 * form file (form-format.md) for the engine to validate and score.
 */

/** The keys of an indicator row that hold typed text. */
export const INDICATOR_TEXT_KEYS = ['level2', 'name', 'target', 'weight', 'actual', 'selfScore', 'note'] as const;

export type IndicatorTextKey = (typeof INDICATOR_TEXT_KEYS)[number];

export interface DraftSubproject {
  /** Stable key for rendering; not part of the form. */
  key: number;
  name: string;
  amount: string;
}

export interface DraftIndicator extends Record<IndicatorTextKey, string> {
  key: number;
  /** 类别 / 一级指标: a category id of the form's rule set. */
  category: CategoryId;
}

export interface Draft {
  version: 1;
  /** The rule set, which also chooses the layout (forms/index.ts). */
  ruleSet: string;
  /** 本站解读 options that differ from the rule set's defaults (key → value). */
  options: Record<string, string>;
  /**
   * Every single cell of the layout (project, amounts, goals…) by its form-file path, e.g.
   * `project/name`, `budget/initialBudget`, `execution/total/executed`; `''` when blank.
   */
  fields: Record<string, string>;
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

const text = (v: unknown): string => (v === undefined || v === null || typeof v === 'object' ? '' : String(v));

/** The blank value of every single cell of a layout. */
export function blankFields(layout: FormLayout): Record<string, string> {
  return Object.fromEntries(layoutFields(layout).map((f) => [f.path, '']));
}

/** The draft of a form file (all values as strings), laid out by its rule set's layout. */
export function fromForm(form: Form): Draft {
  const layout = layoutOf(form.ruleSet);
  const fields = blankFields(layout);
  for (const path of Object.keys(fields)) fields[path] = text(getPath(form, path));
  return {
    version: 1,
    ruleSet: form.ruleSet,
    options: { ...(form.options as Record<string, string> | undefined) },
    fields,
    subprojects: (form.subprojects ?? []).map((s, i) => ({ key: form.indicators.length + i + 1, name: s.name, amount: text(s.amount) })),
    indicators: form.indicators.map((i, n) => ({
      key: n + 1,
      category: i.category,
      level2: text((i as { level2?: string }).level2),
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
  return { key, category, level2: '', name: '', target: '', weight: '', actual: '', selfScore: '', note: '' };
}

/** A rule set's template rows (R3: the 投入 common indicators) as draft rows with keys from `firstKey` on, actuals blank; none when it has no template. */
export function templateRows(rules: RuleSet, firstKey: number): DraftIndicator[] {
  return (rules.inputTemplate ?? []).map((t, i) => ({ ...blankIndicator(rules.categories[0]!.id, firstKey + i), name: t.name, target: t.target, weight: t.weight }));
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
  /**
   * The form the page scores: `input`, except that a total-row cell of a funds table (the first row
   * of a moneyTable block, C5) that the page leaves out goes to the engine as typed (a number with too
   * many digits as the plain number it reads as), so the engine says it could not use it and that it
   * uses the 其中 rows' sum instead (`FUND_TOTAL_MISMATCH`; with no sub-rows the rate has no value),
   * never treating it as blank nor scoring it. Not a valid form file: links and exports use `input`.
   */
  scoring: Form;
  /** Draft paths of the cells `scoring` carries as typed (a subset of `fieldIssues`' paths): the engine's checks on them stay. */
  passedAsTyped: string[];
}

/** The field rule (field-rules.ts) a cell kind is checked by, or null for text. */
const NUMBER_KIND: Partial<Record<CellKind, FieldKind>> = { money: 'amount', weight: 'weight', selfScore: 'selfScore' };

/**
 * A typed number cell as the form file wants it: full-width digits, ％-free thousands separators
 * (1,234.50 or 1，234.50) and spaces are read as people mean them (normalizeNumber); a score (权重 /
 * 分值, 自评分) may end with 分 (normalizeScore); an amount (万元) may end with 万 or 万元 (normalizeAmount), and one written in 元 is refused with how to convert. Returns the
 * plain decimal, `''` for blank, or `null` (with an issue recorded) when it is not a number the
 * field accepts (checkField: e.g. a weight below 0 or with three decimals).
 */
function numberCell(value: string, kind: FieldKind, path: string, label: string, issues: ValidationIssue[]): string | null {
  if (value.trim() === '') return '';
  // Amounts (万元) may carry their unit: 1,234.5万 / 1700.00万元 (an amount in 元 is refused, with how to convert it).
  // Scores (权重 / 分值, 自评分) may carry their unit 分: 8分 / ８分 (R4 folds every cell).
  const plain = kind === 'amount' ? normalizeAmount(value) : normalizeScore(value);
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

/** How a message names a single cell: `“年初预算数”`, or with its block for a label two blocks share. */
/**
 * Flags a text cell longer than a cell may be (MAX_TEXT_CHARS, issue 14) as it is typed, naming the
 * cell (`label`): the text is kept and scored as typed, but a link or file holding it would be
 * refused, so the visitor hears it here and not only when sharing.
 */
function longText(value: string, path: string, label: string, issues: ValidationIssue[]): void {
  if (value.length > MAX_TEXT_CHARS) {
    issues.push({ path, message: `${label}${TEXT_TOO_LONG}（现有 ${value.length.toLocaleString('en-US')} 个字符）：分享链接和导出的文件会被拒绝；本站仍按所填内容计分。` });
  }
}

function fieldName(layout: FormLayout, field: LayoutField): string {
  // A cell of a money table is named by its row and column: 年度资金总额的“全年预算数”.
  for (const b of layout.blocks) {
    if (b.kind !== 'moneyTable' || !field.path.startsWith(`${b.prefix}/`)) continue;
    const [, row, col] = field.path.split('/');
    const r = b.rows.find((x) => x.key === row);
    const c = b.columns.find((x) => x.key === col);
    if (r && c) return `${r.label.replace(/^其中：/, '')}的“${c.label}”`;
  }
  const label = field.short ?? field.label;
  const shared = layoutFields(layout).filter((f) => (f.short ?? f.label) === label).length > 1;
  const block = layout.blocks.find((b) => (b.kind === 'money' || b.kind === 'fields') && b.fields.includes(field));
  return shared && block ? `${block.title.replace(/^市级/, '')}的“${label}”` : `“${label}”`;
}

/**
 * The form file of a draft. Blank optional fields are left out (form-format.md: a check that needs
 * a missing field is skipped); rows with nothing typed are left out; number cells are normalised
 * (numberCell) and a cell that is not a number is left out with a message beside it, so the rest of
 * the form is still scored; text goes as typed, for the engine to read (R4).
 */
export function toInput(draft: Draft): DraftInput {
  const layout = layoutOf(draft.ruleSet);
  const fieldIssues: ValidationIssue[] = [];
  const input = { version: draft.version, ruleSet: draft.ruleSet } as Record<string, unknown> & Form;
  if (Object.keys(draft.options).length > 0) input.options = draft.options as Form['options'];
  // Total-row cells of funds tables (C5): when unreadable they reach the engine as typed (see `scoring`).
  const totalCells = new Set(
    layout.blocks.flatMap((b) => (b.kind === 'moneyTable' && b.rows[0] ? b.columns.map((c) => `${b.prefix}/${b.rows[0]!.key}/${c.key}`) : [])),
  );
  const asTyped: [string, string][] = [];
  for (const field of layoutFields(layout)) {
    const value = draft.fields[field.path] ?? '';
    if (value.trim() === '') continue;
    if (field.kind === 'year') {
      // R4 folds every cell: full-width digits (２０２４) and a trailing 年 / 年度 (2024年) are read as the year.
      const year = normalizeYear(value);
      if (checkField('year', year) === null) setPath(input, field.path, Number(year));
      else fieldIssues.push({ path: field.path, message: `${fieldName(layout, field)}${checkField('year', year)}。这一格暂不计入，其余照常计分。` });
      continue;
    }
    const kind = NUMBER_KIND[field.kind];
    if (kind) {
      const v = numberCell(value, kind, field.path, fieldName(layout, field), fieldIssues);
      if (v) setPath(input, field.path, v);
      // A number with too many digits goes as the number it reads as (4,600,000,000,000 → 4600000000000), so the engine says why it is not used.
      else if (v === null && totalCells.has(field.path)) asTyped.push([field.path, normalizeAmount(value) ?? value]);
    } else {
      longText(value, field.path, fieldName(layout, field), fieldIssues);
      setPath(input, field.path, value);
    }
  }

  const subprojectRows: number[] = [];
  const subprojects = draft.subprojects.flatMap((s, i) => {
    if (isBlankSubproject(s)) return [];
    longText(s.name, `subprojects/${i}/name`, `第 ${i + 1} 个子项目的“子项目名称”`, fieldIssues);
    const amount = numberCell(s.amount, 'amount', `subprojects/${i}/amount`, `第 ${i + 1} 个子项目的“实际金额”`, fieldIssues);
    if (amount === null) return [];
    subprojectRows.push(i);
    return [{ name: s.name, amount }];
  });

  const block = indicatorBlock(layout);
  const label = (key: IndicatorTextKey) => block.fields.find((f) => f.key === key)?.label ?? key;
  const hasLevel2 = block.fields.some((f) => f.key === 'level2');
  const categories = getRuleSet(draft.ruleSet)?.categories ?? [];
  const indicatorRows: number[] = [];
  const counts = new Map<string, number>();
  const indicators = draft.indicators.flatMap((row, i) => {
    if (isBlankIndicator(row)) return [];
    indicatorRows.push(i);
    const n = (counts.get(row.category) ?? 0) + 1;
    counts.set(row.category, n);
    const rowName = `${categories.find((c) => c.id === row.category)?.label ?? ''}第 ${n} 项“${row.name.trim().slice(0, 30) || '（未命名）'}”的`;
    const out: IndicatorInput = { category: row.category, name: row.name, target: row.target };
    for (const key of ['level2', 'name', 'target', 'actual', 'note'] as const) longText(row[key], `indicators/${i}/${key}`, `${rowName}“${label(key)}”`, fieldIssues);
    if (hasLevel2 && row.level2.trim() !== '') (out as IndicatorInput & { level2?: string }).level2 = row.level2;
    const weight = numberCell(row.weight, 'weight', `indicators/${i}/weight`, `${rowName}“${label('weight')}”`, fieldIssues);
    if (weight) out.weight = weight;
    if (row.actual.trim() !== '') out.actual = row.actual;
    const selfScore = numberCell(row.selfScore, 'selfScore', `indicators/${i}/selfScore`, `${rowName}“${label('selfScore')}”`, fieldIssues);
    if (selfScore) out.selfScore = selfScore;
    if (row.note.trim() !== '') out.note = row.note;
    return [out];
  });

  if (subprojects.length > 0) input.subprojects = subprojects;
  input.indicators = indicators;
  let scoring: Form = input;
  if (asTyped.length > 0) {
    scoring = structuredClone(input);
    for (const [path, value] of asTyped) setPath(scoring as unknown as Record<string, unknown>, path, value);
  }
  return { input, indicatorRows, subprojectRows, fieldIssues, scoring, passedAsTyped: asTyped.map(([path]) => path) };
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
