import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { scoreInput, type Form, type FormResult } from '../../src/engine/index.ts';
import { fromForm } from '../../src/forms/draft.ts';
import { STORAGE_KEY } from '../../src/components/calculator/storage.ts';
import { encodeForm } from '../../src/share/link-codec.ts';
import { seedForm } from '../helpers/forms.ts';
import { launchBrowser, openPage } from './browser.ts';
import { testText, wakeCalculator } from './calculator-helpers.ts';

/**
 * /calculator/central/ (issue 10): the calculator opening on the central example, with the central
 * form's code only; a saved form, a share link and the choice of form still work for either form.
 * Every figure expected here is the engine's, read from it, not typed by hand.
 */
const baseUrl = inject('baseUrl');
const centralExample = JSON.parse(readFileSync(new URL('../../content/examples/central-2022-skills-training.json', import.meta.url), 'utf8')) as Form;

/** A form as the engine scores it (the figures the page must show). */
function scored(form: Form): FormResult {
  const outcome = scoreInput(form);
  if (!outcome.ok) throw new Error(`${form.ruleSet} example does not score`);
  return outcome.result;
}
const central = scored(centralExample);
const seed = scored(seedForm());

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The script files a page fetches, by path, from now on. */
function scriptsOf(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') paths.push(new URL(request.url()).pathname);
  });
  return paths;
}
const ofForm = (paths: string[], ruleSet: string) => paths.filter((p) => p.startsWith(`/_astro/${ruleSet}`));

/** The total, the grade and each part's score on the page. */
async function figures(page: Page) {
  return {
    total: await testText(page, 'total-score'),
    grade: await testText(page, 'grade'),
    parts: Object.fromEntries(await Promise.all(Object.keys(central.categories).map(async (id) => [id, await testText(page, `category-score-${id}`)] as const))),
  };
}
const expected = (r: FormResult) => ({ total: r.total, grade: r.grade ?? null, parts: Object.fromEntries(Object.entries(r.categories).map(([id, c]) => [id, c.score])) });

