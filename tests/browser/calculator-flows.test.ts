import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { askToPrint, openCalculator, pasteText, tabTo, testText } from './calculator-helpers.ts';

const baseUrl = inject('baseUrl');

/** Types cells left to right, pressing Tab between them (a blank cell is skipped). */
async function typeCells(page: import('playwright-core').Page, cells: string[]): Promise<void> {
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    if (cells[i]) await page.keyboard.type(cells[i]!);
  }
}
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('calculator: filling', () => {
  it('fills a new form from empty to a scored form with the keyboard only', async () => {
    const { page, errors, foreign } = await openCalculator(browser, baseUrl);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await page.locator('body').focus();
    await tabTo(page, '新建空白表');
    await page.keyboard.press('Enter');
    // It asked before clearing, and started from the 2017 投入 template with 产出/结果/影响力 empty.
    expect(dialogs).toEqual([expect.stringContaining('新建空白表会清除当前填写的内容')]);
    await expect.poll(() => page.getByTestId('indicator-score').count()).toBe(6);
    await expect.poll(() => testText(page, 'total-score')).toBe('0.00');
    // A new blank form says quietly what is not filled yet (issue 11): no warnings until a row is touched.
    expect(await page.locator('.check[data-code="EMPTY_CATEGORY"]').count()).toBe(0);
    expect(await page.locator('.total-status').textContent()).toBe('9 处尚未填写');

    await tabTo(page, 'f-project-name');
    await page.keyboard.type('键盘填写的项目');
    const inputActuals = ['好', '好', '100%', '100%', '100%', '好'];
    const names = ['资金使用合规性', '财务制度健全性', '各级财政应承担资金到位率', '预算执行率', '专款专用率', '项目日常进度管理规范性'];
    for (let i = 0; i < 6; i++) {
      await tabTo(page, `投入第 ${i + 1} 项“${names[i]}” 实际完成值`);
      await page.keyboard.type(inputActuals[i]!);
    }
    await expect.poll(() => testText(page, 'category-score-input')).toBe('24.00');

    // 产出: two rows; weights left blank are split 12 / 12.
    for (const [name, target, actual] of [
      ['改造小区数量', '=13 个', '16 个'],
      ['召开工作会议', '=5 个', '4 个'],
    ]) {
      await tabTo(page, '＋ 添加产出指标');
      await page.keyboard.press('Enter');
      const n = (await page.locator('tbody.category-output .indicator-row').count()).toString();
      // 添加 puts the cursor in the new row's first cell (issue 11).
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`产出第 ${n} 项 指标名称`);
      await page.keyboard.type(name!);
      await page.keyboard.press('Tab');
      await page.keyboard.type(target!);
      await page.keyboard.press('Tab'); // 权重: blank
      await page.keyboard.press('Tab');
      await page.keyboard.type(actual!);
    }
    await tabTo(page, '＋ 添加结果指标');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('结果第 1 项 指标名称');
    await typeCells(page, ['群众满意度', '≥95%', '', '98%']);
    await tabTo(page, '＋ 添加影响力指标');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('影响力第 1 项 指标名称');
    await typeCells(page, ['完成试点工作', '好', '', '好']);

    await expect.poll(() => testText(page, 'total-score')).toBe('68.00');
    expect(await testText(page, 'category-score-output')).toBe('12.00');
    expect(await testText(page, 'category-score-outcome')).toBe('26.00');
    expect(await testText(page, 'category-score-impact')).toBe('6.00');
    expect(await page.getByTestId('indicator-score').allTextContents()).toEqual(['3.00', '3.00', '3.00', '8.00', '3.00', '4.00', '12.00', '0.00', '26.00', '6.00']);
    // The split weight is shown in the blank weight field.
    expect(await page.getByLabel('产出第 1 项“改造小区数量” 权重', { exact: true }).getAttribute('placeholder')).toBe('12.00');
    // The explanation of a score opens from the keyboard, with the rule's curve and this row's point.
    await tabTo(page, 'f-indicators-6-selfScore');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const panel = page.locator('.explanation').first();
    await expect.poll(() => panel.locator('.mini-curve circle.dot').count()).toBe(1);
    expect(await panel.textContent()).toContain('123.08');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('pastes a block from a spreadsheet into the indicator table and the budget block; refuses one that does not fit', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    const actual = page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true });
    await actual.focus();
    await pasteText(page, '=11 个\t１．１１\r\n=5 个\t4.8\r\n');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');
    expect(await actual.inputValue()).toBe('=11 个');
    expect(await page.getByLabel('产出第 1 项“改造小区数量” 自评分', { exact: true }).inputValue()).toBe('1.11');
    expect(await page.locator('.check[data-code="SELF_SCORE_MISMATCH"]').count()).toBe(0);
    expect(await testText(page, 'paste-note')).toBe('已粘贴 2 行 × 2 列。');

    await page.locator('#f-budget-initialBudget').focus();
    await pasteText(page, '1,800.00\t-1,500.00\t３００\t0\r\n');
    await expect.poll(() => page.locator('#f-budget-initialBudget').inputValue()).toBe('1800.00');
    expect(await page.locator('#f-budget-adjustment').inputValue()).toBe('-1500.00');
    expect(await page.locator('#f-budget-appropriation').inputValue()).toBe('300');
    await expect.poll(() => page.locator('.check[data-code="APPROPRIATION_MISMATCH"]').count()).toBe(1);

    // One cell into an amount: thousands separators and full-width digits are read as the number.
    await page.locator('#f-funds-actualPayment').focus();
    await page.keyboard.press('ControlOrMeta+A');
    await pasteText(page, '１９０．００\r\n');
    await expect.poll(() => page.locator('#f-funds-actualPayment').inputValue()).toBe('190.00');

    // Too wide: a message naming row and column, and nothing changed.
    const name = page.getByLabel('投入第 1 项 指标名称', { exact: true });
    await name.focus();
    await pasteText(page, '甲\t合规\t3\t好\t3\n乙\t健全\t3\t好\t3\t多出来的一列');
    await expect.poll(() => testText(page, 'paste-note')).toContain('第 2 行第 6 列“多出来的一列”放不下');
    expect(await name.inputValue()).toBe('资金使用合规性');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('offers derived figures with one click: 指标结余数, 资金结余、结转数 and the 预算执行率 row', async () => {
    const { page } = await openCalculator(browser, baseUrl);
    await page.locator('#f-funds-actualPayment').fill('190');
    await page.locator('#f-budget-quotaBalance').fill('');
    expect(await page.locator('#hint-budget-quotaBalance').textContent()).toBe('按公式应为 0.00填入 0.00');
    await page.getByRole('button', { name: '填入 0.00' }).click();
    expect(await page.locator('#f-budget-quotaBalance').inputValue()).toBe('0.00');
    expect(await page.locator('#hint-budget-quotaBalance').textContent()).toBe('按公式 0.00，一致');
    await page.getByRole('button', { name: '填入 10.00' }).click();
    expect(await page.locator('#f-funds-balance').inputValue()).toBe('10.00');
    await page.getByRole('button', { name: '填入“预算执行率”的实际完成值' }).click();
    expect(await page.getByLabel('投入第 4 项“预算执行率” 实际完成值', { exact: true }).inputValue()).toBe('95.00%');
    await expect.poll(() => page.locator('.check[data-code="EXECUTION_RATE_MISMATCH"]').count()).toBe(0);
    // The two 财政拨款数 must agree: the funds table offers the budget table's figure.
    expect(await page.locator('#hint-funds-appropriation').textContent()).toBe('与预算执行情况一致');
    await page.locator('#f-funds-appropriation').fill('190');
    await expect.poll(() => page.locator('.check[data-code="APPROPRIATION_MISMATCH"]').count()).toBe(1);
    await page.getByRole('button', { name: '填入 200.00' }).click();
    expect(await page.locator('#f-funds-appropriation').inputValue()).toBe('200.00');
    await expect.poll(() => page.locator('.check[data-code="APPROPRIATION_MISMATCH"]').count()).toBe(0);
    await page.context().close();
  });

  it('shows each check beside its field (aria-describedby) and the self-score gap', async () => {
    const { page } = await openCalculator(browser, baseUrl);
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    const self = page.getByLabel('产出第 1 项“改造小区数量” 自评分', { exact: true });
    await expect.poll(() => self.getAttribute('aria-describedby')).toMatch(/msg-f-indicators-6-selfScore/);
    const ids = (await self.getAttribute('aria-describedby'))!.split(' ');
    const described = await Promise.all(ids.map((id) => page.locator(`#${id}`).textContent()));
    expect(described.join(' ')).toContain('多 3.69 分');
    expect(await page.getByTestId('self-score-gap').textContent()).toContain('多 3.69');
    // The summary at the top links to the field.
    await page.locator('.check[data-code="SELF_SCORE_MISMATCH"] a').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-indicators-6-selfScore');
    await page.context().close();
  });

  it('reorders and removes rows', async () => {
    const { page } = await openCalculator(browser, baseUrl);
    await page.getByRole('button', { name: '下移产出第 1 项“改造小区数量”' }).click();
    expect(await page.locator('#f-indicators-7-name').inputValue()).toBe('改造小区数量');
    await page.getByRole('button', { name: '上移第 3 个子项目' }).click();
    expect(await page.locator('#f-subprojects-1-name').inputValue()).toBe('技术研究专项经费');
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await page.getByRole('button', { name: '删除第 1 个子项目' }).click();
    await expect.poll(() => page.locator('.check[data-code="SUBPROJECT_SUM_MISMATCH"]').count()).toBe(1);
    expect(asked).toEqual(['删除第 1 个子项目“会议、考察经费”？这一行填写的内容将被删除，不能撤销。']);
    // A blank row goes without asking.
    const deleteButtons = page.getByRole('button', { name: /^删除第 \d+ 个子项目$/ });
    await page.getByRole('button', { name: /添加子项目/ }).click();
    const rows = await deleteButtons.count();
    await page.getByRole('button', { name: `删除第 ${rows} 个子项目` }).click();
    await expect.poll(() => deleteButtons.count()).toBe(rows - 1);
    expect(asked).toHaveLength(1);
    await page.context().close();
  });
});

