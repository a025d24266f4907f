import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { wakeCalculator } from './calculator-helpers.ts';

const baseUrl = inject('baseUrl');
const seedCase = JSON.parse(readFileSync(new URL('../cases/seed-2020-old-residential-pilot.json', import.meta.url), 'utf8')) as {
  expected: { total: string; categories: Record<string, string>; indicators: { name: string; score: string }[] };
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page of the built site; resolves once the calculator island (if any) has hydrated. */
async function open(path: string, viewport?: { width: number; height: number }) {
  const opened = await openPage(browser, baseUrl, viewport);
  await opened.page.goto(`${baseUrl}${path}`);
  if (path.startsWith('/calculator/')) await wakeCalculator(opened.page);
  return opened;
}

const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();

describe('calculator', () => {
  it('shows the seed form scored 80.00 of 80 with the four category subtotals', async () => {
    const { page, foreign, errors } = await open('/calculator/');
    expect(await text(page, 'total-score')).toBe('80.00');
    expect(await page.locator('.total-value').textContent()).toBe('80.00 / 80');
    expect(await text(page, 'category-score-input')).toBe('24.00');
    expect(await text(page, 'category-score-output')).toBe('24.00');
    expect(await text(page, 'category-score-outcome')).toBe('26.00');
    expect(await text(page, 'category-score-impact')).toBe('6.00');
    expect(await page.getByTestId('indicator-score').allTextContents()).toEqual(seedCase.expected.indicators.map((i) => i.score));
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('rescores without a reload when 改造小区数量 is completed 11 of 13', async () => {
    const { page, foreign, errors } = await open('/calculator/');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => text(page, 'total-score')).toBe('76.31');
    expect(await text(page, 'category-score-output')).toBe('20.31');
    expect(await page.getByTestId('indicator-score').nth(6).textContent()).toBe('1.11');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    // The unit's own 4.8 now differs from the computed 1.11: the check is listed above the table.
    expect(await page.locator('.check[data-code="SELF_SCORE_MISMATCH"]').count()).toBe(1);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens an indicator’s explanation from its score', async () => {
    const { page } = await open('/calculator/');
    const button = page.locator('.score-button').nth(6);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
    // The sentences load when the first explanation opens (Sentences.tsx).
    await expect.poll(() => panel.locator('.explanation-steps li').count()).toBeGreaterThan(1);
    expect(await panel.textContent()).toContain('123.08');
    await page.context().close();
  });

  it('keeps what was typed in a cell that is not a number, says so in Chinese, and still scores the rest', async () => {
    const { page } = await open('/calculator/');
    const self = page.getByLabel('产出第 1 项“改造小区数量” 自评分', { exact: true });
    await self.fill('满分');
    await expect.poll(() => page.locator('.issues').count()).toBe(1);
    expect(await self.inputValue()).toBe('满分');
    expect(await self.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.issues').textContent()).toContain('产出第 1 项“改造小区数量”的“自评分”“满分”不是数字');
    await expect.poll(() => text(page, 'total-score')).toBe('80.00');
    const amount = page.getByLabel('实际支付数', { exact: true });
    await amount.fill('２００'); // full-width digits read as 200
    const weight = page.getByLabel('产出第 1 项“改造小区数量” 权重', { exact: true });
    await weight.fill('4,8'); // not a number: left out, the row shares what the others leave (24 − 19.2)
    await expect.poll(() => page.locator('.issues li').count()).toBe(2);
    await expect.poll(() => text(page, 'total-score')).toBe('80.00');
    await self.fill('4.8');
    await weight.fill('４.８');
    await expect.poll(() => page.locator('.issues').count()).toBe(0);
    await expect.poll(() => text(page, 'total-score')).toBe('80.00');
    await page.context().close();
  });

  it('keeps keyboard focus on the row control after moving or deleting a row, and on 分享链接 after closing its dialog', async () => {
    const { page } = await open('/calculator/');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.trim() ?? '');
    await page.getByRole('button', { name: '下移产出第 1 项“改造小区数量”' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('下移产出第 2 项“改造小区数量”');
    // Deleting a filled row asks first; dismissed, the row stays; accepted, it goes and focus stays on the row control.
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('button', { name: '删除产出第 2 项“改造小区数量”' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toBe('删除产出第 2 项“改造小区数量”？这一行填写的内容将被删除，不能撤销。');
    await expect.poll(() => page.getByRole('button', { name: '删除产出第 2 项“改造小区数量”' }).count()).toBe(1);
    expect(await page.locator('#f-indicators-7-name').inputValue()).toBe('改造小区数量');
    page.once('dialog', (d) => void d.accept());
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: '删除产出第 2 项“改造小区数量”' }).count()).toBe(0);
    await expect.poll(focused).toMatch(/^删除产出第 2 项/);
    await page.getByRole('button', { name: '分享链接' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('分享链接');
    await page.context().close();
  });

  it('works at 375 px without horizontal scrolling of the page', async () => {
    const { page } = await open('/calculator/', { width: 375, height: 800 });
    expect(await text(page, 'total-score')).toBe('80.00');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('home page', () => {
  it('links to the calculator and makes no request outside the site', async () => {
    const { page, foreign, errors } = await open('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const links = await page.locator('main a[href="/calculator/"]').count();
    expect(links).toBeGreaterThan(0);
    await page.locator('main a[href="/calculator/"]').first().click();
    await page.waitForURL(`${baseUrl}/calculator/`);
    await wakeCalculator(page);
    expect(await text(page, 'total-score')).toBe('80.00');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