describe('/calculator/central/: the calculator on the central form', () => {
  it('opens on the central example, titled for it, scored as the engine scores it, before and after it wakes', async () => {
    const { page, errors, foreign } = await openPage(browser, baseUrl);
    const scripts = scriptsOf(page);
    await page.goto(`${baseUrl}/calculator/central/`, { waitUntil: 'networkidle' });
    expect(await page.title()).toContain('中央部门项目支出绩效自评表');
    expect(await page.locator('.calculator-intro h1').textContent()).toBe('中央部门项目支出绩效自评表计算器');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toContain('财预〔2020〕10号');
    expect(await page.locator('#f-project-name').inputValue()).toBe(centralExample.project!.name);
    expect(await page.getByTestId('form-choice').getByRole('button', { name: '中央部门 100 分' }).getAttribute('aria-pressed')).toBe('true');
    // Built ahead of time: the whole form scored, its print sheet beside it, no script file yet.
    expect(await figures(page)).toEqual(expected(central));
    expect(await page.getByTestId('print-sheet-static').count()).toBe(1);
    expect(await page.locator('.money-table').count()).toBe(1);
    // The indicator table holds 产出 50 + 效益 30 + 满意度 10; 预算执行率 10 is in 项目资金 (C1). It said 100.
    expect(await page.locator('#h-indicators').textContent()).toBe('绩效指标（90 分）');
    expect(scripts).toEqual([]);
    await wakeCalculator(page);
    expect(await figures(page)).toEqual(expected(central));
    expect(await page.locator('#h-indicators').textContent()).toBe('绩效指标（90 分）');
    expect(ofForm(scripts, 'central-2020').length).toBeGreaterThan(0);
    expect(ofForm(scripts, 'suzhou-2017')).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('choosing 苏州市级 80 分 there loads the Suzhou form’s code and starts a blank Suzhou form', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    page.on('dialog', (d) => void d.accept());
    const scripts = scriptsOf(page);
    await page.goto(`${baseUrl}/calculator/central/`);
    await wakeCalculator(page);
    await page.getByTestId('form-choice').getByRole('button', { name: '苏州市级 80 分' }).click();
    await page.locator('.subproject-table').waitFor();
    expect(await page.getByTestId('form-choice').getByRole('button', { name: '苏州市级 80 分' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.total-value').textContent()).toMatch(/ \/ 80$/);
    expect(await page.locator('.money-table').count()).toBe(0);
    expect(ofForm(scripts, 'suzhou-2017').length).toBeGreaterThan(0);
    expect(await testText(page, 'toolbar-message')).toContain('已新建一张空白的苏州市级财政支出项目绩效自评表');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the heading (h1) and the document title follow the form on screen: chosen, restored, or opened from a share link, on either page', async () => {
    const suzhouWords = { heading: '绩效自评计算器', title: '自评计算器 · 苏州绩效自评助手' };
    const centralWords = { heading: '中央部门项目支出绩效自评表计算器', title: '中央部门项目支出绩效自评表计算器 · 苏州绩效自评助手' };
    const words = async (page: Page) => ({ heading: await page.locator('.calculator-intro h1').textContent(), title: await page.title() });
    const choose = (page: Page, name: string) => page.getByTestId('form-choice').getByRole('button', { name }).click();

    const { page, errors } = await openPage(browser, baseUrl);
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${baseUrl}/calculator/central/`);
    expect(await words(page)).toEqual(centralWords);
    await wakeCalculator(page);
    await choose(page, '苏州市级 80 分');
    await page.locator('.subproject-table').waitFor();
    await expect.poll(() => words(page)).toEqual(suzhouWords);
    await choose(page, '中央部门 100 分');
    await page.locator('.money-table').waitFor();
    await expect.poll(() => words(page)).toEqual(centralWords);

    // The page as built is headed for the Suzhou form (its HTML); the saved central form is restored at
    // once on load, so the screen may already show it by the time it is read (this check raced it).
    const built = await (await fetch(`${baseUrl}/calculator/`)).text();
    expect(built).toContain(`<title>${suzhouWords.title}</title>`);
    expect(built).toMatch(new RegExp(`<h1[^>]*>${suzhouWords.heading}</h1>`));
    await page.goto(`${baseUrl}/calculator/`);
    await wakeCalculator(page);
    // The central form chosen above was saved: the page restores it, and its heading with it.
    await expect.poll(() => words(page), { timeout: 10_000 }).toEqual(centralWords);
    await choose(page, '苏州市级 80 分');
    await page.locator('.subproject-table').waitFor();
    await expect.poll(() => words(page)).toEqual(suzhouWords);

    // A share link of the other form: headed for it while it is shown, for the editor's form after 回到我的表单.
    await page.goto(`${baseUrl}/calculator/#${encodeForm(centralExample)}`);
    await page.getByTestId('shared-view').waitFor();
    await expect.poll(() => words(page)).toEqual(centralWords);
    await page.getByRole('button', { name: '回到我的表单' }).click();
    await expect.poll(() => words(page)).toEqual(suzhouWords);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the lead under the heading describes the form on screen (it kept the page’s own: 满分 100 分…优／良／中／差 above a Suzhou form); the nav still marks the page', async () => {
    const suzhouLead = {
      text: '苏州市级财政支出项目绩效自评表按表上所附的填表说明计分（示例是 2020 年度的表），中央部门项目支出绩效自评表按中央表指南中的规则计分（中央表计算器预填中央表的示例）；规则没有写到的地方按本站解读。',
      links: ['/central/', '/calculator/central/', '/readings/'],
    };
    const centralLead = {
      text: '中央部门项目支出绩效自评表（财预〔2020〕10号表式，满分 100 分）按中央表指南中的规则计分，给出优／良／中／差；规则没有写到的地方按本站解读。苏州市级的 80 分表请用苏州表计算器，或在下面的“自评表类型”中改选。',
      links: ['/central/', '/central/readings/', '/calculator/'],
    };
    // The lead's words on the form: the text and links before the sentence on the page's example.
    const lead = (page: Page) =>
      page.evaluate(() => {
        const p = document.querySelector('.calculator-intro .lead:not(.lead-shared)')!;
        const example = p.querySelector('.lead-example');
        let text = '';
        const links: (string | null)[] = [];
        for (let n = p.firstChild; n && n !== example; n = n.nextSibling) {
          text += n.textContent;
          if (n instanceof HTMLAnchorElement) links.push(n.getAttribute('href'));
        }
        return { text, links };
      });
    const current = (page: Page) => page.locator('.site-nav a[aria-current="page"]').textContent();
    const choose = (page: Page, name: string) => page.getByTestId('form-choice').getByRole('button', { name }).click();

    const { page, errors } = await openPage(browser, baseUrl);
    page.on('dialog', (d) => void d.accept());
    await page.goto(`${baseUrl}/calculator/central/`);
    expect(await lead(page)).toEqual(centralLead);
    await wakeCalculator(page);
    await choose(page, '苏州市级 80 分');
    await page.locator('.subproject-table').waitFor();
    await expect.poll(() => lead(page)).toEqual(suzhouLead);
    // The page's sentence on its own (central) example is hidden under another form.
    expect(await page.locator('.calculator-intro .lead-example').isVisible()).toBe(false);
    // The nav marks the page the visitor is on (its address), not the form on screen.
    expect(await current(page)).toBe('中央表计算器');
    expect(await page.getByRole('link', { name: '苏州表计算器' }).count()).toBe(0);
    await choose(page, '中央部门 100 分');
    await page.locator('.money-table').waitFor();
    await expect.poll(() => lead(page)).toEqual(centralLead);

    await page.goto(`${baseUrl}/calculator/`);
    expect(await lead(page)).toEqual(suzhouLead);
    await wakeCalculator(page);
    // The central form chosen above was saved: the page restores it, and its lead with it.
    await expect.poll(() => lead(page), { timeout: 10_000 }).toEqual(centralLead);
    expect(await current(page)).toBe('计算器');
    await choose(page, '苏州市级 80 分');
    await page.locator('.subproject-table').waitFor();
    await expect.poll(() => lead(page)).toEqual(suzhouLead);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('恢复示例 restores the example of the form on screen: the central one after 中央部门 100 分 on /calculator/, the Suzhou one after 苏州市级 80 分 here', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await page.goto(`${baseUrl}/calculator/`);
    await wakeCalculator(page);
    await page.getByTestId('form-choice').getByRole('button', { name: '中央部门 100 分' }).click();
    await page.locator('.money-table').waitFor();
    await page.getByRole('button', { name: '恢复示例' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe(centralExample.project!.name!);
    expect(await figures(page)).toEqual(expected(central));
    expect(dialogs).toEqual(['恢复示例会清除当前填写的内容（原来的表会保留在“找回被替换的表单”里，可以恢复）。确定吗？']);

    await page.goto(`${baseUrl}/calculator/central/`);
    await wakeCalculator(page);
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe(centralExample.project!.name!);
    await page.getByTestId('form-choice').getByRole('button', { name: '苏州市级 80 分' }).click();
    await page.locator('.subproject-table').waitFor();
    await page.getByRole('button', { name: '恢复示例' }).click();
    await expect.poll(() => testText(page, 'total-score')).toBe(seed.total);
    expect(await page.locator('#f-project-name').inputValue()).toBe(seedForm().project!.name!);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so in Chinese, and keeps the central form, when the Suzhou form’s code cannot be fetched', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    await page.goto(`${baseUrl}/calculator/central/`);
    await wakeCalculator(page);
    await page.route(/\/_astro\/suzhou-2017/, (route) => route.abort());
    await page.getByTestId('form-choice').getByRole('button', { name: '苏州市级 80 分' }).click();
    await expect.poll(() => testText(page, 'toolbar-message')).toBe('这种自评表所需的文件没有载入（网络可能已断开）：请稍后再点一次。当前的表格没有改动。');
    expect(await figures(page)).toEqual(expected(central));
    expect(errors.filter((e) => !/net::ERR_FAILED|Failed to fetch/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('a saved Suzhou form opened on /calculator/central/ restores the Suzhou form (its code loaded then)', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    const mine = { ...seedForm(), project: { ...seedForm().project!, name: '我保存的苏州表' } };
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(fromForm(mine))] as const);
    const scripts = scriptsOf(page);
    await page.goto(`${baseUrl}/calculator/central/`);
    await expect.poll(() => page.locator('#f-project-name').inputValue(), { timeout: 10_000 }).toBe('我保存的苏州表');
    expect(await testText(page, 'total-score')).toBe(seed.total);
    expect(await page.getByTestId('form-choice').getByRole('button', { name: '苏州市级 80 分' }).getAttribute('aria-pressed')).toBe('true');
    expect(ofForm(scripts, 'suzhou-2017').length).toBeGreaterThan(0);
    // Reloaded, it is still there (autosave), and the same page keeps working.
    await page.reload();
    await expect.poll(() => page.locator('#f-project-name').inputValue(), { timeout: 10_000 }).toBe('我保存的苏州表');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a saved central form opened on /calculator/ restores the central form', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    const mine = { ...centralExample, project: { ...centralExample.project!, name: '我保存的中央表' } };
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(fromForm(mine))] as const);
    await page.goto(`${baseUrl}/calculator/`);
    await expect.poll(() => page.locator('#f-project-name').inputValue(), { timeout: 10_000 }).toBe('我保存的中央表');
    expect(await figures(page)).toEqual(expected(central));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a saved form of the other kind whose code cannot be fetched is kept and explained, never lost', async () => {
    const { page } = await openPage(browser, baseUrl);
    const mine = { ...centralExample, project: { ...centralExample.project!, name: '我保存的中央表' } };
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(fromForm(mine))] as const);
    await page.route(/\/_astro\/central-2020/, (route) => route.abort());
    await page.goto(`${baseUrl}/calculator/`);
    // Not “cannot be opened”: it opens once its code loads (calculator-on-demand.test.ts).
    await expect.poll(() => page.getByTestId('toolbar-message').textContent(), { timeout: 10_000 }).toBe('保存的表单还打不开：它所需的文件没有载入（网络可能已断开）。它仍原样保存着，联网后自动打开。');
    expect(await page.getByTestId('saved-unreadable').count()).toBe(0);
    expect(await page.evaluate(() => Object.values(localStorage).some((v) => v.includes('我保存的中央表')))).toBe(true);
    await page.context().close();
  });

  it('opens a share link of either form, and 编辑副本 edits it', async () => {
    for (const [path, form, result] of [
      ['/calculator/central/', seedForm(), seed],
      ['/calculator/', centralExample, central],
    ] as const) {
      const { page, errors } = await openPage(browser, baseUrl);
      page.on('dialog', (d) => void d.accept());
      await page.goto(`${baseUrl}${path}#${encodeForm(form)}`);
      await page.getByTestId('shared-view').waitFor();
      expect(await testText(page, 'total-score'), path).toBe(result.total);
      await page.getByRole('button', { name: '编辑副本' }).click();
      await expect.poll(() => page.locator("#f-project-name").inputValue(), { timeout: 10_000 }).toBe(form.project!.name);
      expect(await testText(page, 'total-score'), path).toBe(result.total);
      expect(errors, path).toEqual([]);
      await page.context().close();
    }
  });
});
