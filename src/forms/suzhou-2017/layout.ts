import type { FormLayout } from '../layout.ts';

/**
 * The 苏州市级财政支出项目绩效自评表 (rule set `suzhou-2017`) as on paper: 项目信息, 市级预算执行情况,
 * 市级财政资金使用情况, 项目资金构成 (子项目), and the indicator table grouped by 投入/产出/结果/影响力
 * (R1). Field paths are the form file's (form-format.md); labels are the form's own words.
 */
export const suzhouLayout: FormLayout = {
  ruleSet: 'suzhou-2017',
  title: '苏州市级财政支出项目绩效自评表',
  blocks: [
    {
      kind: 'fields',
      id: 'project',
      title: '项目信息',
      fields: [
        { path: 'project/name', label: '项目名称', kind: 'text', wide: true },
        { path: 'project/year', label: '项目年份', kind: 'year' },
        { path: 'project/department', label: '项目主管部门（单位）', kind: 'text', wide: true },
      ],
    },
    {
      kind: 'money',
      id: 'budget',
      title: '市级预算执行情况',
      unit: '万元',
      fields: [
        { path: 'budget/initialBudget', label: '年初预算数（“二下”数）', short: '年初预算数', kind: 'money' },
        { path: 'budget/adjustment', label: '当年使用上年结余、结转及当年调整预算数', kind: 'money' },
        { path: 'budget/appropriation', label: '财政拨款数', kind: 'money' },
        { path: 'budget/quotaBalance', label: '指标结余数', kind: 'money' },
      ],
      hints: [
        {
          path: 'budget/quotaBalance',
          lines: [{ derived: 'quotaBalance', text: '按公式应为 {v}' }],
          offer: { derived: 'quotaBalance' },
          matching: '按公式 {v}，一致',
        },
      ],
      note: '指标结余数 = 年初预算数 + 当年使用上年结余、结转及当年调整预算数 − 财政拨款数。可从 Excel/WPS 复制一行金额，粘贴到任一格。',
    },
    {
      kind: 'money',
      id: 'funds',
      title: '市级财政资金使用情况',
      unit: '万元',
      fields: [
        { path: 'funds/appropriation', label: '财政拨款数', kind: 'money' },
        { path: 'funds/actualPayment', label: '实际支付数', kind: 'money' },
        { path: 'funds/balance', label: '资金结余、结转数', kind: 'money' },
        { path: 'funds/carryover', label: '其中：结转数', short: '结转数', kind: 'money', sub: true },
        { path: 'funds/recovered', label: '其中：财政收回数', short: '财政收回数', kind: 'money', sub: true },
      ],
      hints: [
        {
          path: 'funds/appropriation',
          lines: [{ field: 'budget/appropriation', text: '预算执行情况为 {v}' }],
          offer: { field: 'budget/appropriation' },
          matching: '与预算执行情况一致',
        },
        {
          path: 'funds/balance',
          lines: [
            { derived: 'balance', text: '拨款 − 支付 = {v}' },
            { derived: 'carryoverPlusRecovered', text: '结转 + 收回 = {v}' },
          ],
          offer: { derived: 'balance' },
        },
      ],
      rate: { text: '预算执行率 = 实际支付数 ÷ 财政拨款数 = ', derived: 'executionRate' },
      note: '资金结余、结转数 = 财政拨款数 − 实际支付数 = 结转数 + 财政收回数',
    },
    {
      kind: 'list',
      id: 'subprojects',
      title: '项目资金构成',
      nameLabel: '子项目名称',
      amountLabel: '实际金额（万元）',
      rowLabel: '子项目',
      sumDerived: 'subprojectSum',
      sumEquals: 'funds/actualPayment',
    },
    {
      kind: 'indicators',
      id: 'indicators',
      title: '项目绩效实现情况',
      categoryLabel: '类别',
      categorySuffix: '目标',
      fields: [
        { key: 'name', label: '指标名称', kind: 'text' },
        { key: 'target', label: '目标值', kind: 'value' },
        { key: 'weight', label: '权重', kind: 'weight' },
        { key: 'actual', label: '实际完成值', kind: 'value' },
        { key: 'selfScore', label: '自评分', kind: 'selfScore' },
        { key: 'note', label: '说明', kind: 'note' },
      ],
      screen: ['name', 'target', 'weight', 'actual', 'selfScore'],
      paste: ['name', 'target', 'weight', 'actual', 'selfScore'],
      print: ['name', 'target', 'weight', 'actual', 'selfScore'],
      scoreLabel: '得分',
      note: '点击得分可展开计算过程；权重留空时按该类总分平均分摊（格中灰字为分摊结果）。可从 Excel/WPS 选中几行几列（指标名称、目标值、权重、实际完成值、自评分），点一下起始格后粘贴。',
    },
  ],
};
