import type { CategoryId, Form, FormResult, IndicatorInput } from '../engine/index.ts';
import { D, fixed2 } from '../engine/decimal.ts';
// CSV may read a file of any form: it brings every rule set (all.ts installs them).
import { anyRuleSet } from '../engine/rule-sets/all.ts';
import { allLayouts, anyLayout, defaultLayout } from '../forms/all.ts';
import { getPath, indicatorBlock, layoutFields, setPath, type FormLayout, type IndicatorKey } from '../forms/layout.ts';

/**
 * CSV of a form, for Excel and WPS: UTF-8 with a byte-order mark (so Chinese opens correctly),
 * numbers unformatted (no thousands separators, exactly as typed), laid out by the form's layout
 * (forms/): the title, the header and amounts as 栏目/内容 pairs, then 子项目 (when the form has them),
 * then the indicator table in the paper's column order with the computed 得分. The same file reads
 * back (csvToForm): the computed columns are ignored on import.
 * papaparse does the quoting; it is loaded only when a CSV is written or read.
 */

export const BOM = '\uFEFF';

export const SUBPROJECT_HEADER = ['子项目名称', '实际金额（万元）'];
export const SCALAR_HEADER = ['栏目', '内容'];
const RULE_SET_LABEL = '规则集';

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** Ends the 栏目 name of a figure the site computed (not typed on the form): written for the reader, skipped on import. */
export const COMPUTED_MARK = '（本站计算）';

/**
 * The scalar fields of a form's CSV, in paper order: the form-file path and the Chinese name in the
 * 栏目 column (an amount's name carries its block and unit: 市级预算执行情况：年初预算数（万元）). An
 * option of the rule set (本站解读, R8–R13, C2, C5, C8) is named by its Chinese label
 * (本站解读：没有满意度指标时) and written as its value's Chinese label (`values`: value ↔ label);
 * `legacy` is the name the site's earlier CSVs used (本站解读：noSatisfaction), still read on import.
 */
export function scalarFields(layout: FormLayout): { path: string; label: string; legacy?: string; values?: readonly { value: string; label: string }[] }[] {
  const out: { path: string; label: string; legacy?: string; values?: readonly { value: string; label: string }[] }[] = [{ path: 'ruleSet', label: RULE_SET_LABEL }];
  for (const b of layout.blocks) {
    if (b.kind === 'fields') for (const f of b.fields) out.push({ path: f.path, label: f.label });
    else if (b.kind === 'money') for (const f of b.fields) out.push({ path: f.path, label: `${b.title}：${f.short ?? f.label}（${b.unit}）` });
    else if (b.kind === 'moneyTable') {
      for (const r of b.rows) {
        for (const c of b.columns) out.push({ path: `${b.prefix}/${r.key}/${c.key}`, label: `${b.title}：${r.label.replace(/^其中：/, '')}的${c.label}（${b.unit}）` });
      }
      for (const f of [b.scored.weight, b.scored.rate, b.scored.selfScore]) out.push({ path: f.path, label: `${b.title}：${f.short ?? f.label}` });
    }
  }
  for (const o of anyRuleSet(layout.ruleSet)?.options ?? []) out.push({ path: `options/${o.key}`, label: `本站解读：${o.label}`, legacy: `本站解读：${o.key}`, values: o.values });
  return out;
}

/**
 * The indicator table's header: category column, the paper's columns, then the computed ones (得分,
 * the weight used — named by the form's own word, `weightTerm`: 计分权重 / 计分分值 — and 完成率).
 */
export function indicatorHeader(layout: FormLayout): string[] {
  const block = indicatorBlock(layout);
  const term = anyRuleSet(layout.ruleSet)?.weightTerm ?? '权重';
  return [block.categoryLabel, ...block.fields.map((f) => f.label), block.scoreLabel, `计分${term}`, '完成率（%）'];
}

