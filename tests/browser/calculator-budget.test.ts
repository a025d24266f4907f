import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { testText } from './calculator-helpers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

/**
 * The calculator's JavaScript, gzip bytes (issue 5), measured as the browser receives it. `inAll`
 * is everything the page runs to fill in and score a form: the inline scripts, the framework, the
 * island, the engine and decimal.js. Issue 5 asks for 40 KB in all; it is about 47 KB today, so
 * `inAll` here is a ceiling against growth (the bench fails until 40 KB is met). What a button
 * loads when pressed (share dialog and QR code, CSV, file import, spreadsheet paste) comes on top.
 */
export const CALCULATOR_JS_BUDGET = { onLoad: 4 * 1024, inAll: 49 * 1024 };

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('calculator JavaScript budget', () => {
  it('runs no island code until used; typing at once loses nothing; in all stays under its ceiling', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => null);
      if (body) scripts.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length);
    });
    await page.goto(`${baseUrl}/calculator/`, { waitUntil: 'networkidle' });
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
    );
    const inlineGzip = gzipSync(Buffer.from(inline), { level: 9 }).length;
    const sum = () => [...scripts.values()].reduce((a, b) => a + b, 0) + inlineGzip;
    // On load: the page is complete and scored (rendered at build time); no script file is fetched.
    console.log(`/calculator/ JavaScript on load: ${sum()} bytes gzip (${scripts.size} files + ${inlineGzip} inline)`);
    expect([...scripts.keys()]).toEqual([]);
    expect(sum()).toBeLessThanOrEqual(CALCULATOR_JS_BUDGET.onLoad);
    expect(await testText(page, 'total-score')).toBe('80.00');
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);

    // First use, typed at once with no wait: the island wakes, the engine arrives, nothing typed is lost.
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');
    await page.waitForLoadState('networkidle');
    console.log(`/calculator/ JavaScript in all (filled in and scored): ${sum()} bytes gzip (${[...scripts].map(([u, b]) => `${u.replace('/_astro/', '')} ${b}`).join(', ')})`);
    expect(sum()).toBeLessThanOrEqual(CALCULATOR_JS_BUDGET.inAll);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
