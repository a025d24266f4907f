import { readFileSync } from 'node:fs';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { scoreForm, type Form } from '../../src/engine/index.ts';
import { Report } from '../../src/components/report/Report.tsx';

function load(path: string): Form {
  const raw = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Form | { form: Form };
  return 'form' in raw ? raw.form : raw;
}

describe('Report (presentational)', () => {
  for (const path of ['../../content/examples/seed-2020-old-residential-pilot.json', '../cases/output-shortfall-linear.json', '../cases/missing-actual.json', '../cases/budget-mismatch.json']) {
    it(`renders exactly what scoreForm returned for ${path.split('/').pop()}`, () => {
      const form = load(path);
      const result = scoreForm(form);
      const html = renderToString(h(Report, { form, result, id: 't' }));
      expect(html).toContain(`data-testid="report-total">${result.total}<`);
      for (const c of Object.values(result.categories)) expect(html).toContain(`data-testid="report-category-${c.id}"><strong>${c.score}</strong>`);
      const scores = [...html.matchAll(/class="rp-row"[^>]*data-score="([\d.]+)"/g)].map((m) => m[1]);
      expect(scores).toEqual(result.indicators.map((i) => i.score));
      for (const i of result.indicators) {
        expect(html).toContain(i.summary.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'));
        for (const s of i.explanation) expect(html).toContain(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      }
      for (const c of result.checks) expect(html).toContain(`data-code="${c.code}"`);
      if (result.derived.executionRate) expect(html).toContain(`${result.derived.executionRate}%`);
    });
  }
});
