import { describe, expect, it } from 'vitest';
import { dist } from './site.ts';
import { builtPages, pageJs } from '../../scripts/bench/js-size.ts';


/** Budgets of JavaScript shipped on load, gzip bytes (issue 5). */
export const JS_BUDGET = {
  /** The calculator before it is used: the inline island scripts only (it wakes on first interaction). */
  calculator: 4 * 1024,
  /**
   * The calculator once used (framework, engine, decimal.js and UI together). Issue 5 asks for
   * 40 KB; today it is about 47 KB (see bench), so this is a ceiling against growth, not the goal:
   * `npm run bench` fails until the 40 KB is met.
   */
  calculatorInAll: 49 * 1024,
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
      if (page === '/calculator/') {
        expect(js.files, 'the calculator loads no script file before it is used').toEqual([]);
        expect(js.inAll, `${page}: ${js.inAll} B once used (${js.onUse.map((f) => `${f.file} ${f.gzip}`).join(', ')})`).toBeLessThanOrEqual(JS_BUDGET.calculatorInAll);
      }
    });
  }
});
