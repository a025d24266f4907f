import type { Browser, Page } from 'playwright-core';
import { openPage } from './browser.ts';

/** Opens a page of the built site and waits for the calculator island to hydrate. */
export async function openCalculator(browser: Browser, baseUrl: string, path = '/calculator/', viewport?: { width: number; height: number }) {
  const opened = await openPage(browser, baseUrl, viewport);
  await opened.page.goto(`${baseUrl}${path}`);
  await opened.page.waitForSelector('astro-island:not([ssr])');
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
