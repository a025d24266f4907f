import { readFileSync } from 'node:fs';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Report } from '../../src/components/report/Report.tsx';
import { getRuleSet, scoreForm, type Form } from '../../src/engine/index.ts';
import { indicatorPoints } from '../../src/forms/view.ts';
import { seedForm } from '../helpers/forms.ts';

/**
 * The heading of the indicator table (绩效指标) gives that table's points: 90 on the central form,
 * whose 预算执行率 10 is scored in the 项目资金 table (C1); it said 100, the whole form's. Suzhou's
 * table holds the whole form: 80 (R1).
 */
const central = JSON.parse(readFileSync(new URL('../../content/examples/central-2022-skills-training.json', import.meta.url), 'utf8')) as Form;

describe('the indicator table’s points', () => {
  it('are its categories’ maxima: 90 central, 80 Suzhou, before and after scoring', () => {
    expect(indicatorPoints(getRuleSet('central-2020')!, null)).toBe('90');
    expect(indicatorPoints(getRuleSet('central-2020')!, scoreForm(central).categories)).toBe('90');
    expect(indicatorPoints(getRuleSet('suzhou-2017')!, null)).toBe('80');
    expect(indicatorPoints(getRuleSet('suzhou-2017')!, scoreForm(seedForm()).categories)).toBe('80');
  });
  it('head the shared report’s indicator table', () => {
    const result = scoreForm(central);
    const html = renderToString(h(Report, { form: central, result }));
    expect(html).toContain('绩效指标（90 分）');
    expect(html).not.toContain('绩效指标（100 分）');
  });
});
