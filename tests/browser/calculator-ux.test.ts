/**
 * The calculator as finance officers use it (issue 11): paste into every table, amounts with their
 * unit, the paste note where the user is looking, keyboard moves between rows, the 自评分 合计,
 * quiet blank forms, sticky headings, the shared report on a phone, printing, and nothing lost.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { askToPrint, openCalculator, pasteText, testText } from './calculator-helpers.ts';
import { encodeForm } from '../../src/share/link-codec.ts';
import { seedForm } from '../helpers/forms.ts';
import type { Form, IndicatorInput } from '../../src/engine/types.ts';

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
    // P1: a header and one category take nothing out, and the note names the row of that category still below.
    await expect.poll(() => testText(page, 'paste-note')).toBe('已粘贴 1 行 × 5 列（跳过了表头行、“类别”列）。原有的 1 行（“及时报送进度，加强宣传报道”）仍保留在粘贴的行下面，照常计分；不要时请删去。');
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
    // The example already holds 1700.00 and -1500.00: wait for the pasted -1500 (the value that changes),
    // not for a value the form held before the paste.
    await expect.poll(() => page.locator('#f-budget-adjustment').inputValue()).toBe('-1500');
    expect(await page.locator('#f-budget-initialBudget').inputValue()).toBe('1700.00');
    expect(await page.locator('#f-budget-appropriation').inputValue()).toBe('200');

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

  /** The central form on /calculator/central/, after 新建空白表. */
  async function blankCentral() {
    const opened = await openCalculator(browser, baseUrl, '/calculator/central/', DESKTOP);
    opened.page.once('dialog', (d) => void d.accept());
    await opened.page.getByRole('button', { name: '新建空白表' }).click();
    await expect.poll(() => opened.page.locator('#f-project-name').inputValue()).toBe('');
    return opened;
  }
  const values = (page: Page, ids: string[]) => Promise.all(ids.map((id) => page.locator(`#${id}`).inputValue()));

  it('central form: a block pasted into 二级指标 fills the rows from 二级指标 on, with or without the 一级指标 column; blank lines are skipped', async () => {
    const { page, errors } = await blankCentral();
    const level2 = page.locator('#f-indicators-0-level2');
    await level2.focus();
    await pasteText(page, '数量指标\t培训人次\t≥1.2万人次\t11500人次\t10\t9.58\t少办一期\r\n\r\n\t\t\r\n质量指标\t合格率\t≥95%\t97%\t10\t10\t\r\n\r\n');
    await expect.poll(() => testText(page, 'paste-note')).toBe('已粘贴 2 行 × 7 列，新增 1 行指标（跳过了 2 个空行）。');
    expect(await values(page, ['f-indicators-0-level2', 'f-indicators-0-name', 'f-indicators-0-target', 'f-indicators-0-actual', 'f-indicators-0-weight', 'f-indicators-0-selfScore', 'f-indicators-0-note'])).toEqual([
      '数量指标',
      '培训人次',
      '≥1.2万人次',
      '11500人次',
      '10',
      '9.58',
      '少办一期',
    ]);
    expect(await values(page, ['f-indicators-1-level2', 'f-indicators-1-name', 'f-indicators-1-selfScore'])).toEqual(['质量指标', '合格率', '10']);
    // The 效益指标 row is still the third row: no blank row was added.
    expect(await page.locator('tbody.category-output .indicator-row').count()).toBe(2);
    await expect.poll(() => page.getByTestId('indicator-score').first().textContent()).toBe('9.58');

    // With the 一级指标 column: into the 效益指标 row's 二级指标.
    await page.locator('#f-indicators-2-level2').focus();
    await pasteText(page, '效益指标\t社会效益指标\t带动就业\t≥300人\t320人\t30\t30\t\r\n');
    await expect.poll(() => page.locator('#f-indicators-2-name').inputValue()).toBe('带动就业');
    expect(await testText(page, 'paste-note')).toBe('已粘贴 1 行 × 6 列（跳过了一级指标列）。');
    expect(await page.locator('#f-indicators-2-level2').inputValue()).toBe('社会效益指标');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('central form: 项目资金 takes a header row, and its own row labels, each row on its row', async () => {
    const { page, errors } = await blankCentral();
    const total = page.locator('#f-execution-total-initialBudget');
    await total.focus();
    await pasteText(page, '年初预算数\t全年预算数\t全年执行数\r\n1200\t1150\t1068.5\r\n');
    await expect.poll(() => page.locator('#f-execution-total-executed').inputValue()).toBe('1068.5');
    expect(await testText(page, 'paste-note')).toBe('已粘贴 1 行，共 3 格（跳过了表头行）。');
    expect(await values(page, ['f-execution-total-initialBudget', 'f-execution-total-fullYearBudget'])).toEqual(['1200', '1150']);

    await total.focus();
    await pasteText(page, '项目资金\t年初预算数\t全年预算数\t全年执行数\r\n年度资金总额\t1300\t1150\t1068.5\r\n其中：当年财政拨款\t1000\t950\t890.5\r\n上年结转资金\t200\t200\t178\r\n其他资金\t\t\t\r\n');
    await expect.poll(() => page.locator('#f-execution-total-initialBudget').inputValue()).toBe('1300');
    expect(await testText(page, 'paste-note')).toBe('已粘贴 4 行，共 12 格（跳过了表头行、行名列）。');
    expect(await values(page, ['f-execution-appropriation-executed', 'f-execution-carryover-initialBudget', 'f-execution-carryover-executed', 'f-execution-other-executed'])).toEqual(['890.5', '200', '178', '']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an Excel cell with a line break lands in 偏差原因分析及改进措施 without its quotes; a block in Suzhou’s 说明 is refused, nothing changed', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/central/', DESKTOP);
    const note = page.locator('#f-indicators-0-note');
    await note.fill('');
    await note.focus();
    await pasteText(page, '"第一行\n第二行"\r\n');
    await expect.poll(() => note.inputValue()).toBe('第一行\n第二行');
    // The same cell inside a block keeps its line break too.
    await page.locator('#f-indicators-0-name').focus();
    await pasteText(page, '培训人次\t≥2000人次\t1800人次\t20\t18\t"第三行\n第四行"\r\n');
    await expect.poll(() => note.inputValue()).toBe('第三行\n第四行');
    // Lines of text (no table on the clipboard) stay one note; a column copied from a spreadsheet
    // (its HTML holds a table) goes down the rows.
    await note.fill('');
    await pasteText(page, '第一段\r\n第二段\r\n');
    await expect.poll(() => note.inputValue()).toBe('第一段\n第二段');
    await note.fill('');
    await page.evaluate(() =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob(['原因一\r\n原因二\r\n'], { type: 'text/plain' }),
          'text/html': new Blob(['<table><tr><td>原因一</td></tr><tr><td>原因二</td></tr></table>'], { type: 'text/html' }),
        }),
      ]),
    );
    await page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => page.locator('#f-indicators-1-note').inputValue()).toBe('原因二');
    expect(await note.inputValue()).toBe('原因一');
    expect(await testText(page, 'paste-note')).toBe('已粘贴 2 行 × 1 列。');
    expect(errors).toEqual([]);
    await page.context().close();

    const suzhou = await openCalculator(browser, baseUrl, '/calculator/', DESKTOP);
    const more = suzhou.page.getByRole('button', { name: /计算过程/ }).first();
    await more.click();
    const text = suzhou.page.locator('#f-indicators-0-note');
    await text.waitFor();
    const before = await text.inputValue();
    await text.focus();
    await pasteText(suzhou.page, '差旅费\t3\r\n会议费\t2\r\n');
    await expect.poll(() => testText(suzhou.page, 'paste-note')).toBe(
      '“说明”一格只能放一段文字，粘贴的却是 2 行 × 2 列的表格：要粘贴整块，请点一下“指标名称”一格再粘贴（可粘贴的列依次为指标名称、目标值、权重、实际完成值、自评分）；只要一段文字，请只复制一个格子。表格没有改动。',
    );
    expect(await text.inputValue()).toBe(before);
    expect(suzhou.errors).toEqual([]);
    await suzhou.page.context().close();
  });
});

