/**
 * The guide on a 375 px phone, measured on boxes (getBoundingClientRect), not on pixels: every
 * page fits the screen's width; every cell of every table (so every 得分 of the engine-made tables)
 * is within the screen, none squeezed to a character or two a line; each score card names its
 * column; the scoring curves' text is at least 11 px tall and no text of a curve covers another
 * text or a marked point (C8's 「100%」 sat on point 1), at 375 and 1280 px; the central example's
 * indicator table fits its column at 1280 and 1024 px with its names readable.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { docFiles } from '../content/docs-files.ts';
import { launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const routes = docFiles().map((d) => d.route);
const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
/** Every page, one after another: 5 s each on a shared machine. */
const EVERY_PAGE_TIMEOUT = Math.max(120_000, routes.length * 5_000);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** What is wrong with the tables of the page in view: cells past the screen's edges, squeezed cells. */
function tableDefects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`页面可横向滚动：${document.documentElement.scrollWidth} > ${width}`);
    document.querySelectorAll('main table').forEach((table) => {
      const name = table.querySelector('caption')?.textContent?.trim().slice(0, 24) || table.className;
      table.querySelectorAll('th, td').forEach((cell) => {
        const box = cell.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(cell).position === 'absolute' || cell.closest('thead')?.getBoundingClientRect().width === 1) return;
        const text = (cell.textContent ?? '').trim();
        if (box.left < -0.5 || box.right > width + 0.5) out.push(`「${name}」的格子「${text.slice(0, 12)}」在屏幕外：${Math.round(box.left)}–${Math.round(box.right)}`);
        // A cell of four characters or more at least three characters wide (not one or two a line).
        if ([...text].length >= 4 && box.width < 40) out.push(`「${name}」的格子「${text.slice(0, 12)}」只有 ${Math.round(box.width)} px 宽`);
      });
    });
    // Pictures' text (the curves, the form's parts diagram): a drawing scaled down to the screen shrinks
    // its text with it (the parts diagram's was 5 px). A line of text of 11 px is about 12.5 px tall.
    document.querySelectorAll('main svg text').forEach((text) => {
      const box = text.getBoundingClientRect();
      if (box.height > 0 && box.height < 11) out.push(`图中文字「${(text.textContent ?? '').trim().slice(0, 12)}」只有 ${box.height.toFixed(1)} px 高`);
    });
    return out;
  });
}

describe('guide tables on a 375 px phone', () => {
  it('no page scrolls sideways, every cell of every table (each 得分 included) is on screen and readable, and pictures’ text is not shrunk', { timeout: EVERY_PAGE_TIMEOUT }, async () => {
    const { page } = await openPage(browser, baseUrl, PHONE);
    const defects: string[] = [];
    for (const route of routes) {
      await page.goto(`${baseUrl}${route}`);
      defects.push(...(await tableDefects(page)).map((d) => `${route} ${d}`));
    }
    expect(defects).toEqual([]);
    await page.context().close();
  });

  it('shows each score with its column’s name and what it is out of, beside the row’s values', async () => {
    const { page } = await openPage(browser, baseUrl, PHONE);
    const cases: [string, string][] = [
      ['/central/compare/', 'table.forms-compare'],
      ['/guide/writing-values/', 'table.value-table'],
      ['/central/example/', 'table.cf-indicators'],
      ['/central/example/', 'table.cf-funds'],
    ];
    for (const [route, selector] of cases) {
      await page.goto(`${baseUrl}${route}`);
      const table = page.locator(selector).first();
      // The column headings stay in the table for screen readers (only visually hidden).
      expect(await table.locator('thead th').count(), route).toBeGreaterThan(0);
      const scores = table.locator('tbody td.score');
      expect(await scores.count(), `${route} ${selector}`).toBeGreaterThan(0);
      for (const cell of await scores.all()) {
        const label = await cell.evaluate((el) => getComputedStyle(el, '::before').content);
        expect(label, route).toMatch(/得分/);
        const box = (await cell.boundingBox())!;
        expect(box.x, route).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, route).toBeLessThanOrEqual(PHONE.width);
      }
    }
    // The writing-values card: 得分 “24.00 / 24.00” on one line, right under the written value.
    await page.goto(`${baseUrl}/guide/writing-values/`);
    const row = page.locator('table.value-table tbody tr').first();
    const values = (await row.locator('th').boundingBox())!;
    const score = (await row.locator('td.score').boundingBox())!;
    const reading = (await row.locator('td.vt-read').boundingBox())!;
    expect(score.y).toBeGreaterThan(values.y);
    expect(score.y).toBeLessThan(reading.y);
    const figure = (await row.locator('td.score strong').boundingBox())!;
    const outOf = (await row.locator('td.score .vt-of').boundingBox())!;
    expect(Math.abs(figure.y + figure.height - (outOf.y + outOf.height))).toBeLessThan(6);
    expect(outOf.x).toBeGreaterThan(figure.x);
    await page.context().close();
  });
});

