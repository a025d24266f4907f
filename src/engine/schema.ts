import * as z from 'zod/mini';
import { AMOUNT_LABELS } from './checks/messages.ts';
import { FIELD_RULES, MAX_ROWS, MAX_TEXT_CHARS, NO_INDICATORS, TEXT_TOO_LONG, TOO_MANY_ROWS, checkField, type FieldKind } from './field-rules.ts';
import type { ValidationIssue } from './result.ts';
// The schema validates files and links of any form: it installs every rule set (all.ts).
import { ruleSets } from './rule-sets/all.ts';
import { getRuleSet } from './rule-sets/index.ts';
import type { FormKey, RuleSet } from './rule-sets/rule-set.ts';
import type { Form, IndicatorInput } from './types.ts';

/*
 * The form file, version 1 (form-format.md), as a zod schema. zod/mini keeps the browser bundle small.
 * Every leaf carries a Chinese “how to fix” message; formatIssues() puts the field's Chinese name in front.
 */

/** A typed number as the form file allows it: a decimal string (blank allowed) or a JSON number, by its field rule. */
function numberField(kind: FieldKind, json: (n: number) => boolean) {
  const { message } = FIELD_RULES[kind];
  return z.union(
    [
      z.string().check(z.refine((s) => checkField(kind, s) === null, { error: message })),
      z.number().check(z.refine((n) => json(n) && checkField(kind, n) === null, { error: message })),
    ],
    { error: message },
  );
}

/** Which JSON numbers a weight may be (R2): ≥ 0. */
const weightNumber = (n: number) => Number.isFinite(n) && n >= 0;

/** A money amount (万元): a JSON number or a decimal string; blank allowed (the check is then skipped). */
const amount = numberField('amount', Number.isFinite);

/** A weight (R2): ≥ 0 with at most two decimals; blank means “split equally”. */
const weight = numberField('weight', weightNumber);

/** A self-score (自评分, R17): a number; blank allowed. */
const selfScore = numberField('selfScore', Number.isFinite);

/** A text field: a string of at most MAX_TEXT_CHARS characters (issue 14: a 10 MB name must not freeze the page). */
const text = (what: string) => z.string({ error: `应为文字（${what}）` }).check(z.maxLength(MAX_TEXT_CHARS, { error: TEXT_TOO_LONG }));

/**
 * A field of an indicator row: its zod schema, and `accepts`, the same rule as a plain test, true
 * only for a value the schema passes unchanged. quickRows reads rows with `accepts`.
 */
interface RowField {
  schema: z.ZodMiniType;
  accepts: (value: unknown) => boolean;
}

const textField = (what: string): RowField => ({ schema: text(what), accepts: (v) => typeof v === 'string' && v.length <= MAX_TEXT_CHARS });

const optionalField = (field: RowField): RowField => ({ schema: z.optional(field.schema), accepts: (v) => v === undefined || field.accepts(v) });

/** numberField's rule as a test: a string by the field rule, or a finite JSON number `json` allows. */
function numberAccepts(kind: FieldKind, json: (n: number) => boolean): (value: unknown) => boolean {
  return (v) => (typeof v === 'string' ? checkField(kind, v) === null : typeof v === 'number' && Number.isFinite(v) && json(v) && checkField(kind, v) === null);
}

/** An indicator row's fields for one rule set, in the order of the form file (and of zod's output). */
function indicatorFields(ruleSet: RuleSet): Record<string, RowField> {
  const ids = ruleSet.categories.map((c) => c.id) as [string, ...string[]];
  return {
    category: {
      schema: z.enum(ids, { error: `应为 ${ruleSet.categories.map((c) => `${c.id}（${c.label}）`).join('、')} 之一` }),
      accepts: (v) => (ids as unknown[]).includes(v),
    },
    ...(ruleSet.formKeys.includes('level2') ? { level2: optionalField(textField('二级指标，如“数量指标”')) } : {}),
    name: textField('指标名称'),
    target: textField('如“≥95%”“=13 个”“合规”'),
    weight: optionalField({ schema: weight, accepts: numberAccepts('weight', weightNumber) }),
    // The qualitative example is the form's own best grade or tier: 好 (R5), 达成年度指标 (C11).
    actual: optionalField(textField(`如“16 个”“98%”“${ruleSet.grades[0]?.grade ?? ruleSet.tiers[0]?.phrase ?? '好'}”`)),
    selfScore: optionalField({ schema: selfScore, accepts: numberAccepts('selfScore', Number.isFinite) }),
    note: optionalField(textField('偏差原因')),
  };
}