describe('calculator: 本站解读 options', () => {
  it('links each option to its explanation on /readings/, and the anchor exists', async () => {
    const { page } = await openCalculator(browser, baseUrl);
    await page.locator('.options-panel summary').click();
    const links = await page.locator('.option-link').evaluateAll((els) => els.map((a) => [a.getAttribute('data-option'), a.getAttribute('href')]));
    expect(links.map(([key]) => key)).toEqual(['granularity', 'shortfallBasis', 'overAchievement', 'lowerIsBetter']);
    const readings = await (await fetch(`${baseUrl}/readings/`)).text();
    for (const [key, href] of links) expect(readings, `${key} → ${href}`).toContain(`id="${href!.split('#')[1]}"`);
    await page.context().close();
  });

  it('on the central form links each option to its reading on /central/readings/ (C2, C5, C8), not the Suzhou page', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/central/');
    await page.locator('.options-panel summary').click();
    const links = await page.locator('.options-panel a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/central/readings/', '/central/readings/#c2', '/central/readings/#c5', '/central/readings/#c8']);
    const readings = await (await fetch(`${baseUrl}/central/readings/`)).text();
    for (const href of links.slice(1)) expect(readings, href!).toContain(`id="${href!.split('#')[1]}"`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('calculator: autosave', () => {
  it('restores the form exactly after a reload, and asks before 新建 clears it', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await page.locator('#f-project-name').fill('自动保存测试  （两个空格）');
    await page.getByRole('button', { name: '＋ 添加结果指标' }).click();
    await page.locator('.options-panel summary').click();
    await page.locator('#f-options-granularity').selectOption('ceil');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.16');
    const before = await page.locator('.calculator input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

    await page.reload();
    await page.waitForSelector('astro-island:not([ssr])');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.16');
    expect(await page.locator('.calculator input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(before);
    expect(await page.locator('#f-options-granularity').inputValue()).toBe('ceil');
    expect(await page.locator('tbody.category-outcome .indicator-row').count()).toBe(3);

    // 新建: dismissing the question keeps everything.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: '新建空白表' }).click();
    expect(await page.locator('#f-project-name').inputValue()).toBe('自动保存测试  （两个空格）');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '新建空白表' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('');
    await page.reload();
    await page.waitForSelector('astro-island:not([ssr])');
    await expect.poll(() => testText(page, 'total-score')).toBe('0.00');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('calculator: files and print', () => {
  it('exports JSON and CSV and imports them back to the same form', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 JSON' }).click()]);
    const jsonPath = await jsonDownload.path();
    const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(json.indicators[6].actual).toBe('11');
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
    const csvPath = await csvDownload.path();
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
    expect(csv).toContain('1700.00');
    expect(csv).toMatch(/合计,[^\r]*,76\.31,/);

    for (const [file, name] of [
      [jsonPath, 'form.json'],
      [csvPath, 'form.csv'],
    ] as const) {
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: '新建空白表' }).click();
      await expect.poll(() => testText(page, 'total-score')).toBe('0.00');
      await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/plain', buffer: readFileSync(file) });
      await expect.poll(() => testText(page, 'total-score'), { message: name }).toBe('76.31');
      expect(await page.locator('#f-project-name').inputValue()).toBe('全国城镇老旧小区改造试点城市项目');
      expect(await page.locator('#f-budget-adjustment').inputValue()).toBe('-1500.00');
    }
    // A file that is not a form: the engine's message, and nothing changed.
    await page.getByTestId('import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"ruleSet":"suzhou-2017","indicators":[{"category":"output","name":"x","target":"=1","weight":"三分"}]}') });
    await expect.poll(() => testText(page, 'toolbar-message')).toContain('第 1 项指标的“权重”');
    expect(await testText(page, 'total-score')).toBe('76.31');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('never prints a stale sheet: the example prints before any change; after one, the browser’s own print loads the sheet of the form on screen', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    // Woken, unchanged: the page's sheet of the example prints (the calculator's is not loaded yet).
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-sheet-static').isVisible()).toBe(true);
    expect(await page.getByTestId('print-sheet').count()).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');
    // Changed, printed from the browser's menu before the sheet is there: a note, not the example.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-sheet-static').isVisible()).toBe(false);
    expect(await page.getByTestId('print-pending').isVisible()).toBe(true);
    expect(await page.getByTestId('print-pending').textContent()).toContain('点页面上的“打印”按钮');
    // That print command (beforeprint) loads the sheet: the next print shows the form on screen.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.getByTestId('print-sheet').waitFor();
    expect(await page.getByTestId('print-pending').count()).toBe(0);
    expect(await page.getByTestId('print-sheet').textContent()).toContain('76.31');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints the form as the official table: scores, subtotals, total and checks, without navigation', async () => {
    const { page } = await openCalculator(browser, baseUrl);
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');
    expect(await page.getByTestId('print-sheet').isVisible()).toBe(false);
    await askToPrint(page);
    await page.emulateMedia({ media: 'print' });
    const sheet = page.getByTestId('print-sheet');
    expect(await sheet.isVisible()).toBe(true);
    for (const hidden of ['.site-header', '.toolbar', '.total-bar', '.indicator-table', '.site-footer']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    const text = (await sheet.textContent()) ?? '';
    for (const words of ['苏州市级财政支出项目绩效自评表', '项目绩效实现情况', '投入小计', '产出小计', '20.31', '合计', '76.31', '核对结果', '多 3.69 分']) {
      expect(text, words).toContain(words);
    }
    // Black on white.
    expect(await sheet.locator('td').first().evaluate((td) => getComputedStyle(td).color)).toBe('rgb(0, 0, 0)');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await page.context().close();
  });
});
