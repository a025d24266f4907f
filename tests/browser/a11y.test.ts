import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dist } from './site.ts';
import { builtPages } from '../../scripts/bench/js-size.ts';
import { launchBrowser } from './browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs axe-core (WCAG 2.2 A and AA) on a page; returns the violations in a readable form. */
async function violations(path: string, colorScheme: 'light' | 'dark', width = 1280): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } })`)) as { violations: AxeViolation[] };
  await context.close();
  return result.violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

describe('axe-core finds no WCAG 2.2 A/AA violation', () => {
  for (const path of builtPages(dist)) {
    it(`${path} (light and dark)`, async () => {
      expect(await violations(path, 'light')).toEqual([]);
      expect(await violations(path, 'dark')).toEqual([]);
    });
  }
  it('/calculator/ at a phone width', async () => {
    expect(await violations('/calculator/', 'light', 375)).toEqual([]);
  });
});
