import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');

/**
 * What a reader types, and the page that must come first. Each target page is the one written
 * to answer that query (the term is in its title and it explains it); see the guide's content.
 */
/**
 * A query and the page (or, where the query names a row of both forms, the pages) that must come first.
 * 预算执行率 is a row of the Suzhou form's 投入 category and the scored row of the central form: either
 * form's page is a right first answer.
 */
const QUERIES: [string, string | string[]][] = [
  ['预算执行率', ['/indicators/budget-execution-rate/', '/central/rules/execution-score/']],
  ['专款专用', '/indicators/earmarked-use-rate/'],
  ['完成率', '/rules/completion-ratio/'],
  ['较好', '/rules/grades/'],
  ['四舍五入', '/rules/rounding/'],
  ['指标结余数', '/rules/budget-tables/'],
  ['超过130%', '/rules/band/'],
  ['执行率得分', '/central/rules/execution-score/'],
  ['部分达成', '/central/rules/tiers/'],
  ['偏差原因', '/central/rules/deviation-note/'],
  ['优良中差', '/central/rules/grade/'],
  ['反向指标', '/rules/lower-is-better/'],
  ['大于等于', '/guide/writing-values/'],
  ['质保金', '/guide/savings-and-execution-rate/'],
  ['未完成的原因', '/guide/deviation-notes/'],
  ['复核', '/guide/review/'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Types a query in the header box of a guide page and submits it, as a reader does. */
async function searchFromHeader(page: import('playwright-core').Page, query: string): Promise<string[]> {
  await page.goto(`${baseUrl}/guide/`);
  const box = page.locator('#site-search-q');
  await box.click();
  await box.fill(query);
  await box.press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  const results = page.locator('#search-page-results');
  await results.locator('.search-status').waitFor({ timeout: 15_000 });
  return results.locator('.search-hit').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe('search', () => {
  it('a guide page loads no script for search; the search page loads Pagefind', async () => {
    const { page, foreign } = await openPage(browser, baseUrl);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('/pagefind/')) scripts.push(r.url());
    });
    await page.goto(`${baseUrl}/rules/grades/`);
    await page.locator('#site-search-q').focus();
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await page.locator('#site-search-q').fill('较好');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator('#search-page-results .search-hit').first().waitFor({ timeout: 15_000 });
    expect(scripts.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  for (const [query, expected] of QUERIES) {
    it(`puts ${String(expected)} first for “${query}”`, async () => {
      const { page, foreign, errors } = await openPage(browser, baseUrl);
      const hits = await searchFromHeader(page, query);
      expect(Array.isArray(expected) ? expected : [expected], `results: ${hits.join(' ')}`).toContain(hits[0]);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('the search page updates as the reader types', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('四舍五入')}`);
    const first = page.locator('#search-page-results .search-hit').first();
    await first.waitFor({ timeout: 15_000 });
    expect(new URL((await first.getAttribute('href'))!, baseUrl).pathname).toBe('/rules/rounding/');
    await page.locator('#search-page-q').fill('专款专用');
    await expect.poll(async () => new URL((await first.getAttribute('href'))!, baseUrl).pathname).toBe('/indicators/earmarked-use-rate/');
    await page.context().close();
  });

  it('keeps home, calculator and search pages out of the index', async () => {
    const { page } = await openPage(browser, baseUrl);
    const hits = await searchFromHeader(page, '计算器');
    expect(hits).not.toContain('/');
    expect(hits).not.toContain('/calculator/');
    expect(hits).not.toContain('/search/');
    await page.context().close();
  });
});
