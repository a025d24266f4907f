import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { testText } from './calculator-helpers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

/** The JavaScript budget of /calculator/ on load: framework, island and its first-paint code, gzip. */
const BUDGET = 40_000;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('calculator JavaScript budget', () => {
  it('ships at most 40 KB gzip of JavaScript on load, and loads the engine on first use', async () => {
    const { page } = await openPage(browser, baseUrl);
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => null);
      if (body) scripts.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length);
    });
    await page.goto(`${baseUrl}/calculator/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('astro-island:not([ssr])');
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
    );
    const inlineGzip = gzipSync(Buffer.from(inline), { level: 9 }).length;
    const onLoad = [...scripts.values()].reduce((a, b) => a + b, 0) + inlineGzip;
    console.log(`/calculator/ JavaScript on load: ${onLoad} bytes gzip (${scripts.size} files + ${inlineGzip} inline)`);
    expect(onLoad).toBeLessThanOrEqual(BUDGET);
    // The page is scored before any engine code runs (rendered at build time).
    expect(await testText(page, 'total-score')).toBe('80.00');

    // First use: the engine arrives and scores the edit.
    const before = scripts.size;
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');
    await expect.poll(() => scripts.size).toBeGreaterThan(before);
    const engine = [...scripts.entries()].slice(before);
    console.log(`engine on first use: ${engine.reduce((a, [, b]) => a + b, 0)} bytes gzip (${engine.map(([u]) => u).join(', ')})`);
    expect(engine.length).toBeGreaterThan(0);
    await page.context().close();
  });
});
