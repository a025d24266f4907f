import { describe, expect, inject, it } from 'vitest';
import { bestLighthouse, lighthousePages } from '../../scripts/bench/lighthouse.ts';
import { LIGHTHOUSE } from '../../bench/budgets.ts';

/*
 * Lighthouse (mobile) on one page of each page type (LIGHTHOUSE.pages in bench/budgets.ts), and on
 * the calculator showing the central form from its share link (LIGHTHOUSE.sharedForms): 100 in each
 * of the four categories. Performance varies from run to run, so a page gets up to LIGHTHOUSE.runs
 * runs and its best counts, as in `npm run bench`. The calculator reaches 100 because the page is
 * complete without scripts and its island wakes on the first interaction (client:intent), so
 * loading it runs no framework code. A share link wakes it at once: the page then lays out for the
 * report from the first paint (nothing moves when it arrives), drops the example form instead of
 * hydrating it, and loads, reads, scores and renders the shared form in tasks of their own.
 */
describe('Lighthouse (mobile): performance, accessibility, best practices and SEO each 100', () => {
  for (const { path, label } of lighthousePages()) {
    it(label, async () => {
      const best = await bestLighthouse(`${inject('baseUrl')}${path}`, (r, run) =>
        console.log(`Lighthouse ${label} run ${run}: performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, SEO ${r.seo}${r.losses.length ? ` — ${r.losses.join('; ')}` : ''}`),
      );
      const limit = LIGHTHOUSE.score.limit;
      expect({ performance: best.performance, accessibility: best.accessibility, bestPractices: best.bestPractices, seo: best.seo }).toEqual({
        performance: limit,
        accessibility: limit,
        bestPractices: limit,
        seo: limit,
      });
    });
  }
});
