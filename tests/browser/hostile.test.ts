import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Form } from '../../src/engine/index.ts';
import { encodeForm } from '../../src/share/link-codec.ts';
import { seedForm } from '../helpers/forms.ts';
import { launchBrowser, openPage } from './browser.ts';
import { openCalculator as openCalculatorAt, pasteText, testText, wakeCalculator } from './calculator-helpers.ts';

/*
 * Issue #5: hostile forms (10,000 indicator rows, 1 MB names, 400-digit numbers) must give a clear
 * message or a result in a real tab, never a frozen tab or a crash. Each case is run the way a person
 * meets it: the 导入文件 button, typing or pasting into a cell, opening a share link.
 *
 * What they get: a file or link of more than 500 rows is refused with a message (MAX_ROWS, a real
 * form has a few dozen); a weight of 1000 or more is refused beside its cell (FIELD_RULES); names up
 * to 32,767 characters are kept and scored, longer ones refused (MAX_TEXT_CHARS, issue 14); a form
 * that cannot be autosaved says so.
 */

const baseUrl = inject('baseUrl');
const STORAGE_KEY = 'szpe.calculator.draft.v1';
/** A tab "responds" when a trivial page.evaluate comes back within this many milliseconds. */
const RESPONSIVE_MS = 5_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Milliseconds until the page runs `1 + 1`, or Infinity when it has not within `limit` ms (main thread blocked). */
async function latency(page: Page, limit = RESPONSIVE_MS): Promise<number> {
  const start = Date.now();
  const answered = page.evaluate(() => 1 + 1).then(
    () => Date.now() - start,
    () => Infinity,
  );
  return Promise.race([answered, sleep(limit).then(() => Infinity)]);
}

/** The worst latency seen while probing the page every 250 ms for `forMs` (stops at the first Infinity). */
async function worstLatency(page: Page, forMs: number): Promise<number> {
  const end = Date.now() + forMs;
  let worst = 0;
  while (Date.now() < end) {
    const ms = await latency(page);
    worst = Math.max(worst, ms);
    if (ms === Infinity) break;
    await sleep(250);
  }
  return worst;
}

/** Opens the calculator (a fresh context) and waits until it is live. */
const openCalculator = (path = '/calculator/') => openCalculatorAt(browser, baseUrl, path);

/** The seed form with `n` extra 产出 rows (blank weights: the seed's own weights already fill 产出). */
function tenThousandRows(n = 10_000): Form {
  const form = seedForm();
  for (let i = 0; i < n; i++) form.indicators.push({ category: 'output', name: `指标${i + 1}`, target: '=10 个', actual: '10 个' });
  return form;
}

/** A string of `n` CJK characters that deflate cannot shrink much (a share link that really is ~1 MB). */
function incompressibleChinese(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(0x4e00 + ((i * 7919 + ((i * i) % 101)) % 20_000));
  return s;
}

const importFile = (page: Page, name: string, form: unknown) =>
  page.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(form)) });

const savedDraft = (page: Page) =>
  page.evaluate((key) => {
    const text = localStorage.getItem(key);
    if (!text) return null;
    const d = JSON.parse(text);
    return { chars: text.length, projectName: String(d.fields?.['project/name'] ?? ''), rows: (d.indicators ?? []).length as number };
  }, STORAGE_KEY);

/** 产出第 1 项“改造小区数量” of the seed: draft row 7 (weight 4.80, target =13 个, actual 16 个). */
const ROW = 6;
const TOO_MANY = '指标表 indicators：最多 500 行；一张自评表通常只有几十项，请检查是否选错了文件';
const N400_WEIGHT = '9'.repeat(400);
const N400_ACTUAL = '1' + '0'.repeat(399);

