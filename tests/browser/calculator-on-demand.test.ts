import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fromForm } from '../../src/forms/draft.ts';
import type { Form } from '../../src/engine/types.ts';
import { encodeForm } from '../../src/share/link-codec.ts';
import { launchBrowser, openPage } from './browser.ts';
import { openCalculator, pasteText, testText, wakeCalculator } from './calculator-helpers.ts';
import { seedForm } from '../helpers/forms.ts';

/*
 * What the calculator loads only when asked for (issue 13: the explanation sentences, the print
 * sheet), when the network is gone by then: a Chinese message, nothing thrown, nothing lost, and
 * it works once the network is back. Also: a replaced blank form does not keep its quiet checks.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Errors other than the browser's own line for each request refused while offline. */
const thrown = (errors: string[]) => errors.filter((e) => !e.startsWith('Failed to load resource'));

/** Stubs `print()` to count calls (headless Chromium has no print dialog). */
const countPrints = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void (w.printed += 1);
  });
const printed = (page: import('playwright-core').Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

describe('loaded on demand, with the network gone', () => {
  it('explanations say they could not load (not busy, announced), and every open one fills in once one load succeeds', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    await page.context().setOffline(true);
    const buttons = page.locator('.score-button');
    await buttons.nth(6).click();
    await buttons.nth(7).click();
    const first = page.locator(`#${await buttons.nth(6).getAttribute('aria-controls')}`);
    const second = page.locator(`#${await buttons.nth(7).getAttribute('aria-controls')}`);
    for (const panel of [first, second]) {
      await expect.poll(() => panel.getByRole('alert').count()).toBe(1);
      expect(await panel.getByRole('alert').textContent()).toContain('计算过程没有载入（网络可能已断开）');
      expect(await panel.getAttribute('aria-busy')).toBe('false');
    }
    await page.context().setOffline(false);
    await buttons.nth(6).click();
    await buttons.nth(6).click();
    await expect.poll(() => first.locator('.explanation-steps li').count()).toBeGreaterThan(1);
    // The other open row did not have to be reopened.
    await expect.poll(() => second.locator('.explanation-steps li').count()).toBeGreaterThan(1);
    expect(await second.getByRole('alert').count()).toBe(0);
    expect(thrown(errors)).toEqual([]);
    await page.context().close();
  });

  it('printing says the sheet could not load instead of doing nothing; once online, Ctrl+P prints the form on screen', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');
    await countPrints(page);
    await page.context().setOffline(true);
    await page.keyboard.press('ControlOrMeta+p');
    await expect.poll(() => testText(page, 'toolbar-message')).toContain('打印用的表格没有载入（网络可能已断开）');
    expect(await page.getByTestId('toolbar-message').getAttribute('role')).toBe('alert');
    expect(await printed(page)).toBe(0);
    await page.getByRole('button', { name: '打印' }).click();
    await page.waitForTimeout(300);
    expect(await printed(page)).toBe(0);
    await page.context().setOffline(false);
    await page.keyboard.press('ControlOrMeta+p');
    await expect.poll(() => printed(page)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-sheet').textContent()).toContain('76.31');
    expect(thrown(errors)).toEqual([]);
    await page.context().close();
  });

  it('a paste, 导出 JSON and 分享链接 say their code could not load (nothing pasted, the clipboard kept); once online the paste works', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    const actual = page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true });
    const before = await actual.inputValue();
    await page.context().setOffline(true);
    await actual.focus();
    await pasteText(page, '11\n16');
    await expect.poll(() => testText(page, 'toolbar-message')).toBe('粘贴所需的文件没有载入（网络可能已断开）：这次没有粘贴任何内容，复制的内容还在剪贴板里，请联网后再粘贴一次。');
    expect(await actual.inputValue()).toBe(before);
    await page.getByRole('button', { name: '导出 JSON' }).click();
    await expect.poll(() => testText(page, 'toolbar-message')).toBe('“导出 JSON”所需的文件没有载入（网络可能已断开）：请联网后再试一次。当前的表格没有改动。');
    await page.getByRole('button', { name: '分享链接' }).click();
    await expect.poll(() => testText(page, 'toolbar-message')).toBe('“分享链接”所需的文件没有载入（网络可能已断开）：请联网后再点一次。当前的表格没有改动。');
    await page.context().setOffline(false);
    await actual.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => actual.inputValue()).toBe('11');
    expect(thrown(errors)).toEqual([]);
    await page.context().close();
  });

  it('a form replaced (新建空白表) while the kept-forms list cannot load is kept all the same, and offered once online', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');
    await page.context().setOffline(true);
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '新建空白表' }).click();
    await expect.poll(() => page.locator('.indicator-row').count()).toBeLessThan(15);
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('szpe.calculator.replaced.v1') ?? '[]') as { draft: { indicators: { actual: string }[] } }[]);
    expect(kept.length).toBe(1);
    expect(kept[0]!.draft.indicators.some((r) => r.actual === '11')).toBe(true);
    await page.context().setOffline(false);
    await page.reload();
    await page.getByText('找回被替换的表单').first().waitFor();
    expect(thrown(errors)).toEqual([]);
    await page.context().close();
  });

  it('a shared report prints as it is: Ctrl+P is left to the browser there and loads no print sheet', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, `/calculator/#${encodeForm(seedForm())}`);
    await page.getByTestId('shared-view').waitFor();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.evaluate(() => addEventListener('keydown', (e) => ((window as unknown as { prevented: boolean }).prevented = e.defaultPrevented)));
    await page.keyboard.press('ControlOrMeta+p');
    expect(await page.evaluate(() => (window as unknown as { prevented: boolean }).prevented)).toBe(false);
    expect(scripts.filter((s) => s.includes('print-sheet-entry'))).toEqual([]);
    expect(thrown(errors)).toEqual([]);
    await page.context().close();
  });
});

