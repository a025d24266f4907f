import type { FormLayout, IndicatorColumn, LayoutField } from './layout.ts';

/**
 * What only printing and pasting read of each form's layout (layout.ts), kept apart from it so that
 * the calculator's first load carries none of it (issue 13: the layouts come with each form's first
 * load): the line under the printed table (`printFoot`, PrintSheet.tsx) and the other headings a
 * spreadsheet may give a column (`aliases`, read by the paste: paste/apply.ts; by a single cell's
 * form-file path, or by an indicator column's key). forms/all.ts adds the aliases to the layouts it
 * installs (the paste, CSV, the command line and the tests use those). A new form adds its entry here.
 */
export interface LayoutExtras {
  /** A line under the printed table: which rules scored it. */
  printFoot: string;
  /** Other headings of a column, by field path (`project/year`) or indicator key (`target`). */
  aliases: Readonly<Record<string, readonly string[]>>;
}

/** Each form's extras, by rule set. */
export const LAYOUT_EXTRAS: Readonly<Record<string, LayoutExtras>> = {
  'suzhou-2017': {
    printFoot: '得分按 2017 年苏州市级财政支出项目绩效自评表填表说明计算（苏州绩效自评助手），以财政部门的正式评价为准。',
    aliases: {
      'project/year': ['年份', '年度'],
      'project/department': ['项目主管部门', '主管部门', '主管部门（单位）'],
      'budget/initialBudget': ['年初预算数（“二下”数）', '年初预算'],
      name: ['指标', '绩效指标', '三级指标名称'],
      target: ['指标值', '年度指标值', '年度目标值', '预期目标值'],
      weight: ['分值', '权重（分）'],
      actual: ['实际值', '完成值', '全年实际值'],
      selfScore: ['自评得分'],
      note: ['备注', '偏差原因分析及改进措施'],
    },
  },
  'central-2020': {
    printFoot: '得分按财预〔2020〕10号项目支出绩效自评表的通行规则及本站解读计算（苏州绩效自评助手），以财政部门的正式评价为准。',
    aliases: {
      'project/year': ['年份', '项目年份'],
      'project/department': ['项目主管部门', '主管部门（单位）', '项目主管部门（单位）'],
      level2: ['二级'],
      name: ['指标名称', '三级', '绩效指标'],
      target: ['指标值', '目标值', '年度目标值', '预期目标值'],
      actual: ['全年实际值', '实际值', '完成值'],
      weight: ['权重'],
      selfScore: ['得分', '自评分'],
      note: ['偏差原因', '未完成原因及拟采取的改进措施', '未完成原因和改进措施', '说明', '备注'],
    },
  },
};

/**
 * Puts a layout's aliases on its fields (LayoutField `aliases`), in place and idempotently, so that
 * code reading the layout (the paste) sees them. Does nothing for a form without extras.
 */
export function addAliases(layout: FormLayout): void {
  const aliases = LAYOUT_EXTRAS[layout.ruleSet]?.aliases ?? {};
  const add = (f: LayoutField | IndicatorColumn, id: string) => {
    if (aliases[id]) f.aliases = aliases[id];
  };
  for (const b of layout.blocks) {
    if (b.kind === 'fields' || b.kind === 'money') for (const f of b.fields) add(f, f.path);
    else if (b.kind === 'indicators') for (const f of b.fields) add(f, f.key);
  }
}