describe('hostile forms in a real tab: (a) a 10,000-row file', () => {
  it('refuses it at once with a message naming the indicator table, the tab responding, nothing replaced', async () => {
    const { page, errors } = await openCalculator();
    try {
      await importFile(page, 'hostile-10000.json', tenThousandRows());
      expect(await worstLatency(page, 2_000)).toBeLessThan(RESPONSIVE_MS);
      await expect.poll(() => testText(page, 'toolbar-message'), { timeout: 10_000 }).toBe(`“hostile-10000.json”不是有效的自评表文件：${TOO_MANY}。`);
      expect(await page.locator('.indicator-row').count()).toBe(15);
      expect(await testText(page, 'total-score')).toBe('80.00');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('imports a form at the cap (500 rows) and scores it, the tab responding', async () => {
    const { page, errors } = await openCalculator();
    try {
      await importFile(page, 'hostile-500.json', tenThousandRows(485));
      await expect.poll(() => testText(page, 'toolbar-message'), { timeout: 30_000 }).toBe('已导入“hostile-500.json”。');
      expect(await worstLatency(page, 2_000)).toBeLessThan(RESPONSIVE_MS);
      expect(await page.locator('.indicator-row').count()).toBe(500);
      expect(await testText(page, 'total-score')).toBe('80.00');
      expect(await savedDraft(page)).toMatchObject({ rows: 500 });
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

/*
 * Issue 14 put a cap on every text field (MAX_TEXT_CHARS, 32,767 characters: an Excel cell), shared by
 * files, links and autosave: a 1 MB name, once kept, is now refused with the field named. Names at
 * the cap are kept and scored.
 */
const TEXT_CAP = 32_767;
const TOO_LONG = '太长：每一格最多 32,767 个字符（与 Excel 一个单元格相同），请删减';

describe('hostile forms in a real tab: (b) long names', () => {
  it('refuses a form whose project name and an indicator name are 1 M characters (6 MB: over the 4 MB file limit), and 400,000 characters (over the text cap), naming both, nothing replaced', async () => {
    const { page, errors } = await openCalculator();
    try {
      const form = seedForm();
      form.project = { ...form.project, name: '项'.repeat(2 ** 20) };
      form.indicators[ROW]!.name = '名'.repeat(2 ** 20);
      await importFile(page, 'hostile-1m-names.json', form);
      await expect
        .poll(() => testText(page, 'toolbar-message'), { timeout: 30_000 })
        .toBe('“hostile-1m-names.json”超过了 4 MB 的上限，没有导入：一张自评表的文件通常只有几十 KB，请检查是否选错了文件。');
      form.project = { ...form.project, name: '项'.repeat(400_000) };
      form.indicators[ROW]!.name = '名'.repeat(400_000);
      await importFile(page, 'hostile-400k-names.json', form);
      await expect
        .poll(() => testText(page, 'toolbar-message'), { timeout: 30_000 })
        .toBe(`“hostile-400k-names.json”不是有效的自评表文件：“项目名称”：${TOO_LONG}；第 7 项指标的“指标名称”：${TOO_LONG}。`);
      expect(await worstLatency(page, 2_000)).toBeLessThan(RESPONSIVE_MS);
      expect(await page.locator('#f-project-name').inputValue()).toBe('全国城镇老旧小区改造试点城市项目');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('imports names at the cap (32,767 characters); scores and autosaves them; editing still works', async () => {
    const { page, errors } = await openCalculator();
    try {
      const form = seedForm();
      const projectName = '项'.repeat(TEXT_CAP);
      form.project = { ...form.project, name: projectName };
      form.indicators[ROW]!.name = '名'.repeat(TEXT_CAP);
      await importFile(page, 'hostile-cap-names.json', form);
      await expect.poll(() => testText(page, 'toolbar-message'), { timeout: 30_000 }).toBe('已导入“hostile-cap-names.json”。');
      expect(await worstLatency(page, 2_000)).toBeLessThan(RESPONSIVE_MS);
      expect(await testText(page, 'total-score')).toBe('80.00');
      expect((await page.locator('#f-project-name').inputValue()).length).toBe(TEXT_CAP);
      expect((await page.locator(`#f-indicators-${ROW}-name`).inputValue()).length).toBe(TEXT_CAP);
      expect(await savedDraft(page)).toMatchObject({ projectName });
      // The row still scores as typed: actual 11 of =13 个 gives the known 76.31.
      await page.locator(`#f-indicators-${ROW}-actual`).fill('11');
      await expect.poll(() => testText(page, 'total-score'), { timeout: 10_000 }).toBe('76.31');
      expect(await latency(page)).toBeLessThan(RESPONSIVE_MS);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  // With the 4 MB form limit no importable form overflows localStorage by itself: the storage is
  // filled first (other data of the site's origin), then a form with long notes cannot be saved.
  it('says so when autosave cannot store the form (localStorage quota)', async () => {
    const { page, errors } = await openCalculator();
    page.on('dialog', (d) => void d.accept());
    try {
      await page.locator('#f-project-name').fill('我原来的表');
      await expect.poll(async () => (await savedDraft(page))?.projectName).toBe('我原来的表');
      const filled = await page.evaluate(() => {
        const chunk = 'x'.repeat(256 * 1024);
        let n = 0;
        try {
          for (; n < 200; n++) localStorage.setItem(`other-data-${n}`, chunk);
        } catch {
          /* full */
        }
        return n;
      });
      expect(filled).toBeGreaterThan(0);
      const form = seedForm();
      form.project = { ...form.project, name: '配额测试' };
      const note = '名'.repeat(TEXT_CAP);
      for (const row of form.indicators) row.note = note;
      await importFile(page, 'hostile-quota.json', form);
      await expect.poll(() => testText(page, 'toolbar-message'), { timeout: 30_000 }).toBe('已导入“hostile-quota.json”。');
      expect(await latency(page)).toBeLessThan(RESPONSIVE_MS);
      expect(await testText(page, 'total-score')).toBe('80.00');
      expect(errors).toEqual([]);
      // Either the form is saved, or the visitor is told (alert or status) that it is not.
      const saved = (await savedDraft(page))?.projectName === '配额测试';
      expect(saved).toBe(false);
      expect(await testText(page, 'autosave-failed')).toBe(
        '这张表没有自动保存：浏览器的存储空间不够或不允许本站存储（表单可能太大）。关闭页面前请用“导出 JSON”保存，以后可再导入。',
      );
      expect(await page.getByTestId('autosave-failed').getAttribute('role')).toBe('alert');
    } finally {
      await page.context().close();
    }
  });
});

describe('hostile forms in a real tab: (c) 400-digit numbers typed or pasted into a cell', () => {
  it('a 400-digit actual value typed key by key: the row scores 0.00 (over 130 %), total 75.20, the tab responds, no overflow', async () => {
    const { page, errors } = await openCalculator();
    try {
      const actual = page.locator(`#f-indicators-${ROW}-actual`);
      await actual.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(N400_ACTUAL);
      expect(await latency(page)).toBeLessThan(RESPONSIVE_MS);
      expect(await actual.inputValue()).toBe(N400_ACTUAL);
      await expect.poll(() => testText(page, 'total-score')).toBe('75.20');
      expect((await page.getByTestId('indicator-score').allTextContents())[ROW]).toBe('0.00');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      // Pasted (Ctrl+V) instead of typed: the same result.
      await actual.fill('16 个');
      await expect.poll(() => testText(page, 'total-score')).toBe('80.00');
      await actual.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await pasteText(page, N400_ACTUAL);
      await expect.poll(() => testText(page, 'total-score')).toBe('75.20');
      expect(await latency(page)).toBeLessThan(RESPONSIVE_MS);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('a 400-digit weight pasted into a cell: the tab responds, no page errors, the cell is kept and an error names the weight', async () => {
    const { page, errors } = await openCalculator();
    try {
      const weight = page.locator(`#f-indicators-${ROW}-weight`);
      await weight.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await pasteText(page, N400_WEIGHT);
      expect(await latency(page)).toBeLessThan(RESPONSIVE_MS);
      expect(await weight.inputValue()).toBe(N400_WEIGHT);
      // Today: the 产出 weight-total error (with a 400-digit sum); once fixed: the message beside the cell.
      const told = () =>
        page.evaluate(
          (row) =>
            [...document.querySelectorAll('.check[data-code="WEIGHT_SUM_MISMATCH"], #msg-f-indicators-' + row + '-weight')]
              .map((e) => e.textContent ?? '')
              .filter((t) => /“产出”类指标的权重合计为 \d{400,}\.\d\d 分，应为 24\.00 分：|权重.*这一格暂不计入/.test(t)).length,
          ROW,
        );
      await expect.poll(told).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  // A weight is below 1000 (FIELD_RULES.weight): the cell is refused like any unreadable weight, with
  // its message beside it; the row takes the blank-weight share (4.80) and the total stays 80.00.
  it('a 400-digit weight is refused beside the cell, the total stays 80.00 and the page does not overflow', async () => {
    const { page } = await openCalculator();
    try {
      const weight = page.locator(`#f-indicators-${ROW}-weight`);
      await weight.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await pasteText(page, N400_WEIGHT);
      await expect.poll(() => page.locator(`#msg-f-indicators-${ROW}-weight`).count(), { timeout: 5_000 }).toBe(1);
      expect(await page.locator(`#msg-f-indicators-${ROW}-weight`).textContent()).toContain('这一格暂不计入，其余照常计分。');
      expect(await testText(page, 'total-score')).toBe('80.00');
      // The total bar counts the refused cell as an error (not 核对通过).
      expect(await page.locator('.total-status').textContent()).toBe('1 处错误');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    } finally {
      await page.context().close();
    }
  });
});

describe('hostile forms in a real tab: (d) share links that carry them', () => {
  const openLink = async (page: Page, code: string) => {
    await page.goto(`${baseUrl}/calculator/?from=singlemessage#${code}`);
    await wakeCalculator(page);
  };

  it('a 10,000-row link is refused with the page’s message naming the indicator table, the tab responding', async () => {
    const { page, errors } = await openCalculator();
    try {
      const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
      const code = encodeForm(tenThousandRows());
      expect(code.length).toBeLessThan(60_000);
      await openLink(page, code);
      expect(await worstLatency(page, 2_000)).toBeLessThan(RESPONSIVE_MS);
      await page.getByTestId('link-problem').waitFor({ timeout: 10_000 });
      expect(await testText(page, 'link-problem')).toBe('链接里的表单有问题，无法打开：');
      expect(await page.locator('.link-problem li').allTextContents()).toEqual([`${TOO_MANY}。`]);
      expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  // Issue 14: a text field holds at most 32,767 characters, so the largest name a link can carry is
  // that (a 1 MB name is refused: hostile-inputs.test.ts). One that deflate cannot shrink opens.
  it('a link with an incompressible project name at the cap (32,767 characters) opens as the report with total 80.00', async () => {
    const { page, errors } = await openCalculator();
    try {
      const form = seedForm();
      const name = incompressibleChinese(TEXT_CAP);
      form.project = { ...form.project, name };
      const code = encodeForm(form);
      expect(code.length).toBeGreaterThan(80_000);
      await openLink(page, code);
      await page.getByTestId('shared-view').waitFor({ timeout: 30_000 });
      expect(await worstLatency(page, 2_000)).toBeLessThan(RESPONSIVE_MS);
      expect(await testText(page, 'total-score')).toBe('80.00');
      expect(await testText(page, 'report-total')).toBe('80.00');
      expect(await page.locator('#h-shared').textContent()).toBe(`分享的自评表：${name}`);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('a link with a 400-digit actual value opens with that row at 0.00 and total 75.20', async () => {
    const { page, errors } = await openCalculator();
    try {
      const form = seedForm();
      form.indicators[ROW]!.actual = N400_ACTUAL;
      await openLink(page, encodeForm(form));
      await page.getByTestId('shared-view').waitFor({ timeout: 30_000 });
      expect(await latency(page)).toBeLessThan(RESPONSIVE_MS);
      expect(await testText(page, 'report-total')).toBe('75.20');
      expect(await testText(page, 'report-category-output')).toBe('19.20');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  // A weight of 1000 or more cannot be right: the link is refused with the page's usual message, the field named.
  it('a link with a 400-digit weight is refused with “链接里的表单有问题” naming 第 7 项指标的“权重”', async () => {
    const { page } = await openCalculator();
    try {
      const form = seedForm();
      form.indicators[ROW]!.weight = N400_WEIGHT;
      await openLink(page, encodeForm(form));
      await page.getByTestId('link-problem').waitFor({ timeout: 10_000 });
      expect(await testText(page, 'link-problem')).toBe('链接里的表单有问题，无法打开：');
      expect(await page.locator('.link-problem li').first().textContent()).toContain('第 7 项指标的“权重”');
    } finally {
      await page.context().close();
    }
  });
});