/** The zod schema of one rule set's `options`: its own keys only, each one of its values (R8–R13, C2, C5, C8). */
function optionsSchemaFor(ruleSet: RuleSet) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const opt of ruleSet.options) {
    const values = opt.values.map((v) => v.value) as [string, ...string[]];
    shape[opt.key] = z.optional(z.enum(values, { error: `应为 ${values.join('、')} 之一` }));
  }
  return z.strictObject(shape);
}

/** One row of the central funds table (C5). */
const fundRowSchema = z.strictObject({
  initialBudget: z.optional(amount),
  fullYearBudget: z.optional(amount),
  executed: z.optional(amount),
});

/** A printed 执行率 (C6): text such as `"86.19%"` or a number; read and checked when scored. */
const printedRate = z.union([z.string(), z.number()], { error: '应为百分数，如“92.00%”' });

const OPTIONAL_PARTS = {
  budget: z.strictObject({
    initialBudget: z.optional(amount),
    adjustment: z.optional(amount),
    appropriation: z.optional(amount),
    quotaBalance: z.optional(amount),
  }),
  funds: z.strictObject({
    appropriation: z.optional(amount),
    actualPayment: z.optional(amount),
    balance: z.optional(amount),
    carryover: z.optional(amount),
    recovered: z.optional(amount),
  }),
  subprojects: z.array(z.strictObject({ name: text('子项目名称'), amount }), { error: '应为子项目列表' }).check(z.maxLength(MAX_ROWS, { error: TOO_MANY_ROWS })),
  execution: z.strictObject({
    total: z.optional(fundRowSchema),
    appropriation: z.optional(fundRowSchema),
    carryover: z.optional(fundRowSchema),
    other: z.optional(fundRowSchema),
    weight: z.optional(weight),
    rate: z.optional(printedRate),
    selfScore: z.optional(selfScore),
  }),
  goals: z.strictObject({ expected: z.optional(text('预期目标')), achieved: z.optional(text('实际完成情况')) }),
};

/**
 * The parts of a version-1 form file of one rule set (form-format.md), with `indicators` as given:
 * its own parts, options and fields only.
 */
function formShape(ruleSet: RuleSet, indicators: z.ZodMiniType) {
  const has = (k: FormKey) => ruleSet.formKeys.includes(k);
  return {
    version: z.literal(1, { error: '应为 1。若文件来自更新版本的本站，请用最新版本打开' }),
    ruleSet: z.literal(ruleSet.id),
    options: z.optional(optionsSchemaFor(ruleSet)),
    project: z.optional(
      z.strictObject({
        name: z.optional(text('项目名称')),
        year: z.optional(z.int({ error: '应为四位年份数字，如 2020' }).check(z.gte(1900, { error: '应为四位年份，如 2020' }), z.lte(2100, { error: '应为四位年份，如 2020' }))),
        department: z.optional(text('主管部门名称')),
        ...(has('implementer') ? { implementer: z.optional(text('实施单位名称')) } : {}),
      }),
    ),
    ...(has('budget') ? { budget: z.optional(OPTIONAL_PARTS.budget) } : {}),
    ...(has('funds') ? { funds: z.optional(OPTIONAL_PARTS.funds) } : {}),
    ...(has('subprojects') ? { subprojects: z.optional(OPTIONAL_PARTS.subprojects) } : {}),
    ...(has('execution') ? { execution: z.optional(OPTIONAL_PARTS.execution) } : {}),
    ...(has('goals') ? { goals: z.optional(OPTIONAL_PARTS.goals) } : {}),
    indicators,
  };
}

/**
 * The zod schema of a version-1 form file of one rule set (form-format.md): its own parts, options,
 * categories and fields only. Unknown keys are errors.
 */