/** The rows of the CSV (before quoting). `result` adds the computed columns and the 合计. */
export function formToRows(form: Form, result: FormResult | null): string[][] {
  const layout = anyLayout(form.ruleSet);
  const block = indicatorBlock(layout);
  const categories = anyRuleSet(form.ruleSet)?.categories ?? [];
  const rows: string[][] = [[layout.title], SCALAR_HEADER];
  for (const f of scalarFields(layout)) {
    const v = getPath(form, f.path);
    if (f.path.startsWith('options/') && v === undefined) continue;
    rows.push([f.label, f.values?.find((o) => o.value === v)?.label ?? text(v)]);
  }
  // The central form's execution row as the site computed it (C5, C6): its rate and score, beside the
  // rate and self-score as typed; read back, these lines are skipped (they are not part of the form).
  const moneyTable = layout.blocks.find((b) => b.kind === 'moneyTable');
  if (moneyTable && result?.execution) {
    rows.push([`${moneyTable.title}：执行率（%）${COMPUTED_MARK}`, text(result.execution.rate)]);
    rows.push([`${moneyTable.title}：得分${COMPUTED_MARK}`, result.execution.score]);
  }
  if (layout.blocks.some((b) => b.kind === 'list')) {
    rows.push([], SUBPROJECT_HEADER);
    for (const s of form.subprojects ?? []) rows.push([s.name, text(s.amount)]);
  }
  const header = indicatorHeader(layout);
  rows.push([], header);
  form.indicators.forEach((i: IndicatorInput, n) => {
    const r = result?.indicators[n];
    rows.push([
      categories.find((c) => c.id === i.category)?.label ?? i.category,
      ...block.fields.map((f) => text((i as unknown as Record<string, unknown>)[f.key])),
      r?.score ?? '',
      r?.weight ?? '',
      r?.ratio ?? '',
    ]);
  });
  if (result) {
    // Each category's 小计 and then the 合计, as on paper, each a row of its own labelled in the first
    // column: under 得分 the score, under 计分权重/计分分值 the weights' sum (exact: sums of two-decimal
    // figures); then the grade when the form has one (C15). The note column stays the note's.
    // Read back, the 小计 and 等级 rows are skipped (marked 本站计算), as is the 合计.
    const scoreAt = header.length - 3;
    const summary = (label: string, score: string, weight: string) => {
      const row = header.map(() => '');
      row[0] = label;
      row[scoreAt] = score;
      row[scoreAt + 1] = weight;
      return row;
    };
    const all = Object.values(result.categories);
    for (const c of all) rows.push(summary(`${c.label}小计${COMPUTED_MARK}`, c.score, c.weightSum));
    rows.push(summary('合计', result.total, fixed2(all.reduce((sum, c) => sum.plus(c.weightSum), new D(0)))));
    const grade = (result as { grade?: string }).grade;
    if (grade) rows.push(summary(`等级${COMPUTED_MARK}`, grade, ''));
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

/**
 * Reads a CSV written by formToCsv back into a form file (not yet validated: pass it to the engine).
 * The 规则集 row chooses the layout; without one, the indicator table's header row does (一级指标,二级指标…
 * is the central form's: formOfHeader), else Suzhou's (as in the first CSVs). The indicator table's
 * columns are read by their header. Blank cells are left out, as blank fields are in the calculator.
 */
export async function csvToForm(csv: string): Promise<CsvRead> {
  const { default: Papa } = await import('papaparse');
  const text = csv.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: separator(text) });
  const rows = parsed.data.map((r) => (Array.isArray(r) ? r.map((c) => unguard(String(c ?? ''))) : []));
  const ruleSetId = rows.find((r) => (r[0] ?? '').trim() === RULE_SET_LABEL)?.[1]?.trim() || formOfHeader(rows)?.ruleSet || defaultLayout.ruleSet;
  const layout = anyLayout(ruleSetId);
  const block = indicatorBlock(layout);
  const categories = anyRuleSet(ruleSetId)?.categories ?? [];
  const categoryIds = new Map<string, CategoryId>(categories.map((c) => [c.label, c.id]));
  const form: Record<string, unknown> = { version: 1 };
  const subprojects: { name: string; amount: string }[] = [];
  const indicators: Record<string, string>[] = [];
  let columns: (IndicatorKey | null)[] = [];
  let section: 'none' | 'scalars' | 'subprojects' | 'indicators' = 'none';
  const scalars = scalarFields(layout);
  const byLabel = new Map(scalars.flatMap((f) => [[f.label, f.path] as const, ...(f.legacy ? [[f.legacy, f.path] as const] : [])]));
  // An option's value is written as its Chinese label; a file from before reads as the value itself.
  const optionValue = new Map(scalars.map((f) => [f.path, new Map((f.values ?? []).map((o) => [o.label, o.value]))]));
  const byHeader = new Map<string, IndicatorKey>(block.fields.map((f) => [f.label, f.key]));
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
    if (isHeader(row, [block.categoryLabel, block.fields[0]!.label])) {
      section = 'indicators';
      columns = row.map((c) => byHeader.get(c.trim()) ?? null);
      continue;
    }
    if (section === 'scalars') {
      if (first.endsWith(COMPUTED_MARK)) continue;
      const path = byLabel.get(first);
      if (!path) return { ok: false, message: `CSV 第 ${n + 1} 行的栏目“${first}”不是本站导出的栏目名称：请用本站导出的 CSV 文件。` };
      // Text is kept as written (spaces included); only a blank cell is left out.
      const raw = row[1] ?? '';
      if (raw.trim() === '') continue;
      const kind = layoutFields(layout).find((f) => f.path === path)?.kind;
      const trimmed = kind === 'text' || kind === 'note' ? raw : raw.trim();
      const value = optionValue.get(path)?.get(trimmed) ?? trimmed;
      setPath(form, path, path === 'project/year' && /^\d+$/.test(value) ? Number(value) : value);
    } else if (section === 'subprojects') {
      subprojects.push({ name: row[0] ?? '', amount: (row[1] ?? '').trim() });
    } else if (section === 'indicators') {
      if (first === '合计' || first.endsWith(COMPUTED_MARK)) continue;
      const category = categoryIds.get(first);
      if (!category) return { ok: false, message: `CSV 第 ${n + 1} 行的${block.categoryLabel}“${first}”应为 ${categories.map((c) => c.label).join('、')} 之一。` };
      const ind: Record<string, string> = { category, name: '', target: '' };
      columns.forEach((key, i) => {
        if (!key) return;
        const cell = row[i] ?? '';
        if (key === 'name' || key === 'target') ind[key] = cell;
        else if (key === 'weight' || key === 'selfScore') {
          if (cell.trim() !== '') ind[key] = cell.trim();
        } else if (cell !== '') ind[key] = cell;
      });
      indicators.push(ind);
    }
  }
  if (indicators.length === 0) {
    // Name the header of the form the file says it is; without a 规则集 row, the headers of every form.
    const known = rows.some((r) => (r[0] ?? '').trim() === RULE_SET_LABEL) ? [layout] : allLayouts;
    const heads = known.map((l) => `${l.title}为“${indicatorHeaderStart(l)},…”`).join('，');
    return { ok: false, message: `CSV 里没有找到指标表：指标表从它的表头行开始（${heads}），下面每行一项指标。请用本站导出的 CSV 文件。` };
  }
  form.ruleSet ??= ruleSetId;
  if (subprojects.length > 0) form.subprojects = subprojects;
  form.indicators = indicators;
  return { ok: true, form };
}

