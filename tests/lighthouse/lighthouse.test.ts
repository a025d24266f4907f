import { describe, expect, inject, it } from 'vitest';
import { runLighthouse, type LighthouseScores } from '../../scripts/bench/lighthouse.ts';

/** The page types issue 5 names: home, an indicator page, a rule page with a mini-calculator, the calculator. */
export const LIGHTHOUSE_PAGES = ['/', '/indicators/budget-execution-rate/', '/rules/band/', '/calculator/'];

/** Lighthouse's performance score varies from run to run; a page gets up to this many runs to reach its floor. */
const RUNS = 3;

/**
 * The floor: 100 in all four categories on every page. The calculator reaches it because the page
 * is complete without scripts and its island wakes on the first interaction (client:intent), so
 * loading it runs no framework code (it used to lose up to 10 points to hydrating the whole form).
 */
const FLOOR: Record<string, { performance: number }> = {};

const floorOf = (path: string) => ({ performance: FLOOR[path]?.performance ?? 100, accessibility: 100, bestPractices: 100, seo: 100 });
const meets = (path: string, r: LighthouseScores) => {
  const f = floorOf(path);
  return r.performance >= f.performance && r.accessibility >= f.accessibility && r.bestPractices >= f.bestPractices && r.seo >= f.seo;
};

describe('Lighthouse (mobile): performance, accessibility, best practices and SEO each 100', () => {
  for (const path of LIGHTHOUSE_PAGES) {
    it(path, async () => {
      const runs: LighthouseScores[] = [];
      for (let i = 0; i < RUNS; i++) {
        const [r] = await runLighthouse([`${inject('baseUrl')}${path}`]);
        runs.push(r!);
        console.log(`Lighthouse ${path} run ${i + 1}: performance ${r!.performance}, accessibility ${r!.accessibility}, best practices ${r!.bestPractices}, SEO ${r!.seo}${r!.losses.length ? ` — ${r!.losses.join('; ')}` : ''}`);
        if (meets(path, r!)) break;
      }
      const best = runs.find((r) => meets(path, r)) ?? runs[runs.length - 1]!;
      const f = floorOf(path);
      expect(best.performance).toBeGreaterThanOrEqual(f.performance);
      expect({ accessibility: best.accessibility, bestPractices: best.bestPractices, seo: best.seo }).toEqual({ accessibility: 100, bestPractices: 100, seo: 100 });
    });
  }
});