/** The accessible name of the focused element. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');

/** The seed form with a 16-row 产出 category (26 rows in all), long names, every self-score as the site scores it. */
function longForm(): Form {
  const form = seedForm();
  const others = form.indicators.filter((i) => i.category !== 'output');
  const output: IndicatorInput[] = Array.from({ length: 16 }, (_, n) => ({
    category: 'output',
    name: `第 ${n + 1} 项社区居家养老服务产出指标（服务人次与覆盖面）`,
    target: '≥100 人次',
    weight: '1.50',
    actual: '120 人次',
    selfScore: '1.50',
  }));
  return { ...form, indicators: [...others.slice(0, 6), ...output, ...others.slice(6)] };
}

describe('keyboard (item 5)', () => {
  it('添加 puts the cursor in the new row; Enter / ↓ / ↑ / Shift+Enter move along the column', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/', DESKTOP);
    await page.getByRole('button', { name: '＋ 添加产出指标' }).click();
    await expect.poll(() => focused(page)).toBe('产出第 6 项 指标名称');
    await page.keyboard.type('新指标');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('产出第 5 项 指标名称');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('产出第 6 项 指标名称');
    // Down past the category's last row goes on to the next category's first row, as on screen.
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('结果第 1 项 指标名称');

    await page.getByLabel('投入第 1 项“资金使用合规性” 实际完成值', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('投入第 2 项“财务制度健全性” 实际完成值');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('投入第 3 项“各级财政应承担资金到位率” 实际完成值');
    await page.keyboard.press('Shift+Enter');
    expect(await focused(page)).toBe('投入第 2 项“财务制度健全性” 实际完成值');
    // The whole cell is selected, so typing replaces it as in a spreadsheet.
    await page.keyboard.type('较好');
    expect(await page.getByLabel('投入第 2 项“财务制度健全性” 实际完成值', { exact: true }).inputValue()).toBe('较好');

    await page.getByRole('button', { name: '＋ 添加子项目' }).click();
    await expect.poll(() => focused(page)).toBe('第 4 个子项目 子项目名称');
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toBe('第 3 个子项目 子项目名称');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('central form: 添加 puts the cursor in 二级指标 (its first column); Enter moves down a column of 项目资金 too, and to the next field of 项目信息', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/central/', DESKTOP);
    await page.getByRole('button', { name: '＋ 添加产出指标' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('产出指标第 4 项 二级指标');

    await page.getByLabel('年度资金总额 年初预算数', { exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('当年财政拨款 年初预算数');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('上年结转资金 年初预算数');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('其他资金 年初预算数');
    await page.keyboard.press('Shift+Enter');
    expect(await focused(page)).toBe('上年结转资金 年初预算数');
    // The whole cell is selected, so typing replaces it as in a spreadsheet.
    await page.keyboard.type('7');
    expect(await page.getByLabel('上年结转资金 年初预算数', { exact: true }).inputValue()).toBe('7');
    await page.getByLabel('年度资金总额 全年执行数', { exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('当年财政拨款 全年执行数');
    // 分值 has no cell below it: Enter stays.
    await page.getByLabel('年度资金总额 分值', { exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('年度资金总额 分值');
    // 项目信息: Enter goes to the next field, Shift+Enter back (it did nothing).
    const ids = await page.locator('.fields-project :is(input, .field-wrap)').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.length).toBeGreaterThan(2);
    await page.locator(`#${ids[0]}`).focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids[1]);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids[2]);
    await page.keyboard.press('Shift+Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(ids[1]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('自评分 合计, quiet blank form, the status link (items 6, 7, 9)', () => {
  it('shows the 自评分 subtotals and 合计 beside the site’s total, with the difference', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/', DESKTOP);
    expect(await testText(page, 'self-score-total')).toBe('80.00');
    expect(await testText(page, 'self-score-output')).toBe('24.00');
    expect(await page.locator('.total-bar .total-self').textContent()).toBe('自评分合计 80.00');
    await page.getByLabel('产出第 1 项“改造小区数量” 自评分', { exact: true }).fill('3.80');
    await expect.poll(() => testText(page, 'self-score-total')).toBe('79.00');
    expect(await testText(page, 'self-score-output')).toBe('23.00');
    expect(await testText(page, 'table-total')).toBe('80.00');
    expect(await page.locator('.total-bar .total-self').textContent()).toBe('自评分合计 79.00（少 1.00 分）');
    expect(await page.locator('.total-bar .total-label').textContent()).toBe('总分本站计算');
    // Printed too: the 自评分 小计 and 合计 in their column, the site's total beside them.
    await askToPrint(page);
    expect(await page.getByTestId('print-self-score-total').textContent()).toBe('79.00');
    // The subtotal row's first cell continues the 类别 column, so the 自评分 小计 is its fifth cell.
    expect(await page.locator('.print-sheet .p-sub').nth(1).locator('td').nth(4).textContent()).toBe('23.00');
    // The status in the total bar is a link to the summary.
    const link = page.getByTestId('total-status-link');
    expect(await link.textContent()).toBe('1 处需要注意');
    expect(await link.getAttribute('href')).toBe('#h-checks');
    await link.click();
    // The summary is scrolled into view below the sticky total bar, and the editor stays (the hash is no share code).
    await expect.poll(() => page.evaluate(() => Math.round(document.getElementById('h-checks')!.getBoundingClientRect().top))).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.getElementById('h-checks')!.getBoundingClientRect().top < innerHeight / 2)).toBe(true);
    expect(await page.getByTestId('shared-view').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a new blank form says “not filled yet” quietly until a row is touched or a check is asked for', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/', DESKTOP);
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '新建空白表' }).click();
    await expect.poll(() => page.locator('.total-status').textContent()).toBe('9 处尚未填写');
    expect(await page.locator('.check').count()).toBe(0);
    expect(await page.locator('.field-msg').count()).toBe(0);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    expect(await testText(page, 'checks-quiet')).toContain('新表：未填写的 9 处暂不提示');
    // After a reload the untouched blank form (restored from autosave) is just as quiet.
    await page.reload();
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.total-status').textContent()).toBe('9 处尚未填写');
    expect(await page.locator('.check').count()).toBe(0);
    // Touching a row brings its own check (and only its own).
    await page.getByLabel('投入第 2 项“财务制度健全性” 目标值', { exact: true }).fill('健全');
    await expect.poll(() => page.locator('.check').count()).toBe(1);
    expect(await page.locator('.check[data-code="MISSING_ACTUAL"]').count()).toBe(1);
    expect(await page.locator('.total-status').textContent()).toBe('1 处需要注意');
    await page.getByRole('button', { name: '检查全表' }).click();
    await expect.poll(() => page.locator('.check').count()).toBe(9);
    expect(await page.getByTestId('checks-quiet').count()).toBe(0);
    // A form someone has typed in shows every check after a reload, as before it.
    const missing = await page.locator('.check[data-code="MISSING_ACTUAL"]').count();
    await page.getByLabel('投入第 2 项“财务制度健全性” 实际完成值', { exact: true }).fill('健全');
    await expect.poll(() => page.locator('.check[data-code="MISSING_ACTUAL"]').count()).toBe(missing - 1);
    const shown = await page.locator('.check').allTextContents();
    await page.reload();
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.check').allTextContents()).toEqual(shown);
    expect(await page.getByTestId('checks-quiet').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the shared report marks the row whose 自评分 differs, and shows the 自评分 合计 beside the site’s total', async () => {
    const form = seedForm();
    form.indicators[6]!.selfScore = '3.80';
    const { page, errors } = await openCalculator(browser, baseUrl, `/calculator/#${encodeForm(form)}`, DESKTOP);
    await page.getByTestId('shared-view').waitFor();
    const marked = page.locator('.rp-has-gap');
    expect(await marked.count()).toBe(1);
    expect(await marked.locator('th').textContent()).toBe('改造小区数量');
    expect(await marked.getByTestId('report-row-gap').textContent()).toBe(' ≠ 比本站少 1.00');
    expect(await page.locator('.report').getByTestId('self-score-total').textContent()).toBe('79.00');
    expect(await testText(page, 'report-total')).toBe('80.00');
    expect(await page.locator('.rp-total-gap').textContent()).toBe('自评分合计 79.00 比本站计算的 80.00 少 1.00 分（逐项差异见标有 ≠ 的行）。');
    // Check codes are small secondary text after the message.
    const code = page.locator('.rp-checks .check-code').first();
    expect(await code.evaluate((el) => parseFloat(getComputedStyle(el).fontSize) < parseFloat(getComputedStyle(el.parentElement!).fontSize))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('seeing where you are (item 8)', () => {
  it('at 1366×768 (and 1152, 1024) the indicator table’s headings stay in view just below the sticky total bar while scrolling', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/', DESKTOP);
    for (const [width, row] of [[1366, 8], [1366, 11], [1366, 14], [1152, 11], [1024, 11]] as const) {
      await page.setViewportSize({ width, height: 768 });
      // The row a little below the middle of the screen, the table's top scrolled away.
      await page.locator('.indicator-row').nth(row).evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY - 360));
      // A resized bar is measured in the next frame (ResizeObserver), as the page lays out: wait for it.
      await expect
        .poll(() => page.evaluate(() => document.documentElement.style.getPropertyValue('--bar-h') === `${document.querySelector('.total-bar')!.getBoundingClientRect().height}px`))
        .toBe(true);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const box = await page.evaluate(() => {
        const bar = document.querySelector('.total-bar')!.getBoundingClientRect();
        const head = document.querySelector('.indicator-table thead th:nth-child(2)')!.getBoundingClientRect();
        const table = document.querySelector('.indicator-table')!.getBoundingClientRect();
        return { barBottom: bar.bottom, headTop: head.top, headBottom: head.bottom, headLeft: head.left, tableTop: table.top };
      });
      expect(box.tableTop).toBeLessThan(0);
      expect(box.headTop).toBeGreaterThanOrEqual(box.barBottom);
      // No strip of the rows scrolling behind shows between the bar and the headings.
      expect(box.headTop - box.barBottom, `${width} px`).toBeLessThan(6);
      expect(box.headBottom).toBeLessThan(200);
      // The heading is what is on top at its own place: not covered by the bar.
      const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.textContent ?? '', { x: box.headLeft + 8, y: box.headTop + 5 });
      expect(top).toBe('指标名称');
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('on a 375 px phone the total stays in view while a field is edited, and 子项目名称 is readable', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/', PHONE);
    const name = page.locator('#f-subprojects-1-name');
    await name.focus();
    await page.evaluate(() => scrollBy(0, 300));
    const bar = await page.locator('.total-bar').boundingBox();
    expect(bar!.y).toBeGreaterThanOrEqual(0);
    expect(bar!.y).toBeLessThan(2);
    expect(await page.getByTestId('total-score').isVisible()).toBe(true);
    // The name field is (nearly) the width of the table, and shows the whole name.
    const field = await name.boundingBox();
    const table = await page.getByTestId('subprojects').boundingBox();
    expect(field!.width).toBeGreaterThan(table!.width * 0.75);
    expect(await name.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await name.blur();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.total-bar')!).position)).toBe('static');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** The text of each printed A4 page (poppler's pdftotext, layout kept). */
async function printedPages(page: Page): Promise<string[]> {
  await askToPrint(page);
  await page.emulateMedia({ media: 'print' });
  const file = join(mkdtempSync(join(tmpdir(), 'ux-print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim() !== '');
}

describe('printing (item 11)', () => {
  it('a 22-row form prints with the headings on every page, none orphaned, the 说明 notes, and a full first page', async () => {
    const form = longForm();
    form.indicators[8]!.note = '因疫情延期一个月，已于年底前补齐。';
    const { page, errors } = await openCalculator(browser, baseUrl, `/calculator/#${encodeForm(form)}`, DESKTOP);
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '编辑副本' }).click();
    await expect.poll(() => page.locator('.indicator-row').count()).toBe(26);
    const pages = await printedPages(page);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const rowNames = form.indicators.map((i) => i.name.slice(0, 8));
    const isHeading = (line: string) => /类别\s+指标名称\s+目标值/.test(line);
    // First page: the form's head, the indicator headings and the first rows (not pushed to page 2).
    expect(pages[0]).toContain('项目主管部门');
    expect(pages[0]!.split('\n').some(isHeading)).toBe(true);
    expect(pages[0]).toContain('资金使用合规性');
    pages.forEach((text, n) => {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      const hasRows = rowNames.some((name) => text.includes(name));
      if (!hasRows) return;
      // Every page with indicator rows starts them under the headings.
      expect(lines.some(isHeading), `page ${n + 1} headings`).toBe(true);
      // The headings are never the last thing on a page.
      const last = lines.map(isHeading).lastIndexOf(true);
      expect(lines.slice(last + 1).some((l) => rowNames.some((name) => l.includes(name))), `page ${n + 1} orphaned headings`).toBe(true);
    });
    const all = pages.join('\n');
    expect(all).toContain('说明：因疫情延期一个月，已于年底前补齐。');
    expect(all).toContain('得分（本站计算）');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the central form prints its 偏差原因 column wide enough for a few sentences, and 合计 100.00 whole', async () => {
    const form = JSON.parse(readFileSync(new URL('../../content/examples/central-2022-skills-training.json', import.meta.url), 'utf8')) as Form;
    // Five rows with a 92-character note each (a tester's form went from 2 pages to 4 with them).
    const note = '受场地改造影响，两期培训顺延至次年一季度举办，已与承办机构签订补充协议，明确次年三月底前完成全部课时并同步开展就业跟踪回访工作，确保目标。';
    form.indicators.slice(0, 5).forEach((row) => (row.note = note));
    const { page, errors } = await openCalculator(browser, baseUrl, `/calculator/#${encodeForm(form)}`, DESKTOP);
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '编辑副本' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe(form.project!.name!);
    const pages = await printedPages(page);
    expect(pages.length, 'the form and its notes fit on two A4 pages (three with the old six-character column)').toBeLessThanOrEqual(2);
    const widths = await page.locator('.print-indicators col').evaluateAll((cols) => cols.map((c) => [c.className, Math.round(c.getBoundingClientRect().width)]));
    const noteWidth = widths.find(([name]) => name === 'p-col-note')![1] as number;
    const nameWidth = widths.find(([name]) => name === 'p-col-name')![1] as number;
    expect(noteWidth, '偏差原因 is the widest column').toBeGreaterThan(nameWidth);
    expect(pages.join('\n')).toMatch(/合计\s+100\.00\s+/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the central shared report prints its total as one figure (96.98 / 100)', async () => {
    const form = JSON.parse(readFileSync(new URL('../../content/examples/central-2022-skills-training.json', import.meta.url), 'utf8')) as Form;
    const { page, errors } = await openCalculator(browser, baseUrl, `/calculator/#${encodeForm(form)}`, DESKTOP);
    await page.getByTestId('shared-view').waitFor();
    const all = (await printedPages(page)).join('\n');
    // The 合计 cell may wrap after its figure (it once kept “96.98 / 100，等级 优” on one line, widening
    // 得分 and leaving 三级指标 four characters wide), but never inside “96.98 / 100”.
    expect(all).toMatch(/\d+\.\d\d \/ 100/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the shared report prints its title and total once, and keeps each explanation in one piece', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, `/calculator/#${encodeForm(longForm())}`, DESKTOP);
    await page.getByTestId('shared-view').waitFor();
    const pages = await printedPages(page);
    const all = pages.join('\n');
    expect(all.match(/苏州市级财政支出项目绩效自评表/g)?.length).toBe(1);
    expect(all.match(/80\.00 \/ 80/g)?.length).toBe(1);
    expect(await page.locator('.rp-explain').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    // Every explanation is printed (open), though collapsed on a phone screen.
    expect(all).toContain(longForm().indicators[8]!.name.slice(0, 8));
    expect(await page.locator('.shared-view details:not([open])').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the shared report on a 375 px phone (item 10)', () => {
  it('22 rows: a short summary on top, name and score readable together, explanations collapsed', async () => {
    const form = longForm();
    form.indicators[7]!.selfScore = '1.00';
    const { page, errors } = await openCalculator(browser, baseUrl, `/calculator/#${encodeForm(form)}`, PHONE);
    await page.getByTestId('shared-view').waitFor();
    // The summary on top: total, 自评分合计, errors — within the first screen.
    const bar = await page.locator('.shared-view .total-bar').boundingBox();
    expect(bar!.y + bar!.height).toBeLessThan(PHONE.height);
    expect(await page.locator('.shared-view .total-bar .total-self').textContent()).toBe('自评分合计 79.50（少 0.50 分）');
    expect(await page.locator('.shared-view .total-status').textContent()).toBe('1 处需要注意');
    // Rows are stacked cards: the name spans the card, the score is labelled beside the others.
    const row = page.locator('.rp-row').nth(8);
    const name = await row.locator('th').boundingBox();
    const card = await row.boundingBox();
    expect(name!.width).toBeGreaterThan(card!.width * 0.8);
    expect(await row.locator('.rp-score').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"本站得分 "');
    expect(await page.locator('.rp-row').count()).toBe(26);
    expect(await page.locator('.rp-steps').first().isVisible()).toBe(false);
    // No WCAG 2.2 A/AA violation at this width (the budget tables that scroll sideways are focusable regions).
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const axe = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa'] } })`)) as { violations: { id: string }[] };
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(await page.locator('.rp-summary').first().isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The money tables (up to six columns of amounts) fit the phone too: none scrolls sideways in its box.
    const scrolling = await page.locator('.shared-view .table-wrap').evaluateAll((boxes) =>
      boxes.filter((b) => b.scrollWidth > b.clientWidth).map((b) => `${b.getAttribute('aria-label')} ${b.scrollWidth}/${b.clientWidth}`),
    );
    expect(scrolling).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('losing nothing (item 12)', () => {
  it('新建空白表, 恢复示例 and 编辑副本 keep the replaced form and offer it back, also after a reload', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/', DESKTOP);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    const kept = page.getByTestId('replaced-forms');
    await page.locator('#f-project-name').fill('我的养老服务表');
    await page.getByRole('button', { name: '新建空白表' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('');
    await expect.poll(() => kept.locator('summary').textContent()).toBe('找回被替换的表单（1）');
    expect(await kept.getAttribute('open')).toBe('');
    expect(await kept.locator('li span').first().textContent()).toMatch(/^我的养老服务表，15 项指标，\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2}:\d{2} 被替换$/);
    await kept.getByRole('button', { name: '恢复这张表' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('我的养老服务表');
    // The blank form it replaced was not worth keeping; the list is empty again.
    await expect.poll(() => kept.count()).toBe(0);

    // 恢复示例 keeps it too, and the list survives a reload.
    await page.getByRole('button', { name: '恢复示例' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('全国城镇老旧小区改造试点城市项目');
    await page.reload();
    await page.locator('astro-island > *').first().hover({ position: { x: 4, y: 4 } });
    await expect.poll(() => kept.locator('summary').textContent()).toBe('找回被替换的表单（1）');
    expect(await kept.getAttribute('open')).toBeNull();

    // 编辑副本 replaces the autosaved form with a shared one: the autosaved one is kept.
    await kept.locator('summary').click();
    await kept.getByRole('button', { name: '恢复这张表' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('我的养老服务表');
    const shared = { ...seedForm(), project: { name: '分享来的表', year: 2020 } };
    await page.goto(`${baseUrl}/calculator/#${encodeForm(shared)}`);
    await page.getByTestId('shared-view').waitFor();
    await page.getByRole('button', { name: '编辑副本' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('分享来的表');
    await expect.poll(() => kept.locator('li span').first().textContent()).toMatch(/^我的养老服务表，/);
    await kept.getByRole('button', { name: '恢复这张表' }).first().click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('我的养老服务表');
    // The shared copy it replaced is kept in its turn.
    await expect.poll(() => kept.locator('li span').first().textContent()).toMatch(/^分享来的表，/);
    expect(dialogs.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the same elsewhere on the site', () => {
  it('the guide’s budget mini-calculator reads amounts with 万 / 万元 and explains 元, as the calculator does', async () => {
    const { page, errors } = await openPage(browser, baseUrl, DESKTOP);
    await page.goto(`${baseUrl}/indicators/budget-execution-rate/`);
    const field = page.locator('#ber-budget-funds-actualPayment');
    await field.scrollIntoViewIfNeeded();
    await page.waitForSelector('astro-island:not([ssr]) #ber-budget-funds-actualPayment');
    const box = page.locator('section.mini-calc').filter({ has: field });
    await field.fill('99万元');
    await expect.poll(() => box.getByTestId('mini-rate').textContent()).toBe('90.00%');
    await field.fill('990,000元');
    await expect.poll(() => box.textContent()).toContain('实际支付数单位是元：这一栏以万元为单位，请除以 10000 换算（990000 元 = 99 万元，可填 99）');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('a tester’s findings: the toolbar’s status, a blank form of either kind', () => {
  it('each action’s outcome replaces the last one’s message (「已新建…」 is gone after 恢复示例); an error stays until the next action', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/', DESKTOP);
    page.on('dialog', (d) => void d.accept());
    await page.getByTestId('form-choice').getByRole('button', { name: '中央部门 100 分' }).click();
    await expect.poll(() => testText(page, 'toolbar-message')).toBe('已新建一张空白的项目支出绩效自评表（中央部门 100 分）。');
    await page.getByRole('button', { name: '恢复示例' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).not.toBe('');
    expect(await page.getByTestId('toolbar-message').count()).toBe(0);
    // An error stays while the visitor types, and goes with the next action.
    await page.context().setOffline(true);
    await page.getByRole('button', { name: '导出 CSV' }).click();
    await expect.poll(() => testText(page, 'toolbar-message')).toBe('“导出 CSV”所需的文件没有载入（网络可能已断开）：请联网后再试一次。当前的表格没有改动。');
    await page.locator('#f-project-name').fill('改了名字');
    expect(await testText(page, 'toolbar-message')).toBe('“导出 CSV”所需的文件没有载入（网络可能已断开）：请联网后再试一次。当前的表格没有改动。');
    await page.context().setOffline(false);
    await page.getByRole('button', { name: '新建空白表' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('');
    expect(await page.getByTestId('toolbar-message').count()).toBe(0);
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
    await page.context().close();
  });

  it('a new blank central form is as quiet as a blank Suzhou form: nothing red until a row is typed in or 检查全表 is asked for', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/central/', DESKTOP);
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '新建空白表' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('');
    await expect.poll(() => page.locator('.total-status').textContent()).toBe('1 处尚未填写');
    expect(await page.locator('.issues').count()).toBe(0);
    expect(await page.locator('[role="alert"]:visible').count()).toBe(0);
    expect(await testText(page, 'checks-quiet')).toContain('新表：未填写的 1 处暂不提示');
    // As quiet after a reload (restored from autosave).
    await page.reload();
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.total-status').textContent()).toBe('1 处尚未填写');
    expect(await page.locator('.issues').count()).toBe(0);
    // 检查全表 shows what is missing, as on the Suzhou form.
    await page.getByRole('button', { name: '检查全表' }).click();
    await expect.poll(() => page.locator('.issues').textContent()).toContain('指标表：至少要有一项指标。');
    expect(await page.locator('.total-status').textContent()).toBe('表格有无法计分的内容');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