export function formSchemaFor(ruleSet: RuleSet) {
  const fields = indicatorFields(ruleSet);
  const indicator = z.strictObject(Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.schema])));
  return z.strictObject(
    formShape(ruleSet, z.array(indicator, { error: '应为指标列表' }).check(z.minLength(1, { error: NO_INDICATORS }), z.maxLength(MAX_ROWS, { error: TOO_MANY_ROWS }))),
  );
}

const SCHEMAS = new Map(Object.values(ruleSets).map((r) => [r.id, formSchemaFor(r)]));

/**
 * The quick way through a form (validateForm): zod reads everything but the indicator rows
 * (`indicators` passes as it is), and quickRows reads the rows. zod's object machinery costs about
 * a microsecond a row, most of the time it takes to check a 100-row form.
 */
const QUICK = new Map(
  Object.values(ruleSets).map((r) => {
    const fields = indicatorFields(r);
    return [r.id, { schema: z.strictObject(formShape(r, z.unknown())), fields, keys: new Set(Object.keys(fields)) }];
  }),
);

/**
 * The rows as zod's row schema returns them (a copy of each, its fields in schema order), when
 * `rows` is a list of 1 to MAX_ROWS rows that every field's `accepts` passes and that have no other
 * key; otherwise `null`, and zod reads them (for its messages). Never accepts what zod refuses.
 */
function quickRows(rows: unknown, fields: Record<string, RowField>, keys: ReadonlySet<string>): IndicatorInput[] | null {
  if (!Array.isArray(rows) || rows.length < 1 || rows.length > MAX_ROWS) return null;
  const out: IndicatorInput[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    // zod's object test, then its strict test (for…in, as zod reads the keys).
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return null;
    for (const key in row) if (!keys.has(key)) return null;
    const copy: Record<string, unknown> = {};
    for (const key in fields) {
      const value = (row as Record<string, unknown>)[key];
      if (!fields[key]!.accepts(value)) return null;
      // zod keeps a key the row has, even one set to undefined, and adds none.
      if (key in row) copy[key] = value;
    }
    out[i] = copy as unknown as IndicatorInput;
  }
  return out;
}

/** What every file must say before its rule set can be known: version 1 and a known rule set. */
const headSchema = z.object({
  version: z.literal(1, { error: '应为 1。若文件来自更新版本的本站，请用最新版本打开' }),
  ruleSet: z.string({ error: `应为规则集名称，如 ${Object.keys(ruleSets).join('、')}` }).check(
    z.refine((id) => getRuleSet(id) !== undefined, { error: `本站不认识这个规则集：目前支持 ${Object.keys(ruleSets).join('、')}` }),
  ),
});

/** The zod schema of a version-1 form file of any rule set (form-format.md), for the JSON Schema export. */
export const formSchema = z.union([...SCHEMAS.values()]);

const FIELD_LABELS: Record<string, string> = {
  version: '版本号 version',
  ruleSet: '规则集 ruleSet',
  options: '本站解读选项 options',
  project: '项目信息 project',
  budget: '市级预算执行情况 budget',
  funds: '市级财政资金使用情况 funds',
  subprojects: '子项目 subprojects',
  indicators: '指标表 indicators',
  'options/granularity': '选项“差距点数的计法” granularity',
  'options/shortfallBasis': '选项“百分比目标的扣分基准” shortfallBasis',
  'options/overAchievement': '选项“超过 130% 是否扣分” overAchievement',
  'options/lowerIsBetter': '选项“≤ 类目标的完成率” lowerIsBetter',
  'project/name': '“项目名称”',
  'project/year': '“项目年份”',
  'project/department': '“项目主管部门（单位）”',
  'project/implementer': '“实施单位”',
  execution: '项目资金表 execution',
  goals: '年度总体目标 goals',
  'goals/expected': '年度总体目标的“预期目标”',
  'goals/achieved': '年度总体目标的“实际完成情况”',
  'execution/weight': '预算执行率的“分值”',
  'execution/rate': '预算执行率的“执行率”',
  'execution/selfScore': '预算执行率的“得分”',
  'options/noSatisfaction': '选项“没有满意度指标时” noSatisfaction',
  'options/executionBase': '选项“预算执行率的分母” executionBase',
  'options/reverseRule': '选项“反向指标未达成时” reverseRule',
};