/** The first two headings of a layout's indicator table in its CSV (类别,指标名称 / 一级指标,二级指标). */
function indicatorHeaderStart(layout: FormLayout): string {
  const block = indicatorBlock(layout);
  return `${block.categoryLabel},${block.fields[0]!.label}`;
}

/**
 * The form whose indicator table's header row (its first two headings) the rows hold, for a CSV
 * without its 规则集 line (a file cut down to the indicator table, or the site's first CSVs): read
 * with that form's layout. Undefined when no row is such a header.
 */
export function formOfHeader(rows: readonly string[][]): FormLayout | undefined {
  for (const row of rows) {
    const found = allLayouts.find((l) => {
      const block = indicatorBlock(l);
      return (row[0] ?? '').trim() === block.categoryLabel && (row[1] ?? '').trim() === block.fields[0]!.label;
    });
    if (found) return found;
  }
  return undefined;
}

/**
 * The separator of a table saved by Excel or WPS: a tab (Excel's “Unicode 文本”, .txt) or a comma
 * (CSV), told by the first header row of this site's layouts (栏目/子项目名称/类别/一级指标), else by
 * which of the two the first lines use more.
 */
export function separator(text: string): ',' | '\t' {
  const firsts = [SCALAR_HEADER[0]!, SUBPROJECT_HEADER[0]!, ...allLayouts.map((l) => indicatorBlock(l).categoryLabel)];
  const head = new RegExp(`^(?:${firsts.join('|')})([,\t])`, 'm').exec(text);
  if (head) return head[1] as ',' | '\t';
  const lines = text.split(/\r?\n/, 20).join('\n');
  return (lines.match(/\t/g)?.length ?? 0) > (lines.match(/,/g)?.length ?? 0) ? '\t' : ',';
}
