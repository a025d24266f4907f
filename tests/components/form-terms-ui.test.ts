import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ChecksList } from '../../src/components/calculator/ChecksList.tsx';
import { PrintSheet } from '../../src/components/calculator/PrintSheet.tsx';
import { deriveScored } from '../../src/components/calculator/scored.ts';
import { Report } from '../../src/components/report/Report.tsx';
import { getRuleSet, scoreForm, scoreInput, type Form } from '../../src/engine/index.ts';
import { fromForm, toInput } from '../../src/forms/draft.ts';
import { seedForm } from '../helpers/forms.ts';

/**
 * The summaries that name the self-score say it in the form's own word (`selfScoreTerm`): 自评得分 on
 * the central form, 自评分 on the Suzhou one, in the editor's checks, the printed sheet and the report.
 */

/** A central form with no check at all: every row met, every self-score equal to the site's. */
const clean: Form = {
  version: 1,
  ruleSet: 'central-2020',
  project: { name: '甲', year: 2022 },
  execution: { total: { initialBudget: '500', fullYearBudget: '500', executed: '500' }, selfScore: '10' },
  indicators: [
    { category: 'output', name: '甲', target: '=1个', actual: '1个', weight: '50', selfScore: '50' },
    { category: 'benefit', name: '乙', target: '≥90%', actual: '95%', weight: '30', selfScore: '30' },
    { category: 'satisfaction', name: '丙', target: '≥90%', actual: '95%', weight: '10', selfScore: '10' },
  ],
};

/** The printed sheet of a form, as the calculator builds it. */
function printed(form: Form): string {
  const draft = fromForm(form);
  const mapped = toInput(draft);
  const scored = deriveScored(draft, scoreInput(mapped.input), mapped);
  return renderToString(h(PrintSheet, { draft, scored, ruleSet: getRuleSet(form.ruleSet)! }));
}

describe('the “no problem” summaries and the 合计 labels use the form’s word for the self-score', () => {
  it('the form used here has no check', () => {
    expect(scoreForm(clean).checks).toEqual([]);
  });
  it('the editor’s checks: 自评得分与计算得分一致 (central), 自评分与计算得分一致 when omitted (Suzhou)', () => {
    expect(renderToString(h(ChecksList, { checks: [], weightTerm: '分值', selfScoreTerm: '自评得分' }))).toContain(
      '✓ 没有发现问题：已填写的金额能勾稽，各类分值合计正确，自评得分与计算得分一致（留空的栏目不参与核对）。',
    );
    expect(renderToString(h(ChecksList, { checks: [] }))).toContain('✓ 没有发现问题：已填写的金额能勾稽，各类权重合计正确，自评分与计算得分一致（留空的栏目不参与核对）。');
  });
  it('the printed sheet', () => {
    expect(printed(clean)).toContain('<p>没有发现问题：已填写的金额能勾稽，分值合计正确，自评得分与计算得分一致。</p>');
  });
  it('the report: its summary and the 小计 / 合计 cells', () => {
    const html = renderToString(h(Report, { form: clean, result: scoreForm(clean), id: 't' }));
    expect(html).toContain('<p>没有发现问题：金额勾稽一致，分值合计正确，每项都能计分，自评得分与计算结果一致。</p>');
    expect(html).toContain('data-label="自评得分合计"');
    expect(html).toContain('data-label="自评得分小计"');
    expect(html).not.toContain('自评分');
    const suzhou = renderToString(h(Report, { form: seedForm(), result: scoreForm(seedForm()), id: 't' }));
    expect(suzhou).toContain('data-label="自评分合计"');
    expect(suzhou).toContain('data-label="自评分小计"');
    expect(suzhou).not.toContain('自评得分');
  });
});
