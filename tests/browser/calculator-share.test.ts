import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodeForm } from '../../src/share/link-codec.ts';
import { goldenCases, seedForm } from '../helpers/forms.ts';
import { launchBrowser } from './browser.ts';
import { openCalculator, testText } from './calculator-helpers.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('share links', () => {
  it('open every golden case as the explained report with the case’s total', async () => {
    const { page, errors, foreign } = await openCalculator(browser, baseUrl);
    for (const c of goldenCases()) {
      await page.goto(`${baseUrl}/calculator/#${encodeForm(c.form)}`);
      await page.waitForSelector('astro-island:not([ssr])');
      await page.getByTestId('shared-view').waitFor();
      expect(await testText(page, 'total-score'), c.file).toBe(c.expected.total);
      expect(await testText(page, 'report-total'), c.file).toBe(c.expected.total);
      for (const [cat, score] of Object.entries(c.expected.categories)) {
        expect(await testText(page, `report-category-${cat}`), `${c.file} ${cat}`).toBe(score);
      }
      for (const code of c.expected.checks) {
        expect(await page.locator(`.rp-checks [data-code="${code}"]`).count(), `${c.file} ${code}`).toBeGreaterThan(0);
      }
    }
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('writes a link from the 分享链接 dialog that opens the same form on a phone-sized screen', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');
    await page.getByRole('button', { name: '分享链接' }).click();
    const link = page.getByTestId('share-link');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${baseUrl}/calculator/#v1\\.[A-Za-z0-9_-]+\\.[0-9a-f]{8}$`));
    expect(url.length).toBeLessThan(1500);
    expect(await page.getByTestId('share-code').inputValue()).toBe(url.split('#')[1]);
    await expect.poll(() => page.locator('.share-qr img.qr').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await page.getByRole('button', { name: '关闭' }).click();

    // A chat app adds query keys before the #; a phone opens it.
    const phone = await openCalculator(browser, baseUrl, `/calculator/?from=singlemessage&isappinstalled=0#${url.split('#')[1]}`, { width: 375, height: 800 });
    await phone.page.getByTestId('shared-view').waitFor();
    expect(await testText(phone.page, 'total-score')).toBe('76.31');
    // On a phone each row's steps start collapsed under its one-line summary (issue 11), and open on a tap.
    expect(await phone.page.locator('.rp-summary').first().isVisible()).toBe(true);
    expect(await phone.page.locator('.rp-steps').first().isVisible()).toBe(false);
    await phone.page.locator('.rp-summary').first().click();
    expect(await phone.page.locator('.rp-steps').first().isVisible()).toBe(true);
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    expect(phone.errors).toEqual([]);
    await phone.page.context().close();
    await page.context().close();
  });

  it('never overwrites the visitor’s autosaved form without asking; 编辑副本 copies the shared form into the editor', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl);
    await page.locator('#f-project-name').fill('我自己的表');
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');

    const shared = { ...seedForm(), project: { name: '分享来的表', year: 2020 } };
    await page.goto(`${baseUrl}/calculator/#${encodeForm(shared)}`);
    await page.waitForSelector('astro-island:not([ssr])');
    await page.getByTestId('shared-view').waitFor();
    expect(await testText(page, 'total-score')).toBe('80.00');
    // Opening the link changed nothing that is saved.
    expect(await page.evaluate(() => localStorage.getItem('szpe.calculator.draft.v1'))).toContain('我自己的表');

    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('button', { name: '编辑副本' }).click();
    expect(asked).toEqual([expect.stringContaining('编辑副本')]);
    expect(await page.getByTestId('shared-view').isVisible()).toBe(true);

    await page.getByRole('button', { name: '回到我的表单' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('我自己的表');
    expect(await testText(page, 'total-score')).toBe('76.31');
    expect(new URL(page.url()).hash).toBe('');

    await page.goto(`${baseUrl}/calculator/#${encodeForm(shared)}`);
    await page.getByTestId('shared-view').waitFor();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '编辑副本' }).click();
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('分享来的表');
    expect(await testText(page, 'total-score')).toBe('80.00');
    await page.reload();
    await page.waitForSelector('astro-island:not([ssr])');
    await expect.poll(() => page.locator('#f-project-name').inputValue()).toBe('分享来的表');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a clear message for a truncated, a tampered and a future-version link, and the page still works', async () => {
    const code = encodeForm(seedForm());
    const payload = code.split('.')[1]!;
    const mid = Math.floor(payload.length / 2);
    const tampered = `v1.${payload.slice(0, mid)}${payload[mid] === 'A' ? 'B' : 'A'}${payload.slice(mid + 1)}.${code.split('.')[2]}`;
    const cases = [
      { name: 'truncated', code: code.slice(0, code.length - 300), says: '链接不完整' },
      { name: 'tampered', code: tampered, says: '链接已损坏' },
      { name: 'future', code: `v2.${payload}.${code.split('.')[2]}`, says: '更新版本' },
    ];
    for (const c of cases) {
      const { page, errors } = await openCalculator(browser, baseUrl, `/calculator/#${c.code}`);
      await page.getByTestId('link-problem').waitFor();
      expect(await testText(page, 'link-problem'), c.name).toContain(c.says);
      // The calculator under the message still scores and edits.
      expect(await testText(page, 'total-score'), c.name).toBe('80.00');
      await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
      await expect.poll(() => testText(page, 'total-score'), { message: c.name }).toBe('76.31');
      expect(errors, c.name).toEqual([]);
      await page.context().close();
    }
  });
});
