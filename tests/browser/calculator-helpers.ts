import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openPage } from './browser.ts';

/**
 * Wakes the calculator island as a person does, by moving the pointer onto it (it hydrates on the
 * first interaction, `client:intent`; the island element itself has no box), and waits until it is live.
 */
export async function wakeCalculator(page: Page): Promise<void> {
  if ((await page.locator('astro-island[ssr]').count()) > 0) await page.locator('astro-island > *').first().hover({ position: { x: 4, y: 4 } });
  await page.waitForSelector('astro-island:not([ssr])');
}

/** Opens a page of the built site and wakes the calculator island (see {@link wakeCalculator}). */
export async function openCalculator(browser: Browser, baseUrl: string, path = '/calculator/', viewport?: { width: number; height: number }) {
  const opened = await openPage(browser, baseUrl, viewport);
  await opened.page.goto(`${baseUrl}${path}`);
  await wakeCalculator(opened.page);
  return opened;
}

/** Text of a test id. */
export const testText = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

/**
 * Presses Tab (keyboard only) until the focused element matches `accept`, at most `max` times.
 * Fails with what had focus when it never gets there.
 */
export async function tabTo(page: Page, describe: string, max = 200): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { label: el?.getAttribute('aria-label') ?? '', text: (el?.textContent ?? '').trim(), id: el?.id ?? '' };
    });
    if (here.label === describe || here.text === describe || here.id === describe) return;
  }
  throw new Error(`按 Tab ${max} 次也没有到达“${describe}”`);
}

/** Puts text on the clipboard and pastes it into the focused field with Ctrl+V, as a person does. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

/**
 * Asks to print as a visitor does, with Ctrl+P (on a shared report, its 打印 button): the calculator catches it, loads its print sheet
 * (not loaded before: issue 13) and calls `print()`, which is stubbed here to count calls (headless
 * Chromium has no print dialog). Resolves once `print()` was called, the sheet of the form on screen
 * in place; `page.emulateMedia({ media: 'print' })` or `page.pdf()` then shows what would print.
 */
export async function askToPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void (w.printed += 1);
  });
  // A shared report prints as it is: there Ctrl+P is the browser's, and its own 打印 button calls print().
  const shared = page.getByTestId('shared-view');
  if ((await shared.count()) > 0) await shared.getByRole('button', { name: '打印' }).click();
  else await page.keyboard.press('ControlOrMeta+p');
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
}

/**
 * On a new blank central form (中央部门 100 分 chosen), types what a form needs to be scored: one
 * 产出 indicator (培训人次, ≥2000人次 against 1800人次: 45.00 of 50) and the execution row (全年预算数
 * 500, 全年执行数 460: 9.20 of 10).
 */
export async function typeCentralForm(page: Page): Promise<void> {
  await page.getByLabel('产出指标第 1 项 三级指标', { exact: true }).fill('培训人次');
  await page.getByLabel('产出指标第 1 项“培训人次” 年度指标值', { exact: true }).fill('≥2000人次');
  await page.getByLabel('产出指标第 1 项“培训人次” 实际完成值', { exact: true }).fill('1800人次');
  await page.getByLabel('年度资金总额 全年预算数', { exact: true }).fill('500');
  await page.getByLabel('年度资金总额 全年执行数', { exact: true }).fill('460');
  await expect.poll(() => page.getByTestId('category-score-execution').first().textContent()).toBe('9.20');
}