/** Pages with scoring curves (Suzhou and central). */
const CURVE_PAGES = ['/rules/band/', '/rules/completion-ratio/', '/rules/impact/', '/rules/lower-is-better/', '/rules/outcome/', '/indicators/budget-execution-rate/', '/central/rules/higher-is-better/', '/central/rules/lower-is-better/', '/central/rules/execution-score/', '/central/rules/over-target/'];

/** The curves' text smaller than 11 px, and text covering another text or a marked point. */
function curveDefects(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const svgs = [...document.querySelectorAll<SVGSVGElement>('main svg.curve-svg')].filter((s) => s.getBoundingClientRect().width > 0);
    if (svgs.length === 0) out.push('没有曲线');
    for (const svg of svgs) {
      const texts = [...svg.querySelectorAll('text')];
      for (const t of texts) {
        const px = t.getBoundingClientRect().height;
        const size = (parseFloat(getComputedStyle(t).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
        if (size < 11) out.push(`「${t.textContent}」字高 ${size.toFixed(1)} px（框高 ${px.toFixed(1)}）`);
      }
      const boxes = [...texts.map((t) => ({ what: `「${t.textContent}」`, r: t.getBoundingClientRect() })), ...[...svg.querySelectorAll('circle')].map((c, i) => ({ what: `第 ${i + 1} 个点`, r: c.getBoundingClientRect() }))];
      // Texts against texts and points (two points may sit close: their rows score alike).
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.r;
          const b = boxes[j]!.r;
          // 1 px of slack: glyph boxes include the font's line gap.
          if (a.left + 1 < b.right && b.left + 1 < a.right && a.top + 1 < b.bottom && b.top + 1 < a.bottom) out.push(`${boxes[i]!.what} 与 ${boxes[j]!.what} 重叠`);
        }
    }
    return out;
  });
}

describe('scoring curves', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`have text of 11 px or more and nothing covering anything at ${viewport.width} px`, { timeout: 120_000 }, async () => {
      const { page } = await openPage(browser, baseUrl, viewport);
      const defects: string[] = [];
      for (const route of CURVE_PAGES) {
        await page.goto(`${baseUrl}${route}`);
        defects.push(...(await curveDefects(page)).map((d) => `${route} ${d}`));
      }
      expect(defects).toEqual([]);
      await page.context().close();
    });
  }
});

describe('the central example’s indicator table on a wide screen', () => {
  for (const viewport of [DESKTOP, { width: 1024, height: 900 }]) {
    it(`fits the article’s column at ${viewport.width} px, names four or five characters a line, 总分 “96.98 / 100.00”`, async () => {
      const { page } = await openPage(browser, baseUrl, viewport);
      await page.goto(`${baseUrl}/central/example/`);
      const m = await page.locator('table.cf-indicators').evaluate((table) => {
        const wrap = table.parentElement!;
        // Characters a line a cell's text has room for: its content box over the font size (1em a character).
        const chars = (cell: Element) => {
          const cs = getComputedStyle(cell);
          return Math.floor((cell.getBoundingClientRect().width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 1) / parseFloat(cs.fontSize));
        };
        const least = (selector: string) => Math.min(...[...table.querySelectorAll(selector)].map(chars));
        return {
          sideways: wrap.scrollWidth - wrap.clientWidth,
          pastColumn: Math.round(table.getBoundingClientRect().right - wrap.getBoundingClientRect().right),
          level1: least('tbody th[scope=rowgroup]'),
          level2: least('tbody td[data-label=二级指标]'),
          level3: least('tbody th[scope=row]'),
          total: (table.querySelector('tfoot td.score')?.textContent ?? '').trim(),
        };
      });
      expect(m.sideways).toBe(0);
      expect(m.pastColumn).toBeLessThanOrEqual(0);
      // 三级指标 was two characters a line at 1280 px (the 得分 column took 135 px for “96.98 / 100.00”).
      expect(m.level1).toBeGreaterThanOrEqual(4);
      expect(m.level2).toBeGreaterThanOrEqual(4);
      expect(m.level3).toBeGreaterThanOrEqual(5);
      expect(m.total).toBe('96.98 / 100.00');
      await page.context().close();
    });
  }
});
