/**
 * A form's layout as data: its blocks in paper order and, in each, the cells with their field keys,
 * Chinese labels and kinds. The editor, the shared report, the print sheet, paste and CSV all read a
 * layout, so none of them knows a form by hand; a new form is a rule set, a layout and content pages
 * (../shared/architecture.md, "Two forms"). Pure data and a few path helpers: no engine, no UI code.
 */

/**
 * What a cell holds, which decides how it is typed, checked and shown:
 * `text` free text (names), `year` a four-digit year, `money` an amount in 万元, `value` a target or
 * actual as written (R4), `weight` a weight in 分 (R2), `selfScore` a score as the unit wrote it
 * (R17, C13), `rate` a printed rate in % (C6), `note` a longer free text (偏差原因, 年度总体目标).
 */
export type CellKind = 'text' | 'year' | 'money' | 'value' | 'weight' | 'selfScore' | 'rate' | 'note';

/** One cell of a block: where its value lives in the form file, and how the paper calls it. */
export interface LayoutField {
  /** Path in the form file, slash-separated: `project/name`, `budget/initialBudget`, `execution/total/executed`. */
  path: string;
  /** The label printed on the form. */
  label: string;
  /** A shorter label for narrow places (table headers on phones, print), when the label is long. */
  short?: string;
  kind: CellKind;
  /** Takes the whole width of a fields block. */
  wide?: boolean;
  /** Shown indented, as a 其中 line of the one above it. */
  sub?: boolean;
  /** Other headings spreadsheets use for the same cell (a pasted header row or label may name it so). */
  aliases?: readonly string[];
}

/**
 * A figure the form implies, shown under an amount and offered with one click when the typed amount
 * differs (R18, R19): from the engine's `derived` figures (`derived`) or another field of the form (`field`).
 * `{v}` in the texts is replaced by the figure.
 */
export interface LayoutHint {
  /** The amount it concerns (a field path). */
  path: string;
  /** Lines to show, each with the derived figure (key of FormResult.derived) or field path it names. */
  lines: { derived?: string; field?: string; text: string }[];
  /** The figure offered with one click (derived key or field path), when the amount differs from it. */
  offer?: { derived?: string; field?: string };
  /** The line shown instead once the typed amount equals the offer. */
  matching?: string;
}

/** A block of labelled single cells (项目信息, 年度总体目标). */
export interface FieldsBlock {
  kind: 'fields';
  id: string;
  title: string;
  unit?: string;
  fields: LayoutField[];
  note?: string;
}

/**
 * A block of amounts in one row (市级预算执行情况, 市级财政资金使用情况): one field each; a row of numbers
 * copied from a spreadsheet fills them left to right, in `fields` order.
 */
export interface MoneyBlock {
  kind: 'money';
  id: string;
  title: string;
  unit: string;
  fields: LayoutField[];
  hints?: LayoutHint[];
  /** A derived rate shown under the block (R21): the text before the figure, and the derived key. */
  rate?: { text: string; derived: string };
  note?: string;
}

/**
 * A table of amounts: rows × columns, each cell at `${prefix}/${row.key}/${column.key}` (the central
 * 项目资金 table, C5), and one scored row with its weight, rate and score columns (C6).
 */
export interface MoneyTableBlock {
  kind: 'moneyTable';
  id: string;
  title: string;
  unit: string;
  /** The form-file part the cells live in, e.g. `execution`. */
  prefix: string;
  /** Rows in paper order; the first is the scored total row. */
  rows: { key: string; label: string; sub?: boolean }[];
  /** Amount columns in paper order (paste order too). */
  columns: { key: string; label: string }[];
  /** The scored row's own cells: weight (分值), printed rate (执行率), self-score (得分 as written). */
  scored: { weight: LayoutField; rate: LayoutField; selfScore: LayoutField };
  /** The result category the scored row is (its subtotal hook), e.g. `execution`. */
  category: string;
  /**
   * A hint under the table. `{base}` in it stands for the label of the column the 执行率 divides by,
   * which follows the form's option (C5; see view.ts `executionBaseColumn`), so the hint never states
   * a formula the score does not use.
   */
  note?: string;
}

/** A list of rows with a name and an amount (项目资金构成: 子项目), and their 合计. */
export interface ListBlock {
  kind: 'list';
  id: 'subprojects';
  title: string;
  /** Column labels: name, amount. */
  nameLabel: string;
  amountLabel: string;
  /** What each row is called (子项目). */
  rowLabel: string;
  /** Derived key of the sum (FormResult.derived). */
  sumDerived: string;
  /** The field the sum must equal (R20: 实际支付数). */
  sumEquals: string;
}

/** One column of the indicator table (a key of the draft's indicator rows). */
export interface IndicatorColumn {
  key: IndicatorKey;
  label: string;
  kind: CellKind;
  /** Other headings spreadsheets use for the same column (a pasted header row may name it so). */
  aliases?: readonly string[];
}

/** The keys an indicator row may have in a form file (besides `category`). */
export type IndicatorKey = 'level2' | 'name' | 'target' | 'weight' | 'actual' | 'selfScore' | 'note';

