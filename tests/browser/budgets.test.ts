import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dist } from './site.ts';
import { builtPages, pageJs } from '../../scripts/bench/js-size.ts';
import { JS, LIGHTHOUSE, pageType } from '../../bench/budgets.ts';

describe('JavaScript shipped per page stays within budget (gzip, bench/budgets.ts)', () => {
  const pages = builtPages(dist);
  it('finds the built pages', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/calculator/');
    expect(pages).toContain('/calculator/central/');
    expect(pages.length).toBeGreaterThan(10);
  });
  for (const page of pages) {
    it(page, () => {
      const js = pageJs(dist, page);
      const calculator = pageType(page) === 'calculator';
      const budget = calculator ? JS.calculatorOnLoad : js.files.length > 0 ? JS.miniCalculator : JS.plainPage;
      expect(js.total, `${page}: ${js.total} B on load (${js.files.map((f) => `${f.file} ${f.gzip}`).join(', ')}; inline ${js.inline})`).toBeLessThanOrEqual(budget.limit);
      if (calculator) {
        expect(js.files.length, 'the calculator loads no script file before it is used').toBe(JS.calculatorFilesOnLoad.limit);
        expect(js.onUse.length, 'the calculator wakes on use: its island files are found').toBeGreaterThan(0);
        expect(js.inAll, `${page}: ${js.inAll} B once used (${js.onUse.map((f) => `${f.file} ${f.gzip}`).join(', ')})`).toBeLessThanOrEqual(JS.calculatorInAll.limit);
      }
    });
  }
});

describe('Lighthouse covers every page type (bench/budgets.ts LIGHTHOUSE)', () => {
  const pages = builtPages(dist);
  it('the Lighthouse pages exist in the build', () => {
    expect(LIGHTHOUSE.pages.filter((p) => !pages.includes(p))).toEqual([]);
  });
  it('the forms Lighthouse opens from their share links exist', () => {
    expect(LIGHTHOUSE.sharedForms.filter((name) => !existsSync(new URL(`../../content/examples/${name}.json`, import.meta.url)))).toEqual([]);
  });
  it('each page type has a Lighthouse page or shares the layout of one', () => {
    const scored = new Set(LIGHTHOUSE.pages.map(pageType));
    const types = [...new Set(pages.map(pageType))];
    const uncovered = types.filter((t) => !scored.has(t) && !scored.has(LIGHTHOUSE.sameLayoutAs[t] ?? ''));
    expect(uncovered, 'a new page type: add one of its pages to LIGHTHOUSE.pages in bench/budgets.ts (or to sameLayoutAs if it is built from the same layout and scripts as a scored type)').toEqual([]);
  });
});