const FUND_ROW_LABELS: Record<string, string> = { total: '年度资金总额', appropriation: '当年财政拨款', carryover: '上年结转资金', other: '其他资金' };
const FUND_COL_LABELS: Record<string, string> = { initialBudget: '年初预算数', fullYearBudget: '全年预算数', executed: '全年执行数' };

/** Keys that belong to another rule set's form, and which one (for a clear message). */
function otherRuleSetOf(key: string, own: string): RuleSet | undefined {
  return Object.values(ruleSets).find((r) => r.id !== own && (r.formKeys as string[]).includes(key));
}

const INDICATOR_FIELDS: Record<string, string> = {
  category: '类别（一级指标）',
  level2: '二级指标',
  name: '指标名称',
  target: '目标值',
  weight: '权重',
  actual: '实际完成值',
  selfScore: '自评分',
  note: '说明',
};

/**
 * The words of the form of `ruleSet` for the indicator fields it names in its own way: a row's weight
 * (`weightTerm`) and the unit's own score (`selfScoreTerm`); the rest as {@link INDICATOR_FIELDS}.
 */
function formIndicatorField(key: string, ruleSet: RuleSet | undefined): string {
  if (ruleSet && key === 'weight') return ruleSet.weightTerm;
  if (ruleSet && key === 'selfScore') return ruleSet.selfScoreTerm;
  return INDICATOR_FIELDS[key] ?? key;
}

/**
 * How the form on screen labels a field: the rule set's id and the field's slash path
 * (`project/department`, `indicators/3/target`) → its label (主管部门, 年度指标值), or undefined. The
 * engine knows no layout; a caller that has the forms' layouts gives this (forms/all.ts `labelOnForm`).
 */
export type FieldLabels = (ruleSetId: string, path: string) => string | undefined;

/**
 * The Chinese name of a field, from its slash path, in the words of the form of `ruleSet` when given
 * (a row's weight is its `weightTerm`: “权重” on the Suzhou form, “分值” on the central one; its
 * self-score its `selfScoreTerm`: “自评分” / “自评得分”; the project's year its `yearTerm`:
 * “项目年份” / “年度”). Without a rule set (a file whose rule set is unknown), the Suzhou words.
 * @example fieldLabel('indicators/6/weight') // '第 7 项指标的“权重”'
 * @example fieldLabel('indicators/6/weight', central2020) // '第 7 项指标的“分值”'
 * A project field or an indicator row's field is named as the form on screen labels it when `labels`
 * (the forms' layouts) is given: “主管部门” and 第 n 项指标的“三级指标” on a central file.
 * @example fieldLabel('project/year', central2020) // '“年度”'
 * @example fieldLabel('project/department', central2020, labelOnForm) // '“主管部门”'
 */
export function fieldLabel(path: string, ruleSet?: RuleSet, labels?: FieldLabels): string {
  if (path === '') return '文件';
  const parts = path.split('/');
  const onScreen = ruleSet && labels && (parts[0] === 'project' || parts[0] === 'indicators') ? labels(ruleSet.id, path) : undefined;
  if (parts[0] === 'project' && onScreen) return `“${onScreen}”`;
  if (path === 'project/year' && ruleSet) return `“${ruleSet.yearTerm}”`;
  if (parts[0] === 'indicators' && parts.length >= 2) {
    const n = Number(parts[1]) + 1;
    const field = parts[2] ? (onScreen ?? formIndicatorField(parts[2], ruleSet)) : '';
    return parts[2] ? `第 ${n} 项指标的“${field}”` : `第 ${n} 项指标`;
  }
  if (parts[0] === 'execution' && parts[1] && FUND_ROW_LABELS[parts[1]]) {
    return `项目资金表“${FUND_ROW_LABELS[parts[1]]}”${parts[2] ? `的“${FUND_COL_LABELS[parts[2]] ?? parts[2]}”` : '一行'}`;
  }
  if (parts[0] === 'subprojects' && parts.length >= 2) {
    const n = Number(parts[1]) + 1;
    return parts[2] === 'name' ? `第 ${n} 个子项目的“子项目名称”` : parts[2] === 'amount' ? `第 ${n} 个子项目的“实际金额”` : `第 ${n} 个子项目`;
  }
  return FIELD_LABELS[path] ?? AMOUNT_LABELS[path] ?? path;
}

