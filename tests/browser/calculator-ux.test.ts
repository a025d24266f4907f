/**
 * The calculator as finance officers use it (issue 11): paste into every table, amounts with their
 * unit, the paste note where the user is looking, keyboard moves between rows, the 自评分 合计,
 * quiet blank forms, sticky headings, the shared report on a phone, printing, and nothing lost.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { openCalculator, pasteText, testText } from './calculator-helpers.ts';

const baseUrl = inject('baseUrl');
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 375, height: 740 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The paste note's box and the box of the cell it reports on, in the viewport. */
async function noteAndCell(page: Page, cellId: string) {
  return page.evaluate((id) => {
    const note = document.querySelector('.paste-note.floating')!.getBoundingClientRect();
    const cell = document.getElementById(id)!.getBoundingClientRect();
    return { noteTop: note.top, noteBottom: note.bottom, noteLeft: note.left, cellBottom: cell.bottom, cellLeft: cell.left, viewport: innerHeight };
  }, cellId);
}

describe('paste into every table (items 1–4)', () => {
  it('pastes name and amount rows into 项目资金构成: 合计 updates, the note is under the pasted cell and announced', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/', DESKTOP);
    const first = page.locator('#f-subprojects-0-name');
    await first.scrollIntoViewIfNeeded();
    await first.focus();
    await pasteText(page, '会议经费\t8.8万元\r\n宣传经费\t47.2\r\n研究经费\t1,44.0\r\n');
    // Refused: the third amount is no number; the note says which cell and why, and nothing changed.
    await expect.poll(() => testText(page, 'paste-note')).toBe(
      '粘贴的第 3 行第 2 列“1,44.0”不是金额，不能放进“实际金额”：应为以万元为单位的数字，如 1234.5、1,234.5、1234.5万 或 1234.5万元（最多 12 位整数、6 位小数）；以元为单位的金额请先除以 10000 换算成万元。表格没有改动。',
    );
    expect(await testText(page, 'paste-announce-error')).toContain('粘贴未完成：粘贴的第 3 行第 2 列');
    expect(await first.inputValue()).toBe('会议、考察经费');

    await pasteText(page, '子项目名称\t实际金额（万元）\r\n会议经费\t8.8万元\r\n宣传经费\t47.2\r\n研究经费\t1,44\r\n咨询经费\t10\r\n'.replace('1,44', '134'));
    await expect.poll(() => testText(page, 'paste-note')).toBe('已粘贴 4 行 × 2 列，新增 1 个子项目（跳过了表头行）。');
    expect(await testText(page, 'paste-announce')).toBe('已粘贴 4 行 × 2 列，新增 1 个子项目（跳过了表头行）。');
    const table = page.getByTestId('subprojects');
    expect(await table.locator('tbody tr').count()).toBe(4);
    expect(await page.locator('#f-subprojects-0-amount').inputValue()).toBe('8.8');
    expect(await page.locator('#f-subprojects-3-name').inputValue()).toBe('咨询经费');
    expect((await table.locator('tfoot .sum-cell').textContent())?.startsWith('200.00')).toBe(true);
    // The note sits right under the cell it reports on, on screen.
    const box = await noteAndCell(page, 'f-subprojects-0-name');
    expect(Math.abs(box.noteTop - box.cellBottom)).toBeLessThanOrEqual(6);
    expect(box.noteBottom).toBeLessThanOrEqual(box.viewport);
    await page.getByRole('button', { name: '关闭粘贴提示' }).click();
    expect(await page.getByTestId('paste-note').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pastes a block with its header row and 类别 column into a lower indicator row; the note is beside that row', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/', DESKTOP);
    const cell = page.getByLabel('影响力第 1 项 指标名称', { exact: true });
    await cell.scrollIntoViewIfNeeded();
    await cell.focus();
    await pasteText(page, '类别\t指标名称\t目标值\t权重\t实际完成值\t自评分\r\n影响力目标\t群众满意度\t≥90%\t10\t95%\t10\r\n');
    await expect.poll(() => testText(page, 'paste-note')).toBe('已粘贴 1 行 × 5 列（跳过了表头行、“类别”列）。');
    expect(await cell.inputValue()).toBe('群众满意度');
    expect(await page.getByLabel('影响力第 1 项“群众满意度” 目标值', { exact: true }).inputValue()).toBe('≥90%');
    const box = await noteAndCell(page, await cell.getAttribute('id').then((x) => x!));
    expect(Math.abs(box.noteTop - box.cellBottom)).toBeLessThanOrEqual(6);
    expect(box.noteTop).toBeGreaterThan(0);
    expect(box.noteBottom).toBeLessThanOrEqual(box.viewport);

    // A block starting with the 类别 column and no header.
    const output = page.getByLabel('产出第 1 项 指标名称', { exact: true });
    await output.focus();
    await pasteText(page, '产出目标\t改造小区数量\t=13 个\t4.8\t16 个\t4.8\r\n\t召开工作会议\t=5 个\t4.8\t4 个\t3.84\r\n');
    await expect.poll(() => testText(page, 'paste-note')).toBe('已粘贴 2 行 × 5 列（跳过了类别列）。');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pastes into 项目信息 and the budget tables by heading; money cells take 万 / 万元 and explain 元', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/', DESKTOP);
    await page.locator('#f-project-name').focus();
    await pasteText(page, '项目名称\t社区居家养老服务\t项目年份\t2023\r\n项目主管部门（单位）\t苏州市民政局\r\n');
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('社区居家养老服务');
    expect(await page.locator('#f-project-year').inputValue()).toBe('2023');
    expect(await page.locator('#f-project-department').inputValue()).toBe('苏州市民政局');

    await page.locator('#f-budget-initialBudget').focus();
    await pasteText(page, '年初预算数\t当年使用上年结余、结转及当年调整预算数\t财政拨款数\t指标结余数\r\n1,700.00万元\t-1500万\t200\t0\r\n');
    await expect.poll(() => page.locator('#f-budget-initialBudget').inputValue()).toBe('1700.00');
    expect(await page.locator('#f-budget-adjustment').inputValue()).toBe('-1500');

    // Typed with the unit: read as 万元, no message; in 元: a message saying how to convert.
    await page.locator('#f-budget-initialBudget').fill('1,700.00万元');
    await page.locator('#f-funds-appropriation').fill('200万');
    await page.locator('#f-funds-actualPayment').fill('1,900,000元');
    await expect.poll(() => page.locator('#msg-f-funds-actualPayment').textContent()).toBe(
      '错误：“实际支付数”“1,900,000元”单位是元：这一栏以万元为单位，请除以 10000 换算（1900000 元 = 190 万元，可填 190）。这一格暂不计入，其余照常计分。',
    );
    expect(await page.locator('#msg-f-budget-initialBudget').count()).toBe(0);
    expect(await page.locator('#msg-f-funds-appropriation').count()).toBe(0);
    await page.locator('#f-funds-actualPayment').fill('190万元');
    await expect.poll(() => page.locator('#msg-f-funds-actualPayment').count()).toBe(0);
    expect(await testText(page, 'total-score')).toBe('80.00');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
