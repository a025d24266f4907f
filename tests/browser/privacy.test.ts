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

describe('every page stays on its own origin, has a strict CSP, and loads cleanly (no CSP violation, no error)', () => {
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
      const csp = (await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content')) ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toContain('unsafe-inline');
      await page.context().close();
    });
  }
});
