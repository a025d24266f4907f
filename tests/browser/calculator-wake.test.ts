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

/**
 * The island's component file: the module of the page's form (components/calculator/forms/), named
 * after its rule set (`suzhou-2017.…js` on /calculator/, `central-2020.…js` on /calculator/central/);
 * the form's other chunks are named `…-form`, `…-kit`, `…-rules` and do not match. No `$`: Astro
 * retries a failed island file with `?astro-retry=…`.
 */
const ISLAND_FILE = /\/_astro\/(suzhou-2017|central-2020)\.[\w-]+\.js/;

/** Opens the calculator with the island's component code delayed by `ms`. */
async function openSlow(ms = 1_500) {
  const opened = await openPage(browser, baseUrl);
  const { page } = opened;
  await page.route(ISLAND_FILE, async (route) => {
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
    expect(await page.locator('.lead-example').isVisible()).toBe(true);
    await cell.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('11 个');
    expect(await isLive(page)).toBe(false);
    await expect.poll(() => testText(page, 'total-score'), { timeout: 10_000 }).toBe('76.31');
    expect(await cell.inputValue()).toBe('11 个');
    // No longer the prefilled example: the intro stops calling it that.
    expect(await page.locator('.lead-example').isVisible()).toBe(false);
    await cell.fill('=16 个');
    await expect.poll(() => page.locator('.lead-example').isVisible()).toBe(true);
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

  it('replays held taps on 删除 one at a time: the rows tapped go, a second tap on the same button does nothing more', async () => {
    const { page, errors } = await openSlow(2_000);
    // Each filled row asks before it goes (accepted here), once per row deleted.
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    const names = () => page.locator('tbody.category-input .indicator-row .field[id$="-name"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    const before = await names();
    const remove = (name: string) => page.locator(`button[aria-label^="删除"][aria-label*="${name}"]`);
    await remove('预算执行率').click();
    await remove('预算执行率').click();
    await remove('项目日常进度管理规范性').click();
    expect(await isLive(page)).toBe(false);
    await expect.poll(names, { timeout: 10_000 }).toEqual(before.filter((n) => n !== '预算执行率' && n !== '项目日常进度管理规范性'));
    await page.waitForTimeout(300);
    expect((await names()).length).toBe(before.length - 2);
    expect(asked).toHaveLength(2);
    expect(asked.every((m) => /^删除投入第 \d 项“(预算执行率|项目日常进度管理规范性)”？/.test(m)), asked.join(' | ')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('focuses a field when its label is clicked before the code arrives, and keeps what is typed', async () => {
    const { page, errors } = await openSlow();
    await page.locator('label .cell-label', { hasText: '项目名称' }).first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-project-name');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('新名字');
    expect(await isLive(page)).toBe(false);
    await expect.poll(() => page.evaluate(() => localStorage.getItem('szpe.calculator.draft.v1') ?? ''), { timeout: 10_000 }).toContain('新名字');
    expect(await page.locator('#f-project-name').inputValue()).toBe('新名字');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('cleans a single number pasted before the code arrives, as it does after', async () => {
    const { page, errors } = await openSlow();
    const cell = page.locator('#f-funds-actualPayment');
    await cell.click();
    await page.keyboard.press('ControlOrMeta+A');
    await pasteText(page, '1,200.00');
    expect(await isLive(page)).toBe(false);
    await expect.poll(() => cell.inputValue(), { timeout: 10_000 }).toBe('1200.00');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a saved form without showing a form to type into that is about to be replaced', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/calculator/`);
    await page.locator('#f-project-name').fill('我保存的表');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('szpe.calculator.draft.v1') ?? '')).toContain('我保存的表');
    await page.route(ISLAND_FILE, async (route) => {
      await new Promise((r) => setTimeout(r, 1_500));
      await route.continue();
    });
    await page.reload();
    // While the saved form is on its way: a note, and the example below cannot be edited.
    expect(await page.locator('.wake-note-restore').isVisible()).toBe(true);
    expect(await page.locator('astro-island').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    await expect.poll(() => page.locator('#f-project-name').inputValue(), { timeout: 10_000 }).toBe('我保存的表');
    expect(await page.locator('.wake-note-restore').isVisible()).toBe(false);
    expect(await page.locator('astro-island').evaluate((el) => (el as HTMLElement).inert)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so when the calculator’s code cannot be loaded, and tries again on the next interaction', async () => {
    const { page } = await openPage(browser, baseUrl);
    await page.route(ISLAND_FILE, (route) => route.abort());
    await page.goto(`${baseUrl}/calculator/`);
    await page.locator('#f-project-name').click();
    await expect.poll(() => page.locator('.wake-note-failed').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('.wake-note-failed').textContent()).toContain('计算器的程序没有加载成功');
    await page.unroute(ISLAND_FILE);
    await page.locator('#f-indicators-6-actual').click();
    await page.waitForSelector('astro-island:not([ssr])', { timeout: 10_000 });
    expect(await page.locator('.wake-note-failed').isVisible()).toBe(false);
    await page.locator('#f-indicators-6-actual').fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');
    await page.context().close();
  });
});
