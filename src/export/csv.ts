import type { CategoryId, Form, FormResult, IndicatorInput } from '../engine/index.ts';
import { D, fixed2 } from '../engine/decimal.ts';

/**
 * CSV of a form, for Excel and WPS: UTF-8 with a byte-order mark (so Chinese opens correctly),
 * numbers unformatted (no thousands separators, exactly as typed), laid out in the form's order:
 * the header and amounts as 栏目/内容 pairs, then 子项目, then the indicator table with the computed
 * 得分. The same file reads back (csvToForm): the computed columns are ignored on import.
 * papaparse does the quoting; it is loaded only when a CSV is written or read.
 */

export const BOM = '\uFEFF';
export const CSV_TITLE = '苏州市级财政支出项目绩效自评表';

/** The scalar fields of the form file and their Chinese names in the CSV. */
export const SCALAR_FIELDS: readonly { path: string; label: string }[] = [
  { path: 'ruleSet', label: '规则集' },
  { path: 'project.name', label: '项目名称' },
  { path: 'project.year', label: '项目年份' },
  { path: 'project.department', label: '项目主管部门（单位）' },
  { path: 'budget.initialBudget', label: '市级预算执行情况：年初预算数（万元）' },
  { path: 'budget.adjustment', label: '市级预算执行情况：当年使用上年结余、结转及当年调整预算数（万元）' },
  { path: 'budget.appropriation', label: '市级预算执行情况：财政拨款数（万元）' },
  { path: 'budget.quotaBalance', label: '市级预算执行情况：指标结余数（万元）' },
  { path: 'funds.appropriation', label: '市级财政资金使用情况：财政拨款数（万元）' },
  { path: 'funds.actualPayment', label: '市级财政资金使用情况：实际支付数（万元）' },
  { path: 'funds.balance', label: '市级财政资金使用情况：资金结余、结转数（万元）' },
  { path: 'funds.carryover', label: '市级财政资金使用情况：结转数（万元）' },
  { path: 'funds.recovered', label: '市级财政资金使用情况：财政收回数（万元）' },
  { path: 'options.granularity', label: '本站解读：granularity' },
  { path: 'options.shortfallBasis', label: '本站解读：shortfallBasis' },
  { path: 'options.overAchievement', label: '本站解读：overAchievement' },
  { path: 'options.lowerIsBetter', label: '本站解读：lowerIsBetter' },
];

export const CATEGORY_LABELS: Partial<Record<CategoryId, string>> = { input: '投入', output: '产出', outcome: '结果', impact: '影响力' };

export const INDICATOR_HEADER = ['类别', '指标名称', '目标值', '权重', '实际完成值', '自评分', '说明', '得分', '计分权重', '完成率（%）'];
export const SUBPROJECT_HEADER = ['子项目名称', '实际金额（万元）'];
export const SCALAR_HEADER = ['栏目', '内容'];

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function get(form: Form, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), form);
}

/** The rows of the CSV (before quoting). `result` adds the computed columns and the 合计. */
export function formToRows(form: Form, result: FormResult | null): string[][] {
  const rows: string[][] = [[CSV_TITLE], SCALAR_HEADER];
  for (const f of SCALAR_FIELDS) {
    const v = get(form, f.path);
    if (f.path.startsWith('options.') && v === undefined) continue;
    rows.push([f.label, text(v)]);
  }
  rows.push([], SUBPROJECT_HEADER);
  for (const s of form.subprojects ?? []) rows.push([s.name, text(s.amount)]);
  rows.push([], INDICATOR_HEADER);
  form.indicators.forEach((i: IndicatorInput, n) => {
    const r = result?.indicators[n];
    rows.push([
      CATEGORY_LABELS[i.category] ?? i.category,
      i.name,
      i.target,
      text(i.weight),
      text(i.actual),
      text(i.selfScore),
      text(i.note),
      r?.score ?? '',
      r?.weight ?? '',
      r?.ratio ?? '',
    ]);
  });
  if (result) {
    // Under 得分 the total and under 计分权重 the weights' sum (exact: both are sums of two-decimal figures);
    // 说明 says how the weights split by category.
    const categories = Object.values(result.categories);
    const weightSum = categories.reduce((sum, c) => sum.plus(c.weightSum), new D(0));
    const split = `各类权重：${categories.map((c) => `${c.label} ${c.weightSum}`).join('；')}`;
    rows.push(['合计', '', '', '', '', '', split, result.total, fixed2(weightSum), '']);
  }
  return rows;
}

/** A plain number (`-1500.00`, `+5`, `.5`): written as it is, even with a leading `-` or `+`. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Whether Excel or WPS could run a cell as a formula (OWASP “CSV injection”: a cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return, e.g. `=100%`, `-1+cmd|…`, `+1+1`), or the cell
 * starts with `'` followed by such text (so that the guard is undone exactly). Plain numbers such
 * as `-1500.00` stay numbers.
 */
export function needsGuard(cell: string): boolean {
  return /^'*[=+\-@\t\r]/.test(cell) && !PLAIN_NUMBER.test(cell);
}

