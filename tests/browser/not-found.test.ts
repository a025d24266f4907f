import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { dist } from './site.ts';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('404 page', () => {
  it('is built as dist/404.html', () => {
    expect(existsSync(`${dist}404.html`)).toBe(true);
  });

  it('is shown in Chinese in the site layout for an unknown address, with links to the guide, the calculator and search', async () => {
    const { page, foreign, errors } = await openPage(browser, baseUrl, { width: 375, height: 740 });
    const response = await page.goto(`${baseUrl}/guide/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.title()).toBe('找不到这个页面 · 苏州绩效自评助手');
    expect(await page.locator('h1').textContent()).toBe('找不到这个页面');
    expect(await page.locator('.site-header .site-name').textContent()).toBe('苏州绩效自评助手');
    expect(await page.locator('main a[href="/guide/"]').textContent()).toBe('阅读指南');
    expect(await page.locator('main a[href="/calculator/"]').textContent()).toBe('打开自评计算器');
    expect(await page.locator('main form[role="search"]').getAttribute('action')).toBe('/search/');
    // The search box of the page works: it takes the visitor to the results page.
    await page.getByLabel('在指南中搜索').fill('预算执行率');
    await page.getByRole('button', { name: '搜索', exact: true }).last().click();
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=预算执行率');
    expect(foreign).toEqual([]);
    // The browser logs the 404 status of the page itself; nothing else may fail.
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });

  it('has no axe-core WCAG 2.2 A/AA violation (light and dark)', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme, bypassCSP: true, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/missing`);
      await page.evaluate(axeSource);
      const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa'] } })`)) as { violations: { id: string }[] };
      await context.close();
      expect(result.violations.map((v) => v.id)).toEqual([]);
    }
  });
});
