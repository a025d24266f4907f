import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { openCalculator, pasteText, testText, wakeCalculator } from './calculator-helpers.ts';

/*
 * A tester's findings on pasting (items 3, 4, 8): 撤销粘贴 on a phone works on the first tap; an
 * Excel column pasted before the calculator woke spreads as it does later; one number with 万 or
 * full-width digits is pasted into its cell with the module fetches blocked.
 */

const baseUrl = inject('baseUrl');
const PHONE = { width: 375, height: 740 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The central indicator table's 三级指标 cells, in order. */
const names = (page: Page) => page.locator('[id^="f-indicators-"][id$="-name"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

/**
 * On /calculator/central/ at 375 px, with the 二级指标 of the first row being edited, pastes a whole
 * table (header row and 一级指标 column), which takes rows out and offers 撤销粘贴; returns the
 * centre of that button, scrolled into view, measured while the cell still has the focus.
 */
async function pasteWholeTable(page: Page): Promise<{ x: number; y: number }> {
  await page.getByLabel('产出指标第 1 项“培训人次” 二级指标', { exact: true }).focus();
  const block = [
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
    '产出指标\t数量指标\t养护里程\t≥120公里\t126公里\t50\t50\t',
    '效益指标\t社会效益指标\t通行条件改善\t明显改善\t达成年度指标\t30\t30\t',
    '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t92%\t10\t10\t',
  ].join('\r\n');
  await pasteText(page, block);
  await expect.poll(() => names(page)).toEqual(['养护里程', '通行条件改善', '群众满意度']);
  const undo = page.getByTestId('paste-undo');
  await undo.evaluate((b) => b.scrollIntoView({ block: 'center' }));
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-indicators-0-level2');
  const box = (await undo.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const ROWS_BEFORE = ['培训人次', '验收合格率', '按时完成率', '带动就业人数', '社会效益', '服务对象满意度'];

describe('pasting: a tester’s findings', () => {
  it('item 3: at 375 px the first click on 撤销粘贴, where it was before the cell lost the focus, undoes the paste', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/central/', PHONE);
    const at = await pasteWholeTable(page);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => testText(page, 'paste-note')).toBe('已撤销粘贴：表格恢复到粘贴之前。');
    expect(await names(page)).toEqual(ROWS_BEFORE);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('item 3: the same with a finger: the first tap on 撤销粘贴 undoes the paste; Enter on it (keyboard) still does', async () => {
    const context = await browser.newContext({ viewport: PHONE, hasTouch: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${baseUrl}/calculator/central/`);
    await wakeCalculator(page);
    const at = await pasteWholeTable(page);
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => testText(page, 'paste-note')).toBe('已撤销粘贴：表格恢复到粘贴之前。');
    expect(await names(page)).toEqual(ROWS_BEFORE);
    // Keyboard: the button focused and Enter pressed undoes a second whole-table paste.
    await pasteWholeTable(page);
    await page.getByTestId('paste-undo').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => names(page)).toEqual(ROWS_BEFORE);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('item 4: a two-cell Excel column pasted into 偏差原因 before the calculator woke goes down the rows, as a later paste does', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    // The island's own file (central-2020.….js, not its -form chunk) held back: the paste comes first.
    await page.route(/\/_astro\/central-2020\.[\w-]+\.js/, async (route) => {
      await new Promise((r) => setTimeout(r, 1_500));
      await route.continue();
    });
    await page.goto(`${baseUrl}/calculator/central/`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob(['原因一\r\n原因二\r\n'], { type: 'text/plain' }),
          'text/html': new Blob(['<table><tr><td>原因一</td></tr><tr><td>原因二</td></tr></table>'], { type: 'text/html' }),
        }),
      ]),
    );
    const note = page.locator('#f-indicators-0-note');
    await note.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);
    await expect.poll(() => page.locator('#f-indicators-1-note').inputValue(), { timeout: 10_000 }).toBe('原因二');
    expect(await note.inputValue()).toBe('原因一');
    expect(await testText(page, 'paste-note')).toBe('已粘贴 2 行 × 1 列。');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('item 8: with the module fetches blocked, one number with 万 or full-width digits is pasted into its cell, read as when typed', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    const asked: string[] = [];
    await page.route('**/_astro/*.js', (route) => {
      asked.push(route.request().url());
      return route.abort();
    });
    const selfTotal = () => page.locator('.total-self strong').textContent();
    expect(await selfTotal()).toBe('80.00');
    for (const [id, pasted, read] of [
      ['#f-budget-initialBudget', '１２万', '12'],
      ['#f-funds-actualPayment', '12万元', '12'],
      ['#f-funds-appropriation', '１，２００．５０', '1200.50'],
      ['#f-indicators-0-selfScore', '２．５', '2.5'],
    ] as const) {
      const cell = page.locator(id);
      await cell.focus();
      await cell.selectText();
      await pasteText(page, pasted);
      await expect.poll(() => cell.inputValue(), { message: pasted }).toBe(read);
    }
    // Read as typed: the first 自评分 3 → 2.5 takes 0.50 off the 自评分合计 at once; no message that code is missing, none fetched.
    await expect.poll(selfTotal).toBe('79.50');
    expect(await page.getByText('没有载入').count()).toBe(0);
    expect(asked).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