/** A cell as written to the CSV: formula-like cells get a leading `'` (shown as text; csvToForm removes it). */
export function guard(cell: string): string {
  return needsGuard(cell) ? `'${cell}` : cell;
}

/**
 * Undoes guard() on one cell read back: exact for every cell (a cell that really starts with `'`
 * keeps it, since guard() then added one more).
 */
export function unguard(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}

/** The CSV text of a form: BOM, CRLF line ends (as Excel writes them), every cell quoted only when it must be, formula-like cells guarded. */
export async function formToCsv(form: Form, result: FormResult | null): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const rows = formToRows(form, result).map((row) => row.map(guard));
  // A guarded cell is quoted too (as papaparse's own escapeFormulae did), so the files look as before.
  const quotes = (value: unknown) => typeof value === 'string' && unguard(value) !== value;
  return BOM + Papa.unparse(rows, { newline: '\r\n', quotes: quotes as unknown as boolean }) + '\r\n';
}

export type CsvRead = { ok: true; form: unknown } | { ok: false; message: string };

const CATEGORY_IDS = new Map<string, CategoryId>(Object.entries(CATEGORY_LABELS).map(([id, label]) => [label, id as CategoryId]));

function set(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let o = target;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
}

/**
 * Reads a CSV written by formToCsv back into a form file (not yet validated: pass it to the engine).
 * Blank cells are left out, as blank fields are in the calculator.
 */
export async function csvToForm(csv: string): Promise<CsvRead> {
  const { default: Papa } = await import('papaparse');
  const text = csv.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: separator(text) });
  const rows = parsed.data.map((r) => (Array.isArray(r) ? r.map((c) => unguard(String(c ?? ''))) : []));
  const form: Record<string, unknown> = { version: 1 };
  const subprojects: { name: string; amount: string }[] = [];
  const indicators: Record<string, string>[] = [];
  let section: 'none' | 'scalars' | 'subprojects' | 'indicators' = 'none';
  const byLabel = new Map(SCALAR_FIELDS.map((f) => [f.label, f.path]));
  /** A section starts at its header row (both first cells), so a sub-project named 类别 or 栏目 is a sub-project. */
  const isHeader = (row: string[], header: readonly string[]) => row[0]?.trim() === header[0] && row[1]?.trim() === header[1];
  for (let n = 0; n < rows.length; n++) {
    const row = rows[n]!;
    const first = (row[0] ?? '').trim();
    if (row.every((c) => c.trim() === '')) {
      section = 'none';
      continue;
    }
    if (isHeader(row, SCALAR_HEADER)) {
      section = 'scalars';
      continue;
    }
    if (isHeader(row, SUBPROJECT_HEADER)) {
      section = 'subprojects';
      continue;
    }
    if (isHeader(row, INDICATOR_HEADER)) {
      section = 'indicators';
      continue;
    }
    if (section === 'scalars') {
      const path = byLabel.get(first);
      if (!path) return { ok: false, message: `CSV 第 ${n + 1} 行的栏目“${first}”不是本站导出的栏目名称：请用本站导出的 CSV 文件。` };
      // Text is kept as written (spaces included); only a blank cell is left out.
      const raw = row[1] ?? '';
      if (raw.trim() === '') continue;
      const value = path === 'project.name' || path === 'project.department' ? raw : raw.trim();
      set(form, path, path === 'project.year' && /^\d+$/.test(value) ? Number(value) : value);
    } else if (section === 'subprojects') {
      subprojects.push({ name: row[0] ?? '', amount: (row[1] ?? '').trim() });
    } else if (section === 'indicators') {
      if (first === '合计') continue;
      const category = CATEGORY_IDS.get(first);
      if (!category) return { ok: false, message: `CSV 第 ${n + 1} 行的类别“${first}”应为 投入、产出、结果 或 影响力。` };
      const [, name = '', target = '', weight = '', actual = '', selfScore = '', note = ''] = row;
      const ind: Record<string, string> = { category, name, target };
      if (weight.trim() !== '') ind.weight = weight.trim();
      if (actual !== '') ind.actual = actual;
      if (selfScore.trim() !== '') ind.selfScore = selfScore.trim();
      if (note !== '') ind.note = note;
      indicators.push(ind);
    }
  }
  if (indicators.length === 0) return { ok: false, message: 'CSV 里没有找到指标表（以“类别,指标名称,…”开头的一行）：请用本站导出的 CSV 文件。' };
  form.ruleSet ??= 'suzhou-2017';
  if (subprojects.length > 0) form.subprojects = subprojects;
  form.indicators = indicators;
  return { ok: true, form };
}

/**
 * The separator of a table saved by Excel or WPS: a tab (Excel's “Unicode 文本”, .txt) or a comma
 * (CSV), told by the first header row of this site's layout (栏目/子项目名称/类别), else by which
 * of the two the first lines use more.
 */
export function separator(text: string): ',' | '\t' {
  const head = /^(?:栏目|子项目名称|类别)([,\t])/m.exec(text);
  if (head) return head[1] as ',' | '\t';
  const lines = text.split(/\r?\n/, 20).join('\n');
  return (lines.match(/\t/g)?.length ?? 0) > (lines.match(/,/g)?.length ?? 0) ? '\t' : ',';
}
