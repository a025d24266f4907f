/**
 * Layout defects of the calculator's two forms, measured on boxes (getBoundingClientRect, scrollWidth)
 * and on the printed PDF's words (poppler's pdftotext -bbox), not on pixels: a category heading never
 * orphaned on paper, the central 项目资金 table on a 375 px phone, long values in the indicator table.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { askToPrint, openCalculator } from './calculator-helpers.ts';
import { encodeForm } from '../../src/share/link-codec.ts';
import type { Form } from '../../src/engine/types.ts';

const baseUrl = inject('baseUrl');
const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 375, height: 740 };
const centralExample = () => JSON.parse(readFileSync(new URL('../../content/examples/central-2022-skills-training.json', import.meta.url), 'utf8')) as Form;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a form as an edited copy (a share link, then 编辑副本), as a visitor's own form. */
async function openCopy(form: Form, viewport: { width: number; height: number }) {
  const opened = await openCalculator(browser, baseUrl, `/calculator/#${encodeForm(form)}`, viewport);
  opened.page.on('dialog', (d) => void d.accept());
  await opened.page.getByRole('button', { name: '编辑副本' }).click();
  await expect.poll(() => opened.page.locator('#f-project-name').inputValue()).toBe(form.project!.name!);
  return opened;
}

/** Prints the page on A4 (the calculator's own print path) and returns the PDF file. */
async function printToFile(page: Page): Promise<string> {
  await askToPrint(page);
  await page.emulateMedia({ media: 'print' });
  const file = join(mkdtempSync(join(tmpdir(), 'layout-print-')), 'page.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
  return file;
}

interface Word {
  x: number;
  y: number;
  text: string;
}

/** Each printed page's words with their top-left corner (pt), in poppler's reading order. */
function wordsOf(file: string): Word[][] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return xml
    .split('<page ')
    .slice(1)
    .map((page) => [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3]! })));
}

/**
 * The print sheet's 一级指标 column on each page: the words left of the 二级指标 heading, from the
 * heading down to 核对结果, top to bottom, without the heading itself (`''` on a page without the table).
 */
function categoryColumn(pages: Word[][]): string[] {
  return pages.map((words) => {
    const head = words.find((w) => w.text.startsWith('一级指'));
    const next = words.find((w) => w.text.startsWith('二级指'));
    if (!head || !next) return '';
    const end = words.find((w) => w.text.startsWith('核对结果'))?.y ?? Infinity;
    const column = words.filter((w) => w.x < next.x - 1 && w.y >= head.y && w.y < end).sort((a, b) => a.y - b.y || a.x - b.x);
    return column
      .map((w) => w.text)
      .join('')
      .replace(/^一级指标/, '');
  });
}

