import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dist } from './site.ts';
import { builtPages } from '../../scripts/bench/js-size.ts';
import { launchBrowser, openPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page stays on its own origin and loads cleanly', () => {
  for (const path of builtPages(dist)) {
    it(path, async () => {
      const origin = inject('baseUrl');
      const { page, foreign, errors } = await openPage(browser, origin);
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      await page.mouse.wheel(0, 20000);
      await page.waitForTimeout(300);
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      expect(await page.title()).not.toBe('');
      expect(await page.getAttribute('meta[name="description"]', 'content')).toBeTruthy();
      await page.context().close();
    });
  }
});
