import { describe, expect, it } from 'vitest';
import { dist } from './site.ts';
import { builtPages, pageJs } from '../../scripts/bench/js-size.ts';


/** Budgets of JavaScript shipped on load, gzip bytes (issue 5). */
export const JS_BUDGET = {
  /** The calculator: framework, engine, decimal.js and UI together. */
  calculator: 40 * 1024,
  /** A guidance page with a mini-calculator island. */
  miniCalculator: 32 * 1024,
  /** A guidance page with no calculator: none until search is used. */
  plain: 0,
};

describe('JavaScript shipped per page stays within budget (gzip)', () => {
  const pages = builtPages(dist);
  it('finds the built pages', () => {
    expect(pages).toContain('/');
    expect(pages).toContain('/calculator/');
    expect(pages.length).toBeGreaterThan(10);
  });
  for (const page of pages) {
    it(page, () => {
      const js = pageJs(dist, page);
      const budget = page === '/calculator/' ? JS_BUDGET.calculator : js.files.length > 0 ? JS_BUDGET.miniCalculator : JS_BUDGET.plain;
      expect(js.total, `${page}: ${js.total} B on load (${js.files.map((f) => `${f.file} ${f.gzip}`).join(', ')}; inline ${js.inline})`).toBeLessThanOrEqual(budget);
    });
  }
});