describe('print: a category heading stays with its first row', () => {
  it('central form: with notes that push 满意度 to the foot of page 1, 「满意度指标（10 分）」 is printed whole, on the page of its row', async () => {
    const form = centralExample();
    // Three 92-character notes and a longer first one: on the old sheet (a 类别 cell spanning the
    // category's rows) 满意度指标 ended page 1 and 「（10 分）」 began page 2, its row there too.
    const note = '受场地改造影响，两期培训顺延至次年一季度举办，已与承办机构签订补充协议，明确次年三月底前完成全部课时并同步开展就业跟踪回访工作，确保目标。';
    form.indicators.slice(0, 3).forEach((row) => (row.note = note));
    form.indicators[0]!.note += '补充说明。'.repeat(6);
    const { page, errors } = await openCopy(form, DESKTOP);
    const pages = wordsOf(await printToFile(page));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const columns = categoryColumn(pages);
    // Every page's 一级指标 column holds whole headings only: none cut between two pages.
    for (const [n, text] of columns.entries()) expect(text, `page ${n + 1}'s 一级指标 column`).toMatch(/^(?:(?:产出|效益|满意度)指标（\d+分）)*$/);
    expect(columns.join('')).toBe('产出指标（50分）效益指标（30分）满意度指标（10分）');
    // Each heading is on the page of its category's first row (its 三级指标).
    const firstRows = { 产出指标: '培训人次', 效益指标: '带动就业人数', 满意度指标: '服务对象满意' };
    for (const [heading, name] of Object.entries(firstRows)) {
      const at = columns.findIndex((text) => text.includes(heading));
      expect(
        pages[at]!.map((w) => w.text).join(''),
        `${heading} is printed with its first row`,
      ).toContain(name);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the central 项目资金 table on a 375 px phone', () => {
  it('fits the screen without sideways scrolling; every amount is a field wide enough, named by row and column', async () => {
    const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/central/', PHONE);
    const table = page.locator('.money-table');
    const box = await table.evaluate((t) => {
      const scroller = t.closest('.table-scroll')!;
      const block = t.closest('.form-block')!.getBoundingClientRect();
      const fields = [...t.querySelectorAll<HTMLInputElement>('input')].map((i) => {
        const r = i.getBoundingClientRect();
        return { name: i.getAttribute('aria-label'), left: r.left, right: r.right, width: r.width, clipped: i.scrollWidth > i.clientWidth };
      });
      const label = [...t.querySelectorAll('tbody th')].find((th) => th.textContent === '年度资金总额')!.getBoundingClientRect();
      return { scroll: scroller.scrollWidth - scroller.clientWidth, block: { left: block.left, right: block.right }, fields, labelHeight: label.height };
    });
    // Seven columns side by side scrolled 244 px sideways in a 315 px box.
    expect(box.scroll, 'sideways scroll of the 项目资金 table').toBe(0);
    expect(box.fields.map((f) => f.name)).toEqual([
      '年度资金总额 年初预算数',
      '年度资金总额 全年预算数',
      '年度资金总额 全年执行数',
      '年度资金总额 分值',
      '年度资金总额 执行率（表上所填）',
      '年度资金总额 得分（表上所填）',
      '当年财政拨款 年初预算数',
      '当年财政拨款 全年预算数',
      '当年财政拨款 全年执行数',
      '上年结转资金 年初预算数',
      '上年结转资金 全年预算数',
      '上年结转资金 全年执行数',
      '其他资金 年初预算数',
      '其他资金 全年预算数',
      '其他资金 全年执行数',
    ]);
    for (const f of box.fields) {
      expect(f.left, `${f.name} inside the block`).toBeGreaterThanOrEqual(box.block.left);
      expect(f.right, `${f.name} inside the block`).toBeLessThanOrEqual(box.block.right);
      expect(f.width, `${f.name} width`).toBeGreaterThanOrEqual(80);
      expect(f.clipped, `${f.name} shows its amount whole`).toBe(false);
    }
    // The row's label on one line (it was a 130 px tall cell beside the first row's stacked figures).
    expect(box.labelHeight).toBeLessThan(30);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/**
 * The indicator table's fields whose value does not show whole (wider than the field, or taller), by
 * accessible name, and how far the table and the page scroll sideways.
 */
async function clippedFields(page: Page) {
  return page.evaluate(() => {
    const table = document.querySelector('.indicator-table')!;
    const scroller = table.closest('.table-scroll')!;
    const clipped = [...table.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.field')]
      .filter((f) => f.scrollWidth > f.clientWidth || f.scrollHeight > f.clientHeight + 1)
      .map((f) => `${f.getAttribute('aria-label')}: ${f.value} (${f.scrollWidth}×${f.scrollHeight} in ${f.clientWidth}×${f.clientHeight})`);
    return {
      clipped,
      tableScroll: scroller.scrollWidth - scroller.clientWidth,
      pageScroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

/** The central example with long values where real forms have them: a date target, long names, a long note. */
function longCentral(): Form {
  const form = centralExample();
  const timely = form.indicators.find((i) => i.level2 === '时效指标')!;
  timely.target = '2024年12月31日前';
  timely.actual = '2024年12月20日前';
  form.indicators[0]!.name = '培训结业学员六个月内实现就业的比例';
  form.indicators[0]!.note = '受场地改造影响，两期培训顺延至次年一季度举办，已与承办机构签订补充协议，明确次年三月底前完成全部课时。';
  form.indicators.find((i) => i.category === 'benefit')!.level2 = '可持续影响指标';
  return form;
}

describe('long values in the indicator table show whole', () => {
  it('central form at 1280 px: 服务对象满意度指标, 2024年12月31日前, a long 三级指标 and 偏差原因 show whole; the table does not scroll sideways', async () => {
    const { page, errors } = await openCopy(longCentral(), { width: 1280, height: 900 });
    const long = ['二级指标', '三级指标', '年度指标值', '实际完成值', '偏差原因分析及改进措施'];
    const values = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('.indicator-table .field')].map((f) => f.value));
    // The long values are there to be measured (the fields hold them as typed).
    expect(values).toEqual(expect.arrayContaining(['服务对象满意度指标', '可持续影响指标', '2024年12月31日前', '2024年12月20日前', '培训结业学员六个月内实现就业的比例']));
    const box = await clippedFields(page);
    // The old inputs cut 服务对象满意度指标, 2024年12月31日前 and the name to their first characters.
    expect(box.clipped, `fields that cut their value (${long.join('、')})`).toEqual([]);
    expect(box.tableScroll).toBe(0);
    expect(box.pageScroll).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('central form at 1024 px: the dates, names and notes show whole (二级指标 up to seven characters), no sideways scroll', async () => {
    const form = longCentral();
    form.indicators.find((i) => i.category === 'satisfaction')!.level2 = '满意度指标';
    const { page, errors } = await openCopy(form, { width: 1024, height: 900 });
    const box = await clippedFields(page);
    expect(box.clipped).toEqual([]);
    expect(box.tableScroll).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('central form at 375 px: every value shows whole, 服务对象满意度指标 included, and nothing scrolls sideways', async () => {
    const { page, errors } = await openCopy(longCentral(), PHONE);
    const box = await clippedFields(page);
    expect(box.clipped).toEqual([]);
    expect(box.tableScroll).toBe(0);
    expect(box.pageScroll).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 1024, height: 900 },
    PHONE,
  ]) {
    it(`Suzhou form at ${viewport.width} px: long 指标名称 and dates show whole, no sideways scroll`, async () => {
      const { page, errors } = await openCalculator(browser, baseUrl, '/calculator/', viewport);
      const row = '产出第 1 项“改造小区数量”';
      await page.getByLabel(`${row} 目标值`, { exact: true }).fill('2020年12月31日前完成');
      await page.getByLabel(`${row} 实际完成值`, { exact: true }).fill('2020年12月20日前完成');
      await page.getByLabel('产出第 1 项 指标名称', { exact: true }).fill('全国城镇老旧小区改造试点城市改造小区数量');
      const box = await clippedFields(page);
      expect(box.clipped).toEqual([]);
      expect(box.tableScroll).toBe(0);
      expect(box.pageScroll).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
