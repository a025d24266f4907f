import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeForm } from '../../src/share/link-codec.ts';
import { launchBrowser } from './browser.ts';
import { askToPrint, openCalculator, pasteText, testText, typeCentralForm } from './calculator-helpers.ts';

/** The central form (central-2020) in the calculator: choice of form, its layout, tiers, paste, files, links, print (issue 10). */
const baseUrl = inject('baseUrl');
const worked = JSON.parse(readFileSync(new URL('../cases/central-worked-example.json', import.meta.url), 'utf8')) as {
  form: { ruleSet: string; indicators: unknown[] };
  expected: { total: string; grade: string; categories: Record<string, string>; indicators: { score: string }[] };
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the calculator and imports the worked central example as a JSON file. */
async function openWorked(viewport?: { width: number; height: number }) {
  const opened = await openCalculator(browser, baseUrl, '/calculator/', viewport);
  opened.page.on('dialog', (d) => void d.accept());
  await opened.page.getByTestId('import-file').setInputFiles({ name: 'central.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(worked.form)) });
  await expect.poll(() => testText(opened.page, 'total-score')).toBe(worked.expected.total);
  return opened;
}

const scores = (page: Page) => page.getByTestId('indicator-score').allTextContents();

describe('calculator: the central 100-point form', () => {
  it('offers the choice of form and starts a blank central form laid out as on paper', async () => {
    const { page, errors, foreign } = await openCalculator(browser, baseUrl);
    const choice = page.getByTestId('form-choice');
    expect(await choice.getByRole('button', { name: '苏州市级 80 分' }).getAttribute('aria-pressed')).toBe('true');
    await choice.getByRole('button', { name: '中央部门 100 分' }).click();
    await page.locator('.money-table').waitFor();
    expect(await choice.getByRole('button', { name: '中央部门 100 分' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.total-value').textContent()).toBe('— / 100');
    const heads = await page.locator('.money-table thead th').allTextContents();
    expect(heads).toEqual(['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(await page.locator('.money-table tbody th').allTextContents()).toEqual(['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金']);
    expect(await page.locator('.indicator-table thead th').allTextContents()).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '自评得分',
      '偏差原因分析及改进措施',
      '得分',
      '操作',
    ]);
    expect(await page.getByLabel('预期目标').count()).toBe(1);
    expect(await page.getByLabel('实施单位').count()).toBe(1);
    // Type a form in: an indicator (a form needs one to be scored), then the execution row.
    // The central categories are named …指标 already: the button says 添加产出指标, not 添加产出指标指标.
    expect(await page.locator('.add-row').allTextContents()).toEqual(['＋ 添加产出指标', '＋ 添加效益指标', '＋ 添加满意度指标']);
    await typeCentralForm(page);
    expect(await testText(page, 'execution-rate')).toBe('92.00%');
    await expect.poll(() => scores(page)).toEqual(['45.00', '—', '—']);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('scores the worked example to the cent: total, grade, the four parts and every row', async () => {
    const { page, errors } = await openWorked();
    expect(await testText(page, 'grade')).toBe(worked.expected.grade);
    for (const [id, score] of Object.entries(worked.expected.categories)) expect(await testText(page, `category-score-${id}`), id).toBe(score);
    expect(await scores(page)).toEqual(worked.expected.indicators.map((i) => i.score));
    // The 自评得分合计 (the central form's word, selfScoreTerm) counts the 预算执行率 row's 9.20 (C1): it agrees with the site's total, no difference.
    expect(await page.locator('.total-bar .total-self').textContent()).toBe('自评得分合计 96.98');
    expect(await testText(page, 'self-score-total')).toBe('96.98');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('blank 自评得分 are not counted as 0: the 合计 says how many rows are blank and compares the filled rows only (editor, print, shared report)', async () => {
    const { page, errors } = await openWorked();
    await page.getByLabel('产出指标第 2 项“验收合格率” 自评得分', { exact: true }).fill('');
    await page.getByLabel('效益指标第 1 项“带动就业人数” 自评得分', { exact: true }).fill('');
    await page.getByLabel('产出指标第 1 项“培训人次” 自评得分', { exact: true }).fill('19.4');
    await expect.poll(() => testText(page, 'self-score-total')).toBe('68.38');
    expect(await page.locator('.total-bar .total-self').textContent()).toBe('自评得分合计 68.38（2 项未填自评得分；已填的 5 项多 1.40 分）');
    await askToPrint(page);
    expect(await page.getByTestId('print-self-score-total').textContent()).toBe('68.38');
    expect(await page.getByTestId('print-self-score-total-blank').textContent()).toBe('2 项未填');
    const form = structuredClone(worked.form) as { indicators: { selfScore?: string | number }[] };
    delete form.indicators[1]!.selfScore;
    delete form.indicators[3]!.selfScore;
    form.indicators[0]!.selfScore = '19.4';
    await page.goto(`${baseUrl}/calculator/#${encodeForm(form as never)}`);
    await page.getByTestId('shared-view').waitFor();
    expect(await page.locator('.total-bar .total-self').textContent()).toBe('自评得分合计 68.38（2 项未填自评得分；已填的 5 项多 1.40 分）');
    expect(await page.locator('.rp-total-gap').textContent()).toBe(
      '自评得分合计 68.38 不含 2 项未填自评得分的指标，不与本站计算的总分 96.98 比较；已填自评得分的 5 项合计比本站对这些项的计算多 1.40 分（逐项差异见标有 ≠ 的行）。',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a funds cell typed in 元 is explained (divide by 10000), not called 未填; the 执行率 hint follows the option executionBase', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/central/');
    await page.locator('#f-execution-total-fullYearBudget').fill('11500000元');
    await expect.poll(() => page.locator('#msg-f-execution-total-fullYearBudget').textContent()).toBe(
      '错误：年度资金总额的“全年预算数”“11500000元”单位是元：这一栏以万元为单位，请除以 10000 换算（11500000 元 = 1150 万元，可填 1150）。这一格暂不计入，其余照常计分。' +
        // The sub-rows add up to 500 (the example): the engine uses their sum and says so beside the cell (C5, P3).
        '错误：年度资金总额的“全年预算数”“11500000元”读不出数字，而当年财政拨款、上年结转资金、其他资金三行合计 500.00 万元：本站按合计 500.00 万元计算，请把这一格改为以万元为单位的数字（本站解读 C5）。',
    );
    expect((await page.locator('.check').allTextContents()).filter((t) => t.includes('未填'))).toEqual([]);
    await page.locator('#f-execution-total-fullYearBudget').fill('500万元');
    await expect.poll(() => page.locator('#msg-f-execution-total-fullYearBudget').count()).toBe(0);
    // The hint under the table states the formula the score uses: 全年预算数 by default, 年初预算数 under the option.
    expect(await testText(page, 'money-table-note')).toMatch(/^执行率 = 全年执行数 ÷ 全年预算数，/);
    await page.locator('.options-panel summary').click();
    await page.locator('#f-options-executionBase').selectOption('initial');
    await expect.poll(() => testText(page, 'money-table-note')).toMatch(/^执行率 = 全年执行数 ÷ 年初预算数，/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an unreadable 年度资金总额 cell is never replaced silently: the cell says it, FUND_TOTAL_MISMATCH says the sub-rows\' sum is used, the steps and the rate advice say so too (C5)', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/central/');
    await page.locator('#f-execution-appropriation-executed').fill('100');
    await page.locator('#f-execution-total-executed').fill('约460');
    await expect.poll(() => page.locator('#msg-f-execution-total-executed').textContent()).toBe(
      '错误：年度资金总额的“全年执行数”“约460”不是数字：应为以万元为单位的数字，如 1234.5、1,234.5、1234.5万 或 1234.5万元（最多 12 位整数、6 位小数）；以元为单位的金额请先除以 10000 换算成万元。这一格暂不计入，其余照常计分。' +
        '错误：年度资金总额的“全年执行数”“约460”读不出数字，而当年财政拨款、上年结转资金、其他资金三行合计 100.00 万元：本站按合计 100.00 万元计算，请把这一格改为以万元为单位的数字（本站解读 C5）。',
    );
    const checks = await page.locator('.check').allTextContents();
    expect(checks.filter((t) => t.includes('三行合计'))).toHaveLength(3);
    expect(checks.some((t) => t.includes('请改为 20.00%'))).toBe(false);
    expect(checks.some((t) => t.includes('表上的执行率为 92%，而年度资金总额的“全年执行数”读不出数字，本站按其中三行合计算出 20.00%：请先把年度资金总额的“全年执行数”填成正确的金额，再核对执行率。'))).toBe(true);
    await page.locator('.execution-steps summary').click();
    await expect.poll(() => page.locator('.execution-steps').textContent()).toContain('执行率 = 全年执行数 ÷ 全年预算数 = 100（其中三行合计；年度资金总额的这一格读不出数字） ÷ 500 = 20.00%。');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('takes 年度 as ２０２４ or 2024年, and 分值 / 自评得分 as 8分, with no message (R4)', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/central/');
    await page.locator('#f-project-year').fill('２０２４');
    await page.getByLabel('产出指标第 1 项“培训人次” 分值', { exact: true }).fill('20分');
    await page.getByLabel('产出指标第 1 项“培训人次” 自评得分', { exact: true }).fill('１８分');
    await expect.poll(() => testText(page, 'total-score')).toBe(worked.expected.total);
    expect(await page.locator('.field-msg').count()).toBe(0);
    await page.locator('#f-project-year').fill('2024年');
    await page.locator('#f-project-year').fill('二〇二四');
    await expect.poll(() => page.locator('#msg-f-project-year').textContent()).toBe('错误：“年度”应为四位年份，如 2020。这一格暂不计入，其余照常计分。');
    await page.locator('#f-project-year').fill('2024年');
    await expect.poll(() => page.locator('#msg-f-project-year').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the shared report’s 执行率 line follows the option executionBase', async () => {
    const form = structuredClone(worked.form) as { options?: Record<string, string> };
    form.options = { executionBase: 'initial' };
    const { page, errors } = await openCalculator(browser, baseUrl, `/calculator/#${encodeForm(form as never)}`);
    await page.getByTestId('shared-view').waitFor();
    expect(await page.locator('.report .rp-rate').first().textContent()).toMatch(/^执行率 = 全年执行数 ÷ 年初预算数 = /);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers the three tiers on a qualitative row and shows the band the chosen tier allows', async () => {
    const { page, errors } = await openWorked();
    const tier = page.getByLabel('效益指标第 2 项“社会效益” 完成等级', { exact: true });
    // The options name the tiers (the column is narrow); each writes its phrase into 实际完成值.
    expect(await tier.locator('option').allTextContents()).toEqual(['选择完成等级…', '达成', '部分达成', '未达成']);
    expect(await tier.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['', '达成年度指标', '部分达成年度指标并具有一定效果', '未达成年度指标且效果较差']);
    // No self-score: the tier's default share (70 %) of 15.
    await page.getByLabel('效益指标第 2 项“社会效益” 自评得分', { exact: true }).fill('');
    await tier.selectOption('部分达成年度指标并具有一定效果');
    await expect.poll(() => page.getByTestId('indicator-score').nth(4).textContent()).toBe('10.50');
    expect(await page.getByLabel('效益指标第 2 项“社会效益” 实际完成值', { exact: true }).inputValue()).toBe('部分达成年度指标并具有一定效果');
    expect(await page.getByTestId('tier-band').first().textContent()).toBe('部分达成：可得 9.00～12.00 分（不含 12.00）');
    await expect.poll(() => testText(page, 'total-score')).toBe('92.48');
    expect(await testText(page, 'grade')).toBe('优');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the 完成等级 picker shows the tier read from a typed actual, and never loses what was typed (↓ on the closed picker)', async () => {
    const { page, errors } = await openWorked();
    const row = '产出指标第 2 项“验收合格率”';
    const actual = page.getByLabel(`${row} 实际完成值`, { exact: true });
    await page.getByLabel(`${row} 年度指标值`, { exact: true }).fill('2024年12月31日前');
    await actual.fill('2024年11月28日');
    const tier = page.getByLabel(`${row} 完成等级`, { exact: true });
    const undo = page.getByTestId('tier-undo').first();
    // Scored 达成 from the date: the picker says so, as the hint beside it does.
    await expect.poll(() => tier.locator('option').first().textContent()).toBe('达成（由实际完成值读出）');
    expect(await tier.inputValue()).toBe('');
    expect(await page.getByTestId('tier-band').first().textContent()).toBe('达成：可得 12.00～15.00 分');
    // The target repeated as the actual is 达成 too.
    const same = '产出指标第 3 项“按时完成率”';
    await page.getByLabel(`${same} 年度指标值`, { exact: true }).fill('全部完成');
    await page.getByLabel(`${same} 实际完成值`, { exact: true }).fill('全部完成');
    await expect.poll(() => page.getByLabel(`${same} 完成等级`, { exact: true }).locator('option').first().textContent()).toBe('达成（由实际完成值读出）');

    // ↓ on the closed picker changes it (Chromium): the date is replaced, and the note keeps it.
    await tier.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => actual.inputValue()).toBe('达成年度指标');
    expect(await undo.textContent()).toBe('已替换原填的“2024年11月28日”。');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => actual.inputValue()).toBe('部分达成年度指标并具有一定效果');
    expect(await undo.textContent()).toBe('已替换原填的“2024年11月28日”。');
    await page.getByRole('button', { name: `恢复${row}原填的实际完成值“2024年11月28日”` }).click();
    await expect.poll(() => actual.inputValue()).toBe('2024年11月28日');
    expect(await undo.textContent()).toBe('');
    expect(await tier.inputValue()).toBe('');
    // ↓ then ↑ back to the first option puts the date back as well.
    await tier.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => actual.inputValue()).toBe('达成年度指标');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => actual.inputValue()).toBe('2024年11月28日');
    expect(await undo.textContent()).toBe('');
    // Typing in the cell after a choice: the new text is the user's, the note goes.
    await tier.selectOption('达成年度指标');
    await expect.poll(() => undo.textContent()).toBe('已替换原填的“2024年11月28日”。');
    await actual.fill('2024年12月5日');
    await expect.poll(() => undo.textContent()).toBe('');
    expect(await page.getByRole('button', { name: /原填的实际完成值/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pastes rows in the central column order, with the header row and the 一级/二级 columns', async () => {
    const { page, errors } = await openWorked();
    await page.getByLabel('产出指标第 1 项 三级指标', { exact: true }).focus();
    const block = [
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '产出指标\t数量指标\t培训人次\t≥2000人次\t2000人次\t20\t20\t',
      '\t质量指标\t验收合格率\t=100%\t100%\t15\t15\t',
    ].join('\r\n');
    await pasteText(page, block);
    await expect.poll(() => testText(page, 'paste-note')).toContain('已粘贴 2 行');
    await expect.poll(() => page.getByTestId('indicator-score').first().textContent()).toBe('20.00');
    expect(await page.getByLabel('产出指标第 1 项“培训人次” 二级指标', { exact: true }).inputValue()).toBe('数量指标');
    // Without a header: 二级指标 as the first column.
    await page.getByLabel('满意度指标第 1 项 三级指标', { exact: true }).focus();
    await pasteText(page, '服务对象满意度指标\t学员满意度\t≥90%\t90%\t10\t10\t\r\n');
    await expect.poll(() => page.getByLabel('满意度指标第 1 项“学员满意度” 二级指标', { exact: true }).inputValue()).toBe('服务对象满意度指标');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a whole table pasted (header row and 一级指标 column) replaces the rows from the paste point down, says which rows it took out, and 撤销粘贴 puts them back (P1)', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/central/');
    await page.getByLabel('产出指标第 1 项“培训人次” 二级指标', { exact: true }).focus();
    const block = [
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '产出指标\t数量指标\t养护里程\t≥120公里\t126公里\t50\t50\t',
      '效益指标\t社会效益指标\t通行条件改善\t明显改善\t达成年度指标\t30\t30\t',
      '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t92%\t10\t10\t',
    ].join('\r\n');
    await pasteText(page, block);
    await expect.poll(() => testText(page, 'paste-note')).toBe(
      '已粘贴 3 行 × 7 列（跳过了表头行、“一级指标”列）。这是带“一级指标”列的整张表，各一级指标从粘贴处往下换成了粘贴的行：原有的 3 行（“验收合格率”、“按时完成率”、“社会效益”）已删去。点“撤销粘贴”可恢复，原来的表也保存在“找回被替换的表单”中。',
    );
    const names = () => page.locator('[id^="f-indicators-"][id$="-name"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(await names()).toEqual(['养护里程', '通行条件改善', '群众满意度']);
    // 9.20 for the execution row + 50 + 30 + 10: no old row counted on top.
    await expect.poll(() => testText(page, 'total-score')).toBe('99.20');
    expect(await page.getByTestId('replaced-forms').count()).toBe(1);
    await page.getByTestId('paste-undo').click();
    await expect.poll(() => names()).toEqual(['培训人次', '验收合格率', '按时完成率', '带动就业人数', '社会效益', '服务对象满意度']);
    await expect.poll(() => testText(page, 'total-score')).toBe(worked.expected.total);
    expect(await testText(page, 'paste-note')).toBe('已撤销粘贴：表格恢复到粘贴之前。');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the central form through autosave, a share link, JSON/CSV export and print', async () => {
    const { page, errors } = await openWorked();
    await page.getByLabel('年度资金总额 全年执行数', { exact: true }).fill('480');
    await expect.poll(() => testText(page, 'category-score-execution')).toBe('9.60');
    await page.reload();
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await expect.poll(() => testText(page, 'total-score'), { timeout: 10_000 }).toBe('97.38');
    expect(await page.getByLabel('年度资金总额 全年执行数', { exact: true }).inputValue()).toBe('480');
    // CSV export.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFF项目支出绩效自评表');
    expect(csv).toContain('项目资金：年度资金总额的全年执行数（万元）,480');
    // Print: the official table's words.
    await askToPrint(page);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    const text = (await sheet.textContent()) ?? '';
    for (const words of ['项目支出绩效自评表（2022 年度）', '年度资金总额', '偏差原因分析及改进措施', '二级指标', '97.38', '等级：优']) expect(text, words).toContain(words);
    await page.emulateMedia({ media: 'screen' });
    // A v1 share link of a central form opens as the explained report.
    await page.goto(`${baseUrl}/calculator/#${encodeForm(worked.form as never)}`);
    await page.getByTestId('shared-view').waitFor();
    expect(await testText(page, 'report-total')).toBe(worked.expected.total);
    expect(await testText(page, 'report-grade')).toBe('优');
    expect(await testText(page, 'report-category-execution')).toBe('9.20');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // Issue 10: the seven-column table used to be 76rem wide, wider than the page at 1280 px; the
  // indicator block clips what overflows it (content-visibility), so 得分 was cut and 操作 hidden.
  for (const width of [1280, 1024]) {
    it(`fits its indicator table at ${width} px: no sideways overflow, every 得分 cell fully visible`, async () => {
      const { page, errors } = await openWorked({ width, height: 900 });
      const table = page.locator('.indicator-table');
      await table.scrollIntoViewIfNeeded();
      const fit = await table.evaluate((t) => {
        const scroller = t.closest('.table-scroll') as HTMLElement;
        const block = t.closest('.form-block') as HTMLElement;
        const edge = block.getBoundingClientRect();
        // The block's content box: what it shows (it clips at its padding box; the content box is stricter).
        const style = getComputedStyle(block);
        const left = edge.left + parseFloat(style.borderLeftWidth);
        const right = edge.right - parseFloat(style.borderRightWidth);
        const cells = [...t.querySelectorAll<HTMLElement>('tbody .score-cell, .subtotal-row td:nth-last-child(2), tfoot td:nth-last-child(2)')];
        const hidden = cells
          .filter((c) => {
            const r = c.getBoundingClientRect();
            const inner = c.querySelector<HTMLElement>('.score-button') ?? c;
            return r.width === 0 || r.left < left || r.right > right || inner.scrollWidth > inner.clientWidth;
          })
          .map((c) => c.textContent);
        const actionsOut = [...t.querySelectorAll<HTMLElement>('.action-cell')].filter((c) => c.getBoundingClientRect().right > right).length;
        const heading = [...t.querySelectorAll('thead th')].find((th) => th.textContent === '得分')!.getBoundingClientRect();
        return {
          scrollWidth: scroller.scrollWidth,
          clientWidth: scroller.clientWidth,
          tableRight: t.getBoundingClientRect().right,
          right,
          cells: cells.length,
          hidden,
          heading: heading.width > 0 && heading.left >= left && heading.right <= right,
          actionsOut,
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      expect(fit.scrollWidth, 'the table scroller has no sideways overflow').toBeLessThanOrEqual(fit.clientWidth);
      expect(fit.tableRight).toBeLessThanOrEqual(fit.right);
      // Six rows, three subtotals and the 合计.
      expect(fit.cells).toBe(worked.expected.indicators.length + 3 + 1);
      expect(fit.hidden).toEqual([]);
      expect(fit.heading, 'the 得分 heading is in view').toBe(true);
      expect(fit.page).toBeLessThanOrEqual(0);
      expect(fit.actionsOut, 'the rows’ buttons (上移, 下移, 删除) are in view too').toBe(0);

      // A row whose 分值 is left blank shows the weight it gets as a placeholder (up to "50.00": all of
      // 产出 on one row): it shows whole in the narrow 分值 column, as do the numbers typed in 分值 and 自评得分.
      const weight = page.locator('tbody .cell-weight input').first();
      const typed = await page.locator('tbody .cell-weight input, tbody .cell-selfScore input').evaluateAll((inputs) =>
        (inputs as HTMLInputElement[]).filter((i) => i.scrollWidth > i.clientWidth).map((i) => i.value),
      );
      expect(typed, '分值 and 自评得分 as typed show whole').toEqual([]);
      await weight.fill('');
      await expect.poll(() => weight.getAttribute('placeholder')).toMatch(/^\d+\.\d\d$/);
      // Measured for the widest a row's weight can be: 50.00, all of 产出 on one row.
      const room = await weight.evaluate((i: HTMLInputElement) => {
        const style = getComputedStyle(i);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        return { text: context.measureText('50.00').width, box: i.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
      });
      expect(room.text, 'the placeholder 50.00 fits its cell').toBeLessThanOrEqual(room.box);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('works at 375 px without horizontal scrolling of the page', async () => {
    const { page, errors } = await openWorked({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // 项目信息 stacks one field per line (four side by side left about 90 px each and cut the names),
    // and the 项目资金 row labels keep several characters a line.
    const widths = await page.evaluate(() => {
      const block = document.querySelector('#f-project-name')!.closest('.form-block')!.getBoundingClientRect().width;
      const fields = ['#f-project-name', '#f-project-department'].map((id) => document.querySelector(id)!.getBoundingClientRect().width / block);
      const label = [...document.querySelectorAll<HTMLElement>('.money-table tbody th')].find((th) => th.textContent?.includes('当年财政拨款'))!;
      return { fields, label: label.getBoundingClientRect().width };
    });
    for (const share of widths.fields) expect(share, '项目信息 field width share').toBeGreaterThan(0.8);
    expect(widths.label, '其中：当年财政拨款 label width').toBeGreaterThanOrEqual(100);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
