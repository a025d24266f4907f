import type { RuleSet } from './rule-set.ts';

/**
 * The 2017 Suzhou municipal scheme (苏州市级财政支出项目绩效自评表 and its 填表说明), as data.
 *
 * - Categories and totals: 投入 24, 产出 24, 结果 26, 影响力 6 = 80 (R1).
 * - Grades 好/较好/一般/较差/差 = 100/80/60/40/20 % of the weight (填表说明 4, R5).
 * - 投入 and 产出: full weight for 100–130 %, −5 % of the weight per point short, −1 % per point
 *   over 130 % (填表说明 4, R10). 结果: full from 100 %, −5 % per point short (R11); 影响力 the same.
 * - 投入 template: the six common indicators of the 2017 document with weights 3/3/3/8/3/4 (R3).
 * - Values read as real forms write them (R22–R31), shared with every rule set.
 */
export const suzhou2017: RuleSet = {
  id: 'suzhou-2017',
  label: '苏州市级财政支出项目绩效自评表（2017 年“投入”类共性指标）',
  shortLabel: '苏州市级 80 分',
  formTitle: '苏州市级财政支出项目绩效自评表',
  formKeys: ['budget', 'funds', 'subprojects'],
  weightTerm: '权重',
  selfScoreTerm: '自评分',
  yearTerm: '项目年份',
  targetTerm: '目标值',
  qualitativeTerm: '评价等级',
  total: '80',
  categories: [
    { id: 'input', label: '投入', total: '24', ratioRule: 'band', source: '按《2017 年度苏州市级财政支出项目绩效评价“投入”类共性指标》根据项目类型选取' },
    { id: 'output', label: '产出', total: '24', ratioRule: 'band', source: '按绩效目标申报表中经财政部门审核通过的指标填列' },
    { id: 'outcome', label: '结果', total: '26', ratioRule: 'threshold', source: '按绩效目标申报表中经财政部门审核通过的指标填列' },
    { id: 'impact', label: '影响力', total: '6', ratioRule: 'threshold', source: '按绩效目标申报表中经财政部门审核通过的指标填列' },
  ],
  qualitative: 'grades',
  grades: [
    { grade: '好', share: '100' },
    { grade: '较好', share: '80' },
    { grade: '一般', share: '60' },
    { grade: '较差', share: '40' },
    { grade: '差', share: '20' },
  ],
  tiers: [],
  tierWords: { prefix: [], exact: [] },
  gradeBands: [],
  ratioRules: {
    band: {
      label: '完成 100%～130% 得满分',
      fullFrom: '100',
      fullTo: '130',
      shortfallPerPoint: '5',
      overPerPoint: '1',
    },
    threshold: {
      label: '100% 及以上得满分',
      fullFrom: '100',
      fullTo: null,
      shortfallPerPoint: '5',
      overPerPoint: null,
    },
  },
  reverse: { option: 'lowerIsBetter', excessValue: 'excessPercent' },
  execution: null,
  categoryTransfer: null,
  weightChecks: { category: 'WEIGHT_SUM_MISMATCH', formTotal: null },
  budgetIdentities: true,
  deviationNote: false,
  costLevel2: null,
  costNameWords: ['成本', '费用', '单价', '造价'],
  missingActualQuote: '某项指标无法提供具体数值，且无说明，得 0 分。',
  inputTemplate: [
    { name: '资金使用合规性', target: '合规', weight: '3', kind: 'qualitative' },
    { name: '财务制度健全性', target: '健全', weight: '3', kind: 'qualitative' },
    { name: '各级财政应承担资金到位率', target: '=100%', weight: '3', kind: 'quantitative' },
    { name: '预算执行率', target: '=100%', weight: '8', kind: 'quantitative' },
    { name: '专款专用率', target: '=100%', weight: '3', kind: 'quantitative' },
    { name: '项目日常进度管理规范性', target: '规范', weight: '4', kind: 'qualitative' },
  ],
  defaultOptions: {
    granularity: 'linear',
    shortfallBasis: 'ratio',
    overAchievement: 'above130',
    lowerIsBetter: 'inverseRatio',
  },
  options: [
    {
      key: 'granularity',
      label: '差距点数的计法',
      rule: 'R12',
      values: [
        { value: 'linear', label: '按实际差距连续计算（默认）' },
        { value: 'floor', label: '只计整数点，不足 1 点不扣' },
        { value: 'ceil', label: '不足 1 点按 1 点计' },
      ],
    },
    {
      key: 'shortfallBasis',
      label: '百分比目标的“每低于 1 个百分点”',
      rule: 'R13',
      values: [
        { value: 'ratio', label: '按完成率的差距计（默认）' },
        { value: 'percentagePoints', label: '按目标值与实际值相差的百分点计' },
      ],
    },
    {
      key: 'overAchievement',
      label: '超过 130% 是否扣分',
      rule: 'R10',
      values: [
        { value: 'above130', label: '每超过 1% 扣权重值 1%（默认）' },
        { value: 'none', label: '超额完成不扣分' },
      ],
    },
    {
      key: 'lowerIsBetter',
      label: '“≤”类目标未达成时的完成率',
      rule: 'R8',
      values: [
        { value: 'inverseRatio', label: '目标值 ÷ 实际值（默认）' },
        { value: 'excessPercent', label: '100% 减去超出目标的百分比' },
      ],
    },
  ],
  severities: {
    WEIGHT_SUM_MISMATCH: 'error',
    UNIT_MISMATCH: 'error',
    NEGATIVE_VALUE: 'error',
    NEGATIVE_AMOUNT: 'error',
    QUOTA_BALANCE_MISMATCH: 'error',
    FUND_BALANCE_MISMATCH: 'error',
    CARRYOVER_SPLIT_MISMATCH: 'error',
    APPROPRIATION_MISMATCH: 'error',
    OVERSPEND: 'error',
    SELF_SCORE_ABOVE_WEIGHT: 'error',
    UNKNOWN_GRADE: 'warning',
    DEADLINE_MISSED: 'warning',
    ACTUAL_HAS_OPERATOR: 'warning',
    UNPARSABLE_VALUE: 'warning',
    MISSING_ACTUAL: 'warning',
    SELF_SCORE_MISMATCH: 'warning',
    SUBPROJECT_SUM_MISMATCH: 'warning',
    EXECUTION_RATE_MISMATCH: 'warning',
    EMPTY_CATEGORY: 'warning',
    WEIGHT_PARTIAL: 'info',
    ZERO_TARGET: 'info',
    NEGATIVE_TARGET: 'info',
    PERCENT_ASSUMED: 'info',
    OPERATOR_ASSUMED: 'info',
  },
  tolerance: '0.01',
  executionRateIndicator: '预算执行率',
  percentUnits: ['%'],
  readingsPage: '/readings/',
};
