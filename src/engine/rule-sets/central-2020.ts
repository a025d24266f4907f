import type { RuleSet } from './rule-set.ts';

/**
 * The central 100-point 项目支出绩效自评表 of 财预〔2020〕10号, as data (central-2020.md, C1–C16).
 *
 * - One scored row 预算执行率 (weight 10, C5, C6) and 产出指标 50, 效益指标 30, 满意度指标 10 (C1);
 *   no 满意度 row moves its 10 to 效益 (C2, option `noSatisfaction`).
 * - Quantitative rows in proportion: met → w, not met → w × B ÷ A, ≤ rows w × A ÷ B (C7, C8; option
 *   `reverseRule`); no deduction above the target, `OVER_TARGET` from 120 % (C9).
 * - Qualitative rows in three tiers with bands of the weight: 达成 [80 %, 100 %], 部分达成 [60 %, 80 %),
 *   未达成 [0, 60 %), default 100 / 70 / 30 % (C11, C12).
 * - Grade of the total: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below (C15). A note is required below the weight (C16).
 * - Values are read as for every rule set (R4, R6, R7, R9, R22–R30; C10).
 */
export const central2020: RuleSet = {
  id: 'central-2020',
  label: '中央部门项目支出绩效自评表（财预〔2020〕10号）',
  shortLabel: '中央部门 100 分',
  formTitle: '项目支出绩效自评表',
  formKeys: ['execution', 'goals', 'implementer', 'level2'],
  weightTerm: '分值',
  selfScoreTerm: '自评得分',
  yearTerm: '年度',
  targetTerm: '年度指标值',
  qualitativeTerm: '完成程度',
  total: '100',
  categories: [
    { id: 'output', label: '产出指标', total: '50', ratioRule: 'proportional', source: '按批复的绩效目标填列数量、质量、时效、成本指标' },
    { id: 'benefit', label: '效益指标', total: '30', ratioRule: 'proportional', source: '按批复的绩效目标填列经济、社会、生态效益和可持续影响指标' },
    { id: 'satisfaction', label: '满意度指标', total: '10', ratioRule: 'proportional', source: '按批复的绩效目标填列服务对象满意度指标' },
  ],
  qualitative: 'tiers',
  grades: [],
  tiers: [
    { tier: '达成', phrase: '达成年度指标', from: '80', to: '100', toInclusive: true, defaultShare: '100' },
    { tier: '部分达成', phrase: '部分达成年度指标并具有一定效果', from: '60', to: '80', toInclusive: false, defaultShare: '70' },
    { tier: '未达成', phrase: '未达成年度指标且效果较差', from: '0', to: '60', toInclusive: false, defaultShare: '30' },
  ],
  tierWords: {
    prefix: [
      ['部分达成', '部分达成'],
      ['未达成', '未达成'],
      ['已达成', '达成'],
      ['达成', '达成'],
    ],
    exact: [
      ['已完成', '达成'],
      ['完成', '达成'],
    ],
  },
  gradeBands: [
    { grade: '优', from: '90' },
    { grade: '良', from: '80' },
    { grade: '中', from: '60' },
    { grade: '差', from: '0' },
  ],
  ratioRules: {
    proportional: { kind: 'proportional', label: '按完成比例计分（达成得满分）', overTargetFrom: '120' },
  },
  reverse: { option: 'reverseRule', excessValue: 'excessShare' },
  execution: { label: '预算执行率', weight: '10', baseOption: 'executionBase', bases: { fullYear: 'fullYearBudget', initial: 'initialBudget' } },
  categoryTransfer: { from: 'satisfaction', to: 'benefit', option: 'noSatisfaction', value: 'benefit40', code: 'NO_SATISFACTION' },
  weightChecks: { category: 'CATEGORY_TOTAL_DEVIATES', formTotal: 'TOTAL_WEIGHT_MISMATCH' },
  budgetIdentities: false,
  deviationNote: true,
  costLevel2: '成本',
  costNameWords: ['成本', '费用', '单价', '造价'],
  missingActualQuote: null,
  inputTemplate: [],
  defaultOptions: {
    noSatisfaction: 'benefit40',
    executionBase: 'fullYear',
    reverseRule: 'inverseRatio',
  },
  options: [
    {
      key: 'noSatisfaction',
      label: '没有满意度指标时',
      rule: 'C2',
      values: [
        { value: 'benefit40', label: '效益指标计 40 分（默认）' },
        { value: 'keep', label: '各部分分值不变，满意度 10 分空缺' },
      ],
    },
    {
      key: 'executionBase',
      label: '预算执行率的分母',
      rule: 'C5',
      values: [
        { value: 'fullYear', label: '全年预算数（默认）' },
        { value: 'initial', label: '年初预算数' },
      ],
    },
    {
      key: 'reverseRule',
      label: '反向指标（≤）未达成时',
      rule: 'C8',
      values: [
        { value: 'inverseRatio', label: '分值 × 年度指标值 ÷ 实际完成值（默认）' },
        { value: 'excessShare', label: '分值 × (1 − 超出目标的比例)' },
      ],
    },
  ],
  severities: {
    TOTAL_WEIGHT_MISMATCH: 'error',
    FUND_TOTAL_MISMATCH: 'error',
    SELF_SCORE_ABOVE_WEIGHT: 'error',
    UNIT_MISMATCH: 'error',
    CATEGORY_TOTAL_DEVIATES: 'warning',
    EXECUTION_WEIGHT_NOT_10: 'warning',
    ZERO_BUDGET: 'warning',
    UNKNOWN_TIER: 'warning',
    SCORE_OUT_OF_BAND: 'warning',
    MISSING_DEVIATION_NOTE: 'warning',
    EMPTY_CATEGORY: 'warning',
    MISSING_ACTUAL: 'warning',
    UNPARSABLE_VALUE: 'warning',
    SELF_SCORE_MISMATCH: 'warning',
    EXECUTION_RATE_MISMATCH: 'warning',
    DEADLINE_MISSED: 'warning',
    ACTUAL_HAS_OPERATOR: 'warning',
    NO_SATISFACTION: 'info',
    EXECUTION_ABOVE_100: 'info',
    OVER_TARGET: 'info',
    WEIGHT_PARTIAL: 'info',
    ZERO_TARGET: 'info',
    NEGATIVE_TARGET: 'info',
    PERCENT_ASSUMED: 'info',
    OPERATOR_ASSUMED: 'info',
  },
  tolerance: '0.01',
  executionRateIndicator: null,
  percentUnits: ['%'],
  readingsPage: '/central/readings/',
};
