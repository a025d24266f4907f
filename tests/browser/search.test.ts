import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');

/**
 * What a reader types, and the page that must come first. Each target page is the one written
 * to answer that query (the term is in its title and it explains it); see the guide's content.
 */
const QUERIES: [string, string][] = [
  ['预算执行率', '/indicators/budget-execution-rate/'],
  ['专款专用', '/indicators/earmarked-use-rate/'],
  ['完成率', '/rules/completion-ratio/'],
  ['较好', '/rules/grades/'],
  ['四舍五入', '/rules/rounding/'],
  ['指标结余数', '/rules/budget-tables/'],
  ['超过130%', '/rules/band/'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('search', () => {
  it('loads nothing for search until the box is used', async () => {
    const { page, foreign } = await openPage(browser, baseUrl);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(r.url());
    });
    await page.goto(`${baseUrl}/rules/grades/`);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await page.locator('#site-search-q').focus();
    await expect.poll(() => scripts.some((u) => u.endsWith('/search-ui.js'))).toBe(true);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  for (const [query, expected] of QUERIES) {
    it(`puts ${expected} first for “${query}”`, async () => {
      const { page, foreign, errors } = await openPage(browser, baseUrl);
      await page.goto(`${baseUrl}/guide/`);
      const box = page.locator('#site-search-q');
      await box.click();
      await box.fill(query);
      const first = page.locator('#site-search-results .search-hit').first();
      await first.waitFor({ timeout: 15_000 });
      const href = new URL((await first.getAttribute('href'))!, baseUrl).pathname;
      const all = await page.locator('#site-search-results .search-hit').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(href, `results: ${all.join(' ')}`).toBe(expected);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('the /search/ page lists results for ?q= (the box submits there)', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('四舍五入')}`);
    const first = page.locator('#search-page-results .search-hit').first();
    await first.waitFor({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href'))!, baseUrl).pathname).toBe('/rules/rounding/');
    await page.context().close();
  });

  it('keeps home, calculator and search pages out of the index', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/guide/`);
    await page.locator('#site-search-q').click();
    await page.locator('#site-search-q').fill('计算器');
    await page.locator('#site-search-results .search-status').waitFor();
    const hrefs = await page.locator('#site-search-results .search-hit').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).not.toContain('/');
    expect(hrefs).not.toContain('/calculator/');
    expect(hrefs).not.toContain('/search/');
    await page.context().close();
  });
});
