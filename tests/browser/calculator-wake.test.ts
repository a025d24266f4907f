import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { pasteText, testText } from './calculator-helpers.ts';

/*
 * The calculator is complete on load (rendered and scored at build time) and runs no code until the
 * user reaches for it (client:intent). These tests hold the island's code back for a while, act
 * before it arrives, and check that nothing done meanwhile is lost.
 */

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the calculator with the island's component code delayed by `ms`. */
async function openSlow(ms = 1_500) {
  const opened = await openPage(browser, baseUrl);
  const { page } = opened;
  await page.route(/\/_astro\/Calculator\.[\w-]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, ms));
    await route.continue();
  });
  await page.goto(`${baseUrl}/calculator/`);
  return opened;
}

const isLive = (page: Page) => page.evaluate(() => document.querySelector('astro-island[ssr]') === null);

describe('the calculator wakes on first use and keeps what was done before it woke', () => {
  it('is not hydrated on load, and stays so without interaction', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/calculator/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    expect(await isLive(page)).toBe(false);
    expect(await testText(page, 'total-score')).toBe('80.00');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps keys typed before the code arrives', async () => {
    const { page, errors } = await openSlow();
    const cell = page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true });
    await cell.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('11 个');
    expect(await isLive(page)).toBe(false);
    await expect.poll(() => testText(page, 'total-score'), { timeout: 10_000 }).toBe('76.31');
    expect(await cell.inputValue()).toBe('11 个');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('replays a click made before the code arrives, once', async () => {
    const { page, errors } = await openSlow();
    const rows = () => page.locator('tbody.category-impact .indicator-row').count();
    const before = await rows();
    await page.getByRole('button', { name: '＋ 添加影响力指标' }).click();
    expect(await isLive(page)).toBe(false);
    await expect.poll(rows, { timeout: 10_000 }).toBe(before + 1);
    await page.waitForTimeout(300);
    expect(await rows()).toBe(before + 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('spreads a spreadsheet block pasted before the code arrives over its cells', async () => {
    const { page, errors } = await openSlow();
    const first = page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true });
    await first.click();
    await page.keyboard.press('ControlOrMeta+A');
    await pasteText(page, '11 个\n5 个');
    expect(await isLive(page)).toBe(false);
    await expect.poll(() => first.inputValue(), { timeout: 10_000 }).toBe('11 个');
    expect(await page.locator('#f-indicators-7-actual').inputValue()).toBe('5 个');
    await expect.poll(() => page.getByTestId('paste-note').textContent()).toContain('已粘贴 2 行 × 1 列');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