describe('quiet checks belong to the new blank form only', () => {
  it('a form imported over a blank form kept across a reload shows every check', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '新建空白表' }).click();
    await expect.poll(() => page.locator('.total-status').textContent()).toBe('9 处尚未填写');
    await page.reload();
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await expect.poll(() => page.locator('.total-status').textContent()).toBe('9 处尚未填写');
    const form = seedForm();
    delete form.indicators[1]!.actual;
    await page.getByTestId('import-file').setInputFiles({ name: 'form.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(form)) });
    await expect.poll(() => page.locator('.check[data-code="MISSING_ACTUAL"]').count()).toBe(1);
    expect(await page.getByTestId('checks-quiet').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('printing while a saved form is being restored', () => {
  it('never prints the example in its place: the note that it is opening prints instead', async () => {
    const { page } = await openCalculator(browser, baseUrl);
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');
    // Hold the calculator's code back, as a slow network would, and come back to the page.
    await page.route('**/_astro/*.js', () => undefined);
    await page.reload();
    await page.locator('astro-island[data-waking="restore"]').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-sheet-static').isVisible()).toBe(false);
    expect(await page.locator('.wake-note-restore').isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('share links and anchors in the address', () => {
  const link = () => `#${encodeForm(seedForm())}`;

  it('a link pasted into the address after the page is in use opens without the footer rising into view; leaving it lays the page out as before', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    const height = await page.evaluate(() => innerHeight);
    // Hold the report's code a moment, as a slow network would.
    await page.route('**/_astro/SharedView.*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 800));
      await route.continue();
    });
    await page.evaluate((hash) => (location.hash = hash), link());
    await page.getByText('正在打开分享的自评表…').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.opening)).toBe('share');
    expect(await page.evaluate(() => document.querySelector('.site-footer')!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(height);
    await page.getByTestId('shared-view').waitFor();
    await page.getByRole('button', { name: '回到我的表单' }).click();
    await page.locator('.indicator-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.opening)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('when the report’s code cannot be fetched, says so in Chinese (the link may be fine) and throws nothing', async () => {
    const { page, errors } = await (async () => {
      const { openPage } = await import('./browser.ts');
      const opened = await openPage(browser, baseUrl);
      await opened.page.route('**/_astro/SharedView.*.js', (route) => route.abort());
      await opened.page.goto(`${baseUrl}/calculator/${link()}`);
      return opened;
    })();
    await page.getByTestId('link-problem').waitFor();
    expect(await testText(page, 'link-problem')).toBe('打开这个链接所需的文件没有载入（网络可能已断开）：链接本身可能没有问题，请联网后刷新本页再试。');
    expect(thrown(errors)).toEqual([]);
    await page.context().close();
  });

  // Anchors inside the calculator, parsed after the script that first looks at the address.
  for (const anchor of ['f-budget', 'h-checks']) {
    it(`#${anchor}, an anchor of the page, is never taken for a share code, not even for a moment`, async () => {
      const { openPage } = await import('./browser.ts');
      const { page, errors } = await openPage(browser, baseUrl);
      await page.addInitScript(() => {
        new MutationObserver(() => {
          if (document.documentElement?.dataset.opening) (window as unknown as { flagged: boolean }).flagged = true;
        }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-opening'] });
      });
      await page.goto(`${baseUrl}/calculator/#${anchor}`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => (window as unknown as { flagged?: boolean }).flagged ?? false)).toBe(false);
      expect(await page.getByTestId('link-problem').count()).toBe(0);
      expect(await page.locator('.lead-shared').isVisible()).toBe(false);
      expect(await page.locator('.indicator-table').isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('saved forms while the network is gone (a tester’s findings 1 and 2)', () => {
  const STORAGE_KEY = 'szpe.calculator.draft.v1';
  const savedName = (page: import('playwright-core').Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').fields?.['project/name'], STORAGE_KEY);

  it('two tabs offline: autosave goes on while the other tab’s notice cannot load (nothing typed is lost); once online the notice shows and autosave waits for the choice', async () => {
    const { page: a, errors } = await openCalculator(browser, baseUrl);
    await a.locator('#f-project-name').fill('标签页 A 的表');
    await expect.poll(() => savedName(a)).toBe('标签页 A 的表');
    const b = await a.context().newPage();
    b.on('pageerror', (e) => errors.push(String(e)));
    await b.goto(`${baseUrl}/calculator/`);
    await wakeCalculator(b);
    expect(await b.locator('#f-project-name').inputValue()).toBe('标签页 A 的表');
    await a.context().setOffline(true);
    // A saves again; B notices it and asks for the notice's code, which cannot be fetched.
    const asked = b.waitForEvent('requestfailed', (r) => r.url().includes('/SavedNotices.'));
    await a.locator('#f-project-name').fill('标签页 A 断网时改的');
    await asked;
    await b.locator('#f-project-name').fill('标签页 B 断网时填的');
    await expect.poll(() => savedName(b)).toBe('标签页 B 断网时填的');
    expect(await b.getByTestId('saved-conflict').count()).toBe(0);
    // Back online: the notice loads without a click, and from then on autosave waits for the choice.
    await a.context().setOffline(false);
    await b.getByTestId('saved-conflict').waitFor({ timeout: 10_000 });
    await b.locator('#f-project-name').fill('标签页 B 看到提示后填的');
    await b.waitForTimeout(300);
    expect(await savedName(b)).toBe('标签页 B 断网时填的');
    await b.getByRole('button', { name: '保留本页的内容（覆盖另一个标签页保存的）' }).click();
    await expect.poll(() => savedName(b)).toBe('标签页 B 看到提示后填的');
    expect(thrown(errors)).toEqual([]);
    await a.context().close();
  });

  /** The central example as saved in this browser, renamed, opened on /calculator/ (the Suzhou page) with the central form's code held back. */
  async function openSavedCentral(holdNotices = false) {
    const central = JSON.parse(readFileSync(new URL('../../content/examples/central-2022-skills-training.json', import.meta.url), 'utf8')) as Form;
    const draft = fromForm(central);
    draft.fields['project/name'] = '保存的中央表';
    const opened = await openPage(browser, baseUrl);
    const { page } = opened;
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY, JSON.stringify(draft)],
    );
    const held = { on: true, notices: holdNotices };
    await page.route('**/_astro/central-2020*', (route) => (held.on ? route.abort() : route.continue()));
    await page.route('**/_astro/SavedNotices*', (route) => (held.on && held.notices ? route.abort() : route.continue()));
    await page.goto(`${baseUrl}/calculator/`);
    await wakeCalculator(page);
    return { ...opened, held };
  }
  const WAITING = '保存的表单还打不开：它所需的文件没有载入（网络可能已断开）。它仍原样保存着，联网后自动打开。';

  it('a saved form of the other kind whose code cannot be fetched: said at once (still kept), opened at the next click once the code loads, never called unreadable', async () => {
    const { page, errors, held } = await openSavedCentral();
    await expect.poll(() => testText(page, 'toolbar-message')).toBe(WAITING);
    expect(await page.getByTestId('saved-unreadable').count()).toBe(0);
    const example = await page.locator('#f-project-name').inputValue();
    expect(example).not.toBe('保存的中央表');
    held.on = false;
    await page.locator('.total-bar').click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('保存的中央表');
    expect(await testText(page, 'toolbar-message')).toBe('已打开本浏览器里保存的表单（刚才它所需的文件没有载入）。');
    expect(await page.getByTestId('saved-unreadable').count()).toBe(0);
    // Opened, it is no longer set aside, and the next visit opens it without a word.
    await page.reload();
    await wakeCalculator(page);
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('保存的中央表');
    await page.waitForTimeout(300);
    expect(await page.getByTestId('saved-unreadable').count()).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('szpe.calculator.unreadable.')))).toEqual([]);
    expect(thrown(errors)).toEqual([]);
    await page.context().close();
  });

  it('…and when the notices’ code cannot be fetched either, the form opens when the browser is back online, without a click', async () => {
    const { page, errors, held } = await openSavedCentral(true);
    await expect.poll(() => testText(page, 'toolbar-message')).toBe(WAITING);
    held.on = false;
    await page.context().setOffline(true);
    await page.context().setOffline(false);
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('保存的中央表');
    expect(await page.getByTestId('saved-unreadable').count()).toBe(0);
    expect(thrown(errors)).toEqual([]);
    await page.context().close();
  });

  it('…and when the visitor typed in the example meanwhile, the saved form goes to 找回被替换的表单 after a reload online, not called unreadable', async () => {
    const { page, errors, held } = await openSavedCentral();
    await expect.poll(() => testText(page, 'toolbar-message')).toBe(WAITING);
    await page.locator('#f-project-name').fill('断网时新填的苏州表');
    await expect.poll(() => savedName(page)).toBe('断网时新填的苏州表');
    held.on = false;
    await page.reload();
    await wakeCalculator(page);
    await expect.poll(() => testText(page, 'toolbar-message')).toBe('本浏览器里保存的表单（刚才它所需的文件没有载入）已放进“找回被替换的表单”，可以随时恢复。');
    expect(await page.locator('#f-project-name').inputValue()).toBe('断网时新填的苏州表');
    const kept = page.getByTestId('replaced-forms');
    await expect.poll(() => kept.locator('li span').first().textContent()).toMatch(/^保存的中央表，/);
    expect(await page.getByTestId('saved-unreadable').count()).toBe(0);
    expect(thrown(errors)).toEqual([]);
    await page.context().close();
  });
});
