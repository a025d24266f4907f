import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ChecksList } from '../../src/components/calculator/ChecksList.tsx';
import { Report } from '../../src/components/report/Report.tsx';
import { scoreForm, type Form } from '../../src/engine/index.ts';

/** One word for one severity: the shared report labels its checks as the editor does (错误 / 注意 / 说明). */

/** A central form with a warning (自评得分 differs from the site's) and an error (分值 add up to 95). */
const form: Form = {
  version: 1,
  ruleSet: 'central-2020',
  project: { name: '甲', year: 2022 },
  execution: { total: { initialBudget: '500', fullYearBudget: '500', executed: '500' }, selfScore: '10' },
  indicators: [
    { category: 'output', name: '甲', target: '=1个', actual: '1个', weight: '45', selfScore: '40' },
    { category: 'benefit', name: '乙', target: '≥90%', actual: '95%', weight: '30', selfScore: '30' },
    { category: 'satisfaction', name: '丙', target: '≥90%', actual: '95%', weight: '10', selfScore: '10' },
  ],
};

const badges = (html: string) => [...html.matchAll(/<span class="badge">([^<]*)<\/span>/g)].map((m) => m[1]).sort();

describe('severity words', () => {
  it('the report and the editor’s check list give each check the same word', () => {
    const result = scoreForm(form);
    expect([...new Set(result.checks.map((c) => c.severity))].sort()).toEqual(['error', 'warning']);
    const report = badges(renderToString(h(Report, { form, result, id: 't' })));
    const editor = badges(renderToString(h(ChecksList, { checks: result.checks, weightTerm: '分值', selfScoreTerm: '自评得分' })));
    expect(report).toEqual(editor);
    expect(new Set(report)).toEqual(new Set(['错误', '注意']));
  });
});
