import { describe, expect, inject, it } from 'vitest';
import { runLighthouse } from '../../scripts/bench/lighthouse.ts';

/** The page types issue 5 names: home, an indicator page, a rule page with a mini-calculator, the calculator. */
export const LIGHTHOUSE_PAGES = ['/', '/indicators/budget-execution-rate/', '/rules/band/', '/calculator/'];

describe('Lighthouse (mobile): performance, accessibility, best practices and SEO are each 100', () => {
  it('on every page type', { timeout: 240_000 }, async () => {
    const results = await runLighthouse(LIGHTHOUSE_PAGES.map((p) => `${inject('baseUrl')}${p}`));
    for (const r of results) {
      console.log(`Lighthouse ${r.url}: performance ${r.performance}, accessibility ${r.accessibility}, best practices ${r.bestPractices}, SEO ${r.seo}${r.losses.length ? ` — ${r.losses.join('; ')}` : ''}`);
    }
    expect(results.map((r) => ({ url: r.url, performance: r.performance, accessibility: r.accessibility, bestPractices: r.bestPractices, seo: r.seo }))).toEqual(
      results.map((r) => ({ url: r.url, performance: 100, accessibility: 100, bestPractices: 100, seo: 100 })),
    );
  });
});
