import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';
import { askToPrint, testText, typeCentralForm } from './calculator-helpers.ts';
import { JS } from '../../bench/budgets.ts';
import { scoreInput, type Form } from '../../src/engine/index.ts';

const baseUrl = inject('baseUrl');

/** The files of one form's chunks (astro.config.mjs: `suzhou-2017…`, `central-2020…`), among fetched paths. */
const formFiles = (paths: string[], ruleSet: string) => paths.filter((p) => p.startsWith(`/_astro/${ruleSet}`));

/**
 * Measures the script files a page fetches from now on, gzip level 9 bytes by path. Every body is
 * read and awaited before a sum is taken, and a body that cannot be read fails the test where it is
 * measured (never an unhandled rejection from the listener): the test once passed having measured
 * no file. `measured(inline)` waits for the network to settle and returns the sum with `inline` bytes.
 */
function scriptMeter(page: Page) {
  const scripts = new Map<string, number>();
  const seen = new Set<string>();
  const bodies: Promise<void>[] = [];
  const readErrors: string[] = [];
  const read = async (response: Response) => {
    const path = new URL(response.url()).pathname;
    try {
      scripts.set(path, gzipSync(await response.body(), { level: 9 }).length);
    } catch (err) {
      readErrors.push(`could not read the body of ${path}: ${String(err)}`);
    }
  };
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    seen.add(new URL(response.url()).pathname);
    bodies.push(read(response));
  });
  const measured = async (inlineGzip: number) => {
    await page.waitForLoadState('networkidle');
    for (let n = -1; n !== bodies.length; ) {
      n = bodies.length;
      await Promise.all(bodies);
    }
    expect(readErrors).toEqual([]);
    return [...scripts.values()].reduce((a, b) => a + b, 0) + inlineGzip;
  };
  return { scripts, seen, bodies, measured };
}

/** The page's inline scripts together, gzip level 9 bytes. */
async function inlineGzipOf(page: Page): Promise<number> {
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'));
  return gzipSync(Buffer.from(inline), { level: 9 }).length;
}

/** The central example as the engine scores it, and with 培训人次's 实际完成值 typed as 1900人次. */
const centralExample = JSON.parse(readFileSync(new URL('../../content/examples/central-2022-skills-training.json', import.meta.url), 'utf8')) as Form;
const scored = (form: unknown) => {
  const outcome = scoreInput(form);
  if (!outcome.ok) throw new Error('the central example does not score');
  return outcome.result;
};
const central = scored(centralExample);
const centralTyped = scored({ ...centralExample, indicators: centralExample.indicators.map((r, i) => (i === 0 ? { ...r, actual: '1900人次' } : r)) });
let browser: Browser;

