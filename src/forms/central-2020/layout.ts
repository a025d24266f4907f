import type { FormLayout } from '../layout.ts';

/**
 * The central 项目支出绩效自评表 (财预〔2020〕10号, rule set `central-2020`) as on paper: 项目名称 /
 * 主管部门 / 实施单位, the 项目资金 table (年度资金总额 and its three sub-rows × 年初预算数 / 全年预算数 /
 * 全年执行数, with 分值, 执行率 and 得分 on the total row: C5, C6), 年度总体目标, and the indicator table
 * (一级 / 二级 / 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施). Paths are the form
 * file's (form-format.md, "Rule set central-2020").
 */
export const centralLayout: FormLayout = {
  ruleSet: 'central-2020',
  title: '项目支出绩效自评表',
  yearInTitle: true,
  blocks: [
    {
      kind: 'fields',
      id: 'project',
      title: '项目信息',
      fields: [
        { path: 'project/name', label: '项目名称', kind: 'text', wide: true },
        { path: 'project/year', label: '年度', kind: 'year' },
        { path: 'project/department', label: '主管部门', kind: 'text' },
        { path: 'project/implementer', label: '实施单位', kind: 'text' },
      ],
    },
    {
      kind: 'moneyTable',
      id: 'execution',
      title: '项目资金',
      unit: '万元',
      prefix: 'execution',
      category: 'execution',
      rows: [
        { key: 'total', label: '年度资金总额' },
        { key: 'appropriation', label: '其中：当年财政拨款', sub: true },
        { key: 'carryover', label: '上年结转资金', sub: true },
        { key: 'other', label: '其他资金', sub: true },
      ],
      columns: [
        { key: 'initialBudget', label: '年初预算数' },
        { key: 'fullYearBudget', label: '全年预算数' },
        { key: 'executed', label: '全年执行数' },
      ],
      scored: {
        weight: { path: 'execution/weight', label: '分值', kind: 'weight' },
        rate: { path: 'execution/rate', label: '执行率（表上所填）', short: '执行率', kind: 'rate' },
        selfScore: { path: 'execution/selfScore', label: '得分（表上所填）', short: '自评得分', kind: 'selfScore' },
      },
      note: '执行率 = 全年执行数 ÷ {base}，得分 = 分值 × 执行率，最高为分值；三行“其中”之和应等于年度资金总额。可从 Excel/WPS 复制几行几列金额，点一下起始格后粘贴。',
    },
    {
      kind: 'fields',
      id: 'goals',
      title: '年度总体目标',
      fields: [
        { path: 'goals/expected', label: '预期目标', kind: 'note', wide: true },
        { path: 'goals/achieved', label: '实际完成情况', kind: 'note', wide: true },
      ],
      note: '只记录，不计分。',
    },
    {
      kind: 'indicators',
      id: 'indicators',
      title: '绩效指标',
      categoryLabel: '一级指标',
      categorySuffix: '',
      fields: [
        { key: 'level2', label: '二级指标', kind: 'text' },
        { key: 'name', label: '三级指标', kind: 'text' },
        { key: 'target', label: '年度指标值', kind: 'value' },
        { key: 'actual', label: '实际完成值', kind: 'value' },
        { key: 'weight', label: '分值', kind: 'weight' },
        { key: 'selfScore', label: '自评得分', kind: 'selfScore' },
        { key: 'note', label: '偏差原因分析及改进措施', kind: 'note' },
      ],
      screen: ['level2', 'name', 'target', 'actual', 'weight', 'selfScore', 'note'],
      paste: ['name', 'target', 'actual', 'weight', 'selfScore', 'note'],
      print: ['level2', 'name', 'target', 'actual', 'weight', 'selfScore', 'note'],
      scoreLabel: '得分',
      level2Options: ['数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标'],
      note: '点击得分可展开计算过程；分值留空时按该类总分平均分摊。定性指标的实际完成值可选“达成年度指标”等三档，并显示该档允许的分数范围。可从 Excel/WPS 选中几行几列（三级指标、年度指标值、实际完成值、分值、得分、偏差原因），点一下起始格后粘贴；带表头或一级、二级指标列也可以。',
    },
  ],
};