/** The Chinese name of a JSON value's kind, for “应为…，现在是…” (zod's `expected`, or a value's type). */
const KIND_NAMES: Record<string, string> = {
  object: '对象（{…}）',
  array: '列表（[…]）',
  string: '文字（"…"）',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  null: '空值 null',
  undefined: '缺失',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * A Chinese message for a zod issue whose message is zod's own English (`Invalid input`): a block of
 * the wrong type (`project: null`, an indicator that is a number), or any check without a message
 * of ours. Issue 14: no English may reach a visitor, in the CLI, an import or a link.
 */
function chineseMessage(issue: z.core.$ZodIssue): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  const input = (issue as { input?: unknown }).input;
  const now = `现在是${KIND_NAMES[kindOf(input)] ?? '其他内容'}`;
  if (issue.code === 'invalid_type') return `应为${KIND_NAMES[issue.expected] ?? issue.expected}，${now}：请按表单文件格式填写（见 /schema/form-v1.json），或用本站“导出 JSON”得到的文件`;
  return `内容不符合表单文件格式（${now}）：请按 /schema/form-v1.json 填写，或用本站“导出 JSON”得到的文件`;
}

/** Turns zod issues into the project's Chinese messages: the field's name (see {@link fieldLabel}), what is wrong, how to fix it. */
function formatIssues(issues: readonly z.core.$ZodIssue[], ruleSet?: RuleSet, labels?: FieldLabels): ValidationIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('/');
    const where = fieldLabel(path, ruleSet, labels);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `“${k}”`).join('、');
      const other = ruleSet ? issue.keys.map((k) => otherRuleSetOf(k, ruleSet.id)).find((r) => r !== undefined) : undefined;
      if (other && ruleSet)
        return {
          path,
          message: `${where}中有 ${keys}：这是${other.formTitle}（ruleSet ${other.id}）的栏目，而本文件的规则集是 ${ruleSet.id}（${ruleSet.formTitle}）。请删除这些字段，或把 ruleSet 改为 ${other.id}。`,
        };
      return { path, message: `${where}中有本站不认识的字段 ${keys}：请删除，或检查拼写（字段见 /schema/form-v1.json）。` };
    }
    if (path === '' && issue.code === 'invalid_type') {
      return { path, message: '文件内容不是一张自评表：应为 JSON 对象（导出的 .json 文件），请检查是否选错了文件。' };
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return { path, message: `${where}：缺失，这一项必须填写（${chineseMessage(issue)}）。` };
    }
    return { path, message: `${where}：${chineseMessage(issue)}。` };
  });
}

/**
 * Validates untrusted input as a version-1 form file (form-format.md). Never throws. The rule set
 * named in `ruleSet` chooses the schema; a file with another rule set's parts is refused with a
 * message that names both.
 * Returns the form, or every problem with its field path and a Chinese message. With `labels` (the
 * forms' layouts, forms/all.ts `labelOnForm`), a message names a project or indicator field as the
 * form on screen labels it (“主管部门” on a central file); without, in the rule set's words.
 * @example validateForm({ version: 1, ruleSet: 'suzhou-2017', indicators: [] }) // { ok: false, issues: [{ path: 'indicators', message: '指标表 indicators：至少要有一项指标。' }] }
 */
export function validateForm(input: unknown, labels?: FieldLabels): { ok: true; form: Form } | { ok: false; issues: ValidationIssue[] } {
  const head = headSchema.safeParse(input, { reportInput: true });
  if (!head.success) return { ok: false, issues: formatIssues(head.error.issues) };
  const ruleSet = getRuleSet(head.data.ruleSet)!;
  const quick = QUICK.get(ruleSet.id)!;
  const rest = quick.schema.safeParse(input, { reportInput: true });
  if (rest.success) {
    const indicators = quickRows(rest.data.indicators, quick.fields, quick.keys);
    if (indicators) return { ok: true, form: { ...rest.data, indicators } as Form };
  }
  const parsed = SCHEMAS.get(ruleSet.id)!.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, form: parsed.data as Form };
  return { ok: false, issues: formatIssues(parsed.error.issues, ruleSet, labels) };
}