/*
 * The calculator's JavaScript, gzip bytes (budgets in bench/budgets.ts), measured as the browser
 * receives it. "In all" is everything the page runs to fill in and score a form: the inline scripts,
 * the framework, the island, the engine and decimal.js. What a button loads when pressed (share
 * dialog and QR code, CSV, file import, spreadsheet paste, an explanation opened, printing) comes on top.
 *
 * Every script response's body is read and awaited before a sum is taken, and a failed read fails
 * the test: it once passed having measured no file (bodies were read after the sum, errors dropped).
 */

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('calculator JavaScript budget', () => {
  it('runs no island code until used; typing at once loses nothing; in all stays under its ceiling', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    const { scripts, seen, bodies, measured } = scriptMeter(page);

    await page.goto(`${baseUrl}/calculator/`, { waitUntil: 'networkidle' });
    const inlineGzip = await inlineGzipOf(page);
    // On load: the page is complete and scored (rendered at build time); no script file is fetched.
    const onLoad = await measured(inlineGzip);
    console.log(`/calculator/ JavaScript on load: ${onLoad} bytes gzip (${scripts.size} files + ${inlineGzip} inline)`);
    expect(inlineGzip, 'the island is woken by an inline script').toBeGreaterThan(0);
    expect([...scripts.keys()]).toEqual([]);
    expect(bodies.length).toBe(JS.calculatorFilesOnLoad.limit);
    expect(onLoad).toBeLessThanOrEqual(JS.calculatorOnLoad.limit);
    expect(await testText(page, 'total-score')).toBe('80.00');
    expect(await page.locator('astro-island[ssr]').count()).toBe(1);

    // First use, typed at once with no wait: the island wakes, the engine arrives, nothing typed is lost.
    await page.getByLabel('产出第 1 项“改造小区数量” 实际完成值', { exact: true }).fill('11');
    await expect.poll(() => testText(page, 'total-score')).toBe('76.31');
    // Opening an explanation is not part of filling in and scoring, but it is how a visitor checks a
    // score: it loads the sentences (Sentences.tsx, explain.ts), which come on top, like printing.
    const inAll = await measured(inlineGzip);
    console.log(`/calculator/ JavaScript in all (filled in and scored): ${inAll} bytes gzip (${[...scripts].map(([u, b]) => `${u.replace('/_astro/', '')} ${b}`).join(', ')})`);
    // The island woke and scored, so its files were fetched, and every one of them was measured.
    expect(scripts.size, 'script files measured once the calculator is used').toBeGreaterThan(0);
    expect([...scripts.keys()].sort(), 'every script file fetched was measured').toEqual([...seen].sort());
    expect(inAll).toBeLessThanOrEqual(JS.calculatorInAll.limit);
    // Only the Suzhou form's code: nothing of the central form (issue 10).
    expect(formFiles([...scripts.keys()], 'suzhou-2017').length).toBeGreaterThan(0);
    expect(formFiles([...scripts.keys()], 'central-2020'), 'no file of the central form').toEqual([]);
    // What only a button loads is not there yet: the print sheet, the explanation sentences.
    expect([...scripts.keys()].filter((p) => /\/(print-sheet-entry|Sentences|explain)\./.test(p))).toEqual([]);
    // …and each arrives when asked for: an explanation opened, then Ctrl+P.
    await page.locator('.score-button').nth(6).click();
    await expect.poll(() => page.locator('.explanation-steps li').count()).toBeGreaterThan(1);
    await askToPrint(page);
    await page.getByTestId('print-self-score-total').waitFor({ state: 'attached' });
    const withButtons = await measured(inlineGzip);
    const onTop = [...scripts.keys()].filter((p) => /\/(print-sheet-entry|Sentences|explain)\./.test(p)).map((p) => p.replace(/^.*\/|\..*$/g, ''));
    expect(onTop.sort()).toEqual(['Sentences', 'explain', 'print-sheet-entry']);
    console.log(`/calculator/ JavaScript with an explanation opened and printed: ${withButtons} bytes gzip (+${withButtons - inAll})`);
    expect(errors).toEqual([]);
    // Every body read, none failed (also those fetched by the buttons above).
    await measured(0);
    await page.context().close();
  });

  it('the central form, chosen on /calculator/ and filled in, stays under its own ceiling (both forms’ code)', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    const { scripts, measured } = scriptMeter(page);
    await page.goto(`${baseUrl}/calculator/`, { waitUntil: 'networkidle' });
    const inlineGzip = await inlineGzipOf(page);
    await page.getByTestId('form-choice').getByRole('button', { name: '中央部门 100 分' }).click();
    await page.locator('.money-table').waitFor();
    await typeCentralForm(page);
    const inAll = await measured(inlineGzip);
    console.log(`/calculator/ central form chosen, JavaScript in all (chosen, filled in and scored): ${inAll} bytes gzip (${[...scripts].map(([u, b]) => `${u.replace('/_astro/', '')} ${b}`).join(', ')})`);
    expect(scripts.size).toBeGreaterThan(0);
    // The page's own form (Suzhou) came first, the central form's code on demand: both are here.
    expect(formFiles([...scripts.keys()], 'suzhou-2017').length).toBeGreaterThan(0);
    expect(formFiles([...scripts.keys()], 'central-2020').length).toBeGreaterThan(0);
    expect([...scripts.keys()].filter((p) => /\/(print-sheet-entry|Sentences|explain)\./.test(p))).toEqual([]);
    expect(inAll).toBeLessThanOrEqual(JS.calculatorOtherFormInAll.limit);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('/calculator/central/: the central form filled in and scored loads none of the Suzhou form’s code, and stays under the ceiling', async () => {
    const { page, errors } = await openPage(browser, baseUrl);
    const { scripts, measured } = scriptMeter(page);
    await page.goto(`${baseUrl}/calculator/central/`, { waitUntil: 'networkidle' });
    const inlineGzip = await inlineGzipOf(page);
    // On load: the central example complete and scored (built ahead of time), no script file.
    await measured(inlineGzip);
    expect([...scripts.keys()]).toEqual([]);
    expect(inlineGzip).toBeLessThanOrEqual(JS.calculatorOnLoad.limit);
    expect(await testText(page, 'total-score')).toBe(central.total);
    // First use, typed at once: the island wakes and rescores (the example's 培训人次 row, 1900 of ≥2000).
    await page.getByLabel('产出指标第 1 项“培训人次” 实际完成值', { exact: true }).fill('1900人次');
    await expect.poll(() => testText(page, 'total-score')).toBe(centralTyped.total);
    const inAll = await measured(inlineGzip);
    console.log(`/calculator/central/ JavaScript in all (filled in and scored): ${inAll} bytes gzip (${[...scripts].map(([u, b]) => `${u.replace('/_astro/', '')} ${b}`).join(', ')})`);
    expect(scripts.size, 'script files measured once the calculator is used').toBeGreaterThan(0);
    expect(formFiles([...scripts.keys()], 'central-2020').length).toBeGreaterThan(0);
    expect(formFiles([...scripts.keys()], 'suzhou-2017'), 'no file of the Suzhou form').toEqual([]);
    expect([...scripts.keys()].filter((p) => /\/(print-sheet-entry|Sentences|explain)\./.test(p))).toEqual([]);
    expect(inAll).toBeLessThanOrEqual(JS.calculatorInAll.limit);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
