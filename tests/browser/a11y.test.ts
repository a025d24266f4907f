import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dist } from './site.ts';
import { builtPages } from '../../scripts/bench/js-size.ts';
import { launchBrowser } from './browser.ts';
import { wakeCalculator } from './calculator-helpers.ts';
import { shareLink } from '../../src/share/link-codec.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Runs axe-core (WCAG 2.2 A and AA) on a page, after `prepare` has brought it to the state to check;
 * returns the violations in a readable form.
 */
async function violations(path: string, colorScheme: 'light' | 'dark', width = 1280, prepare?: (page: Page) => Promise<void>): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, bypassCSP: true, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await page.goto(`${inject('baseUrl')}${path}`, { waitUntil: 'networkidle' });
  await prepare?.(page);
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } })`)) as { violations: AxeViolation[] };
  await context.close();
  return result.violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

describe('axe-core finds no WCAG 2.2 A/AA violation', () => {
  for (const path of builtPages(dist)) {
    it(`${path} (light and dark)`, async () => {
      expect(await violations(path, 'light')).toEqual([]);
      expect(await violations(path, 'dark')).toEqual([]);
    });
  }
  it('/calculator/ and /calculator/central/ at a phone width', async () => {
    expect(await violations('/calculator/', 'light', 375)).toEqual([]);
    expect(await violations('/calculator/central/', 'light', 375)).toEqual([]);
  });
  it('/calculator/central/ woken, a row’s steps open (light and dark)', async () => {
    const open = async (page: Page) => {
      await wakeCalculator(page);
      await page.getByRole('button', { name: /社会效益”的计算过程/ }).click();
      await page.locator('.explain-row .explanation:not([aria-busy="true"])').waitFor();
    };
    expect(await violations('/calculator/central/', 'light', 1280, open)).toEqual([]);
    expect(await violations('/calculator/central/', 'dark', 1280, open)).toEqual([]);
  });
});

/** The central example (central-2020), as /central/example/ shows it and opens it in the calculator. */
const centralExample = JSON.parse(readFileSync(new URL('../../content/examples/central-2022-skills-training.json', import.meta.url), 'utf8'));

/** Chooses 中央部门 100 分 in the calculator: a blank central form, its 项目资金 table loaded. */
async function chooseCentral(page: Page): Promise<void> {
  await wakeCalculator(page);
  await page.getByTestId('form-choice').getByRole('button', { name: '中央部门 100 分' }).click();
  await page.locator('.money-table').waitFor();
}

/** The central example filled in (imported as a file), a qualitative row's steps open (tiers, band, explanation). */
async function fillCentral(page: Page): Promise<void> {
  await chooseCentral(page);
  await page.getByTestId('import-file').setInputFiles({ name: 'central.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(centralExample)) });
  await page.getByTestId('tier-band').first().waitFor();
  await page.getByRole('button', { name: /社会效益”的计算过程/ }).click();
  await page.locator('.explain-row .explanation:not([aria-busy="true"])').waitFor();
}

/** The central example from its share link: the explained report (what 在计算器中打开这份表 opens). */
async function sharedReport(page: Page): Promise<void> {
  await page.getByTestId('shared-view').waitFor();
}

describe('axe-core: the calculator on the central form (issue 10)', () => {
  it('/calculator/ with 中央部门 100 分 chosen (light and dark)', async () => {
    expect(await violations('/calculator/', 'light', 1280, chooseCentral)).toEqual([]);
    expect(await violations('/calculator/', 'dark', 1280, chooseCentral)).toEqual([]);
  });
  it('/calculator/ with the central example filled in and a row’s steps open (light and dark)', async () => {
    expect(await violations('/calculator/', 'light', 1280, fillCentral)).toEqual([]);
    expect(await violations('/calculator/', 'dark', 1280, fillCentral)).toEqual([]);
  });
  it('/calculator/ with the central form at a phone width', async () => {
    expect(await violations('/calculator/', 'light', 375, fillCentral)).toEqual([]);
  });
  it('the central example’s share link: the explained report (light and dark, desktop and phone)', async () => {
    const link = shareLink(centralExample);
    expect(await violations(link, 'light', 1280, sharedReport)).toEqual([]);
    expect(await violations(link, 'dark', 1280, sharedReport)).toEqual([]);
    expect(await violations(link, 'light', 375, sharedReport)).toEqual([]);
  });
});
