/**
 * Every sentence of the seed form's 填表说明 that the site quotes, with the files that quote it.
 *
 * The source is the 填表说明 of the filled 2020 苏州市级财政支出项目绩效自评表, kept verbatim in
 * content/source/tianbiao-shuoming.txt (a copy of the seed's text, line breaks as extracted).
 * `text` must be a part of that text character for character; only whitespace is ignored, because
 * the extracted text breaks lines and spaces digits (“2017 年度”) where the printed form does not.
 * tests/content/quotations.test.ts checks that each quotation is in the source, that each listed
 * file contains it, and that every quotation a page attributes to the 填表说明 is listed here.
 */
export interface Quotation {
  /** The clause (1–4) of the 填表说明 the sentence belongs to. */
  clause: 1 | 2 | 3 | 4;
  /** The quoted words, exactly as the form prints them (whitespace aside). */
  text: string;
  /** Repository paths of the files that quote it (pages, components, engine messages). */
  files: string[];
}

export const QUOTATIONS: Quotation[] = [
  { clause: 1, text: '当年使用上年结余、结转数以及追加或调减预算数', files: ['content/docs/faq.mdx'] },
  { clause: 1, text: '“财政拨款数”填财政部门实际拨付的款项数；“实际支付数”填资金实际支付到最终使用者的数额；“结转数”填结转以后年度使用的资金数；“财政收回数”填财政部门收回的资金数。', files: ['content/docs/guide/savings-and-execution-rate.mdx'] },
  { clause: 1, text: '指标结余数=年初预算数+当年使用上年结余、结转及当年调整预算数-财政拨款数', files: ['content/docs/rules/budget-tables.mdx'] },
  { clause: 1, text: '资金结余、结转数=财政拨款数-实际支付数=结转数+财政收回数。', files: ['content/docs/guide/savings-and-execution-rate.mdx'] },
  { clause: 1, text: '资金结余、结转数=财政拨款数-实际支付数=结转数+财政收回数', files: ['content/docs/rules/budget-tables.mdx'] },
  { clause: 3, text: '各项指标权重值为根据指标数量将该类总分值分摊到各项指标的分值，即各项指标分值=该类总分值/指标个数。', files: ['content/docs/rules/weights.mdx'] },
  { clause: 3, text: '各项指标分值=该类总分值/指标个数', files: ['content/docs/faq.mdx', 'content/docs/rules/weights.mdx'] },
  { clause: 3, text: '该类总分值/指标个数', files: ['content/docs/guide.mdx'] },
  { clause: 4, text: '各项数据采集的时间节点均为 2019 年 12 月 31 日', files: ['content/docs/glossary.mdx', 'content/docs/guide.mdx'] },
  { clause: 4, text: '定性指标按照 好、较好、一般、较差、差 等级评分，分别得对应权重值的 100%、80%、60%、40%和 20%。', files: ['content/docs/rules/grades.mdx'] },
  { clause: 4, text: '按照 好、较好、一般、较差、差 等级评分', files: ['content/docs/faq.mdx'] },
  { clause: 4, text: '“产出”类每项指标的实际完成值对应预期设定的目标值，完成 100%～130%得权重值满分，实际完成值每低于目标值 1 个百分点相应扣减权重值的 5%，超过 130%的每超过 1%扣权重值 1%；除指标解释中有特别说明的以外，“投入”类指标评分规则同“产出”类指标；', files: ['content/docs/rules/band.mdx'] },
  { clause: 4, text: '“产出”类每项指标的实际完成值对应预期设定的目标值，完成 100%～130%得权重值满分，实际完成值每低于目标值 1 个百分点相应扣减权重值的 5%，超过 130%的每超过 1%扣权重值 1%；', files: ['content/docs/examples/over-140.mdx'] },
  { clause: 4, text: '实际完成值对应预期设定的目标值', files: ['content/docs/rules/lower-is-better.mdx', 'content/docs/rules/outcome.mdx'] },
  { clause: 4, text: '实际完成值每低于目标值 1 个百分点相应扣减权重值的 5%', files: ['content/docs/rules/band.mdx'] },
  { clause: 4, text: '除指标解释中有特别说明的以外，“投入”类指标评分规则同“产出”类指标', files: ['content/docs/indicators/budget-execution-rate.mdx', 'content/docs/indicators/earmarked-use-rate.mdx', 'content/docs/indicators/fund-arrival-rate.mdx'] },
  { clause: 4, text: '“结果”类指标以 100%及以上为满分，每降低 1%扣权重值 5%。', files: ['content/docs/examples/over-140.mdx', 'content/docs/rules/outcome.mdx'] },
  { clause: 4, text: '某项指标无法提供具体数值，且无说明，得 0 分。', files: ['content/docs/examples/missing-actual.mdx', 'content/docs/faq.mdx', 'content/docs/guide/deviation-notes.mdx', 'content/docs/rules/missing-values.mdx', 'src/engine/rule-sets/suzhou-2017.ts'] },
  { clause: 4, text: '无法提供具体数值，且无说明，得 0 分', files: ['content/docs/glossary.mdx'] },
  { clause: 4, text: '无法提供具体数值，且无说明', files: ['content/docs/rules/missing-values.mdx'] },
];