/** The indicator table: grouped by category, subtotals, the total. */
export interface IndicatorsBlock {
  kind: 'indicators';
  id: 'indicators';
  title: string;
  /** Label of the category column (类别 / 一级指标) and the text after a category's label (目标 / ''). */
  categoryLabel: string;
  categorySuffix: string;
  /** Every field of a row with its paper label, in the paper's (print and CSV) order. */
  fields: IndicatorColumn[];
  /** The columns edited in the table on screen, in order; the others (the note) in the row's explanation. */
  screen: IndicatorKey[];
  /** Paste order (Excel/WPS): the keys a copied block fills left to right. */
  paste: IndicatorKey[];
  /** The columns of the printed table (A4, as the official one), in order; the computed score follows `selfScore`. */
  print: IndicatorKey[];
  /** Label of the computed score column. */
  scoreLabel: string;
  /** The usual 二级指标 of the form, offered while typing one and recognised in a pasted first column (C4). */
  level2Options?: readonly string[];
  /** A line under the block's title: how to fill and paste. */
  note: string;
}

export type LayoutBlock = FieldsBlock | MoneyBlock | MoneyTableBlock | ListBlock | IndicatorsBlock;

/** A whole form's layout. */
export interface FormLayout {
  /** The rule set it lays out (`suzhou-2017`). */
  ruleSet: string;
  /** The form's title as printed, e.g. 苏州市级财政支出项目绩效自评表. */
  title: string;
  /** Whether the printed title carries the year, as 项目支出绩效自评表（2022 年度）. */
  yearInTitle?: boolean;
  /** Blocks in paper order. */
  blocks: LayoutBlock[];
}

/** Every single-cell field of a layout (fields, money and money-table blocks), in paper order. */
export function layoutFields(layout: FormLayout): LayoutField[] {
  const out: LayoutField[] = [];
  for (const b of layout.blocks) {
    if (b.kind === 'fields' || b.kind === 'money') out.push(...b.fields);
    else if (b.kind === 'moneyTable') {
      for (const r of b.rows) for (const c of b.columns) out.push(moneyCell(b, r.key, c.key));
      out.push(b.scored.weight, b.scored.rate, b.scored.selfScore);
    }
  }
  return out;
}

/** One amount cell of a money table, as a field. */
export function moneyCell(block: MoneyTableBlock, row: string, column: string): LayoutField {
  const r = block.rows.find((x) => x.key === row)!;
  const c = block.columns.find((x) => x.key === column)!;
  return { path: `${block.prefix}/${row}/${column}`, label: `${r.label.replace(/^其中：/, '')}${c.label}`, kind: 'money' };
}

/** The indicator block of a layout. */
export function indicatorBlock(layout: FormLayout): IndicatorsBlock {
  return layout.blocks.find((b): b is IndicatorsBlock => b.kind === 'indicators')!;
}

/**
 * What the cell at a draft path holds, or null when the layout has no cell there: a column of an
 * indicator row (`indicators/3/weight` → `weight`; a key the layout has no column for is `text`), a
 * 子项目 row's cell (`subprojects/0/amount` → `money`, its name `text`) or a single cell (a money
 * table's amounts are `money`). Paste reads it to know how to treat what is pasted.
 */
export function cellKindAt(layout: FormLayout, path: string): CellKind | null {
  const row = /^(indicators|subprojects)\/\d+\/(\w+)$/.exec(path);
  if (row) return row[1] === 'indicators' ? (indicatorBlock(layout).fields.find((f) => f.key === row[2])?.kind ?? 'text') : row[2] === 'amount' ? 'money' : 'text';
  return layoutFields(layout).find((f) => f.path === path)?.kind ?? null;
}

/** The value at a slash path of a nested object, or undefined. */
export function getPath(o: unknown, path: string): unknown {
  let v = o;
  for (const k of path.split('/')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** Sets the value at a slash path, creating the objects on the way. */
export function setPath(o: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('/');
  let t = o;
  for (const k of keys.slice(0, -1)) {
    const next = t[k];
    t = (next && typeof next === 'object' ? next : (t[k] = {})) as Record<string, unknown>;
  }
  t[keys[keys.length - 1]!] = value;
}

/** The label of an indicator field in a layout. */
export function indicatorLabel(block: IndicatorsBlock, key: IndicatorKey): string {
  return block.fields.find((f) => f.key === key)?.label ?? key;
}

/**
 * How a layout labels the field at a form file's slash path: a single cell (`project/department` →
 * 主管部门 on the central form) or an indicator row's field (`indicators/3/target` → 年度指标值); undefined
 * for other paths (a block, a row, a path the layout has no cell for).
 * @example fieldLabelOn(centralLayout, 'indicators/0/name') // '三级指标'
 */
export function fieldLabelOn(layout: FormLayout, path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0] === 'indicators') return parts.length === 3 ? indicatorBlock(layout).fields.find((f) => f.key === parts[2])?.label : undefined;
  return layoutFields(layout).find((f) => f.path === path)?.label;
}
