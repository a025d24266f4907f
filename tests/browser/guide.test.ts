import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { scoreOne } from '../../src/components/docs/score-one.ts';
import { scoreRow } from '../../src/components/docs/score-row.ts';
import type { CategoryId, ScoringOptions } from '../../src/engine/index.ts';
import { docFiles } from '../content/docs-files.ts';
import { readFileSync } from 'node:fs';
import { decodeShareCode } from '../../src/share/link-codec.ts';
import { getRuleSet, scoreForm, type Form } from '../../src/engine/index.ts';
import { launchBrowser, openPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const docs = docFiles();
const withIsland = (body: string) => /client:visible/.test(body);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, viewport?: { width: number; height: number }) {
  const opened = await openPage(browser, baseUrl, viewport);
  const scripts: string[] = [];
  opened.page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await opened.page.goto(`${baseUrl}${path}`);
  return { ...opened, scripts };
}

/** Scrolls an island into view and waits until it has hydrated (client:visible). */
async function hydrated(page: Page, selector: string) {
  const island = page.locator(`astro-island:has(${selector})`).first();
  await island.scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel)?.closest('astro-island');
    return !!el && !el.hasAttribute('ssr');
  }, selector);
}

/** These tests open every guide page one after another: their time limit grows with the number of pages (5 s each, shared machine). */
const EVERY_PAGE_TIMEOUT = Math.max(120_000, docs.length * 5_000);

describe('guide pages', () => {
  it('every page has a title, a description, an indexed article, and makes no outside request', async () => {
    for (const d of docs) {
      const { page, foreign, errors, scripts } = await open(d.route);
      expect(await page.title(), d.route).toContain(d.data.title!.slice(0, 6));
      expect((await page.locator('meta[name="description"]').getAttribute('content'))?.length ?? 0, d.route).toBeGreaterThan(20);
      expect(await page.locator('article[data-pagefind-body] h1').count(), d.route).toBe(1);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      // No page ships JavaScript it does not use: only pages with a mini-calculator load scripts.
      await page.waitForLoadState('networkidle');
      if (!withIsland(d.body)) expect(scripts, d.route).toEqual([]);
      expect(foreign, d.route).toEqual([]);
      expect(errors, d.route).toEqual([]);
      await page.context().close();
    }
  }, EVERY_PAGE_TIMEOUT);

  it('worked examples and comparison tables on the built pages say what the engine says', async () => {
    let checked = 0;
    for (const d of docs) {
      const { page } = await open(d.route);
      const examples = await page.locator('figure[data-example]').evaluateAll((els) => els.map((e) => ({ ...(e as HTMLElement).dataset })));
      for (const ex of examples) {
        const out = scoreOne(
          { category: ex.category as CategoryId, target: ex.target!, actual: ex.actual!, weight: ex.weight! },
          JSON.parse(ex.options ?? '{}') as Partial<ScoringOptions>,
        );
        expect(out.ok && out.result.score, `${d.route} ${ex.target} → ${ex.actual}`).toBe(ex.score);
        checked++;
      }
      // The central form's examples (a row, or the funds table) against the engine's central-2020.
      const central = await page.locator('figure[data-central-example]').evaluateAll((els) => els.map((e) => ({ ...(e as HTMLElement).dataset })));
      for (const ex of central) {
        const row = { category: ex.category as CategoryId, target: ex.target!, actual: ex.actual!, weight: ex.weight!, ...(ex.level2 ? { level2: ex.level2 } : {}), ...(ex.selfScore ? { selfScore: ex.selfScore } : {}), ...(ex.note ? { note: ex.note } : {}) };
        expect(scoreRow('central-2020', row, JSON.parse(ex.options ?? '{}') as ScoringOptions).result.score, `${d.route} ${ex.target} → ${ex.actual}`).toBe(ex.score);
        checked++;
      }
      const executions = await page.locator('figure[data-execution-example]').evaluateAll((els) => els.map((e) => ({ ...(e as HTMLElement).dataset })));
      for (const ex of executions) {
        const form = { version: 1, ruleSet: 'central-2020', options: JSON.parse(ex.options ?? '{}'), execution: JSON.parse(ex.execution!), indicators: [{ category: 'output', name: '示例指标', target: '≥1', actual: '1', weight: '1' }] } as Form;
        expect(scoreForm(form).execution?.score, `${d.route} ${ex.execution}`).toBe(ex.score);
        checked++;
      }
      await page.context().close();
    }
    expect(checked).toBeGreaterThan(30);
  }, EVERY_PAGE_TIMEOUT);

  it('sidebar, breadcrumbs and previous/next are there; the sidebar folds away at 375 px without horizontal scrolling', async () => {
    const { page } = await open('/rules/band/');
    expect(await page.locator('.doc-sidebar a[aria-current="page"]').textContent()).toContain('100%～130%');
    expect(await page.locator('.breadcrumbs li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.pager a[rel="prev"]').count()).toBe(1);
    expect(await page.locator('.pager a[rel="next"]').count()).toBe(1);
    await page.context().close();
    for (const path of ['/rules/band/', '/readings/', '/examples/seed-2020/', '/indicators/budget-execution-rate/', '/rules/weights/']) {
      const small = await open(path, { width: 375, height: 800 });
      expect(await small.page.locator('.doc-sidebar').isVisible()).toBe(false);
      expect(await small.page.locator('.doc-nav-mobile').isVisible()).toBe(true);
      const overflow = await small.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await small.page.context().close();
    }
  });

  it('a worked central form shows its 分值 as summed in the 总分 row (C3 page: 99.00, as its own check says, not the form’s 100)', async () => {
    const { page } = await open('/central/rules/weights/');
    expect(await page.getByTestId('weight-total').first().textContent()).toBe('99.00');
    expect(await page.locator('.worked-checks').first().textContent()).toContain('99.00');
    await page.context().close();
  });

  it('on a page of the central form’s guide the sidebar starts with the central form’s chapters; elsewhere with the Suzhou form’s', async () => {
    const labels = async (path: string) => {
      const { page } = await open(path);
      const found = await page.locator('.doc-sidebar .nav-group-label').allTextContents();
      await page.context().close();
      return found;
    };
    const central = await labels('/central/rules/tiers/');
    expect(central.slice(0, 2)).toEqual(['中央部门项目支出绩效自评表（100 分）', '中央表的评分规则（C1–C16）']);
    const suzhou = await labels('/rules/band/');
    expect(suzhou[0]).toBe('入门');
    // The same groups either way, only their order differs.
    expect([...central].sort()).toEqual([...suzhou].sort());
  });
});

describe('the home page', () => {
  it('says which two forms the site covers, with their maxima from the rule sets', async () => {
    const { page } = await open('/');
    const items = await page.locator('[data-testid="covered-forms"] li').allTextContents();
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('苏州市级财政支出项目绩效自评表');
    expect(items[0]).toContain(`满分 ${getRuleSet('suzhou-2017')!.total} 分`);
    expect(items[1]).toContain('中央部门项目支出绩效自评表');
    expect(items[1]).toContain(`满分 ${getRuleSet('central-2020')!.total} 分`);
    // The central form's guide, and its own calculator page (issue 10).
    expect(await page.locator('[data-testid="covered-forms"] a[href$="/central/"]:not([href$="/calculator/central/"])').count()).toBe(1);
    expect(await page.locator('[data-testid="covered-forms"] a[href$="/calculator/central/"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('the rounding page', () => {
  it('shows binary floats losing the 0.01 分 that exact decimals keep (3 × 0.835)', async () => {
    const { page } = await open('/rules/rounding/');
    const rows = await page.locator('table[data-float-demo] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    expect(rows).toEqual([
      ['2.5049999999999998934…', '2.50'],
      ['2.505', '2.51'],
    ]);
    await page.context().close();
  });
});

describe('curves', () => {
  it('are accessible SVG pictures with Chinese axes and the 100 % and 130 % marks', async () => {
    const { page } = await open('/rules/band/');
    const svg = page.locator('#band-curve-title').locator('xpath=..');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('aria-labelledby')).toBe('band-curve-title band-curve-desc');
    expect(await page.locator('#band-curve-desc').textContent()).toContain('130%');
    const labels = await svg.locator('.curve-mark-label').allTextContents();
    expect(labels).toEqual(['100%', '130%']);
    expect(await svg.locator('.curve-axis').allTextContents()).toEqual(['完成率（%）', '得分占权重（%）']);
    expect(await svg.locator('.curve-dot').count()).toBe(3);
    await page.context().close();
  });
});

describe('mini-calculators', () => {
  it('score as the engine does, move the reader’s point on the curve, and show the engine’s message next to a bad field', async () => {
    const { page, errors } = await open('/rules/band/');
    await hydrated(page, '#band-calc-actual');
    const box = page.locator('section.mini-calc').filter({ has: page.locator('#band-calc-actual') });
    const engine = (actual: string, weight = '4.8') => {
      const out = scoreOne({ category: 'output', name: '改造小区数量', target: '=13 个', actual, weight });
      return out.ok ? out.result : null;
    };
    expect(await box.getByTestId('mini-score').textContent()).toBe(engine('11 个')!.score);
    const dot = box.locator('.curve-dot circle');
    const before = Number(await dot.getAttribute('cx'));
    await page.locator('#band-calc-actual').fill('16 个');
    await expect.poll(() => box.getByTestId('mini-score').textContent()).toBe(engine('16 个')!.score);
    expect(Number(await dot.getAttribute('cx'))).toBeGreaterThan(before);
    expect(await box.locator('.mc-steps li').allTextContents()).toEqual(engine('16 个')!.explanation);
    await page.locator('#band-calc-actual').fill('20 个');
    await expect.poll(() => box.getByTestId('mini-score').textContent()).toBe(engine('20 个')!.score);
    // A bad weight: the engine's own validation message, beside the field.
    await page.locator('#band-calc-weight').fill('四点八');
    const bad = scoreOne({ category: 'output', target: '=13 个', actual: '20 个', weight: '四点八' });
    expect(bad.ok).toBe(false);
    await expect.poll(() => page.locator('#band-calc-weight-msg').textContent()).toBe(!bad.ok ? bad.issues[0]!.message : '');
    expect(await page.locator('#band-calc-weight').getAttribute('aria-invalid')).toBe('true');
    // A bad actual: the engine's check message, beside that field.
    await page.locator('#band-calc-weight').fill('4.8');
    await page.locator('#band-calc-actual').fill('约16个');
    const unparsable = scoreOne({ category: 'output', name: '改造小区数量', target: '=13 个', actual: '约16个', weight: '4.8' });
    await expect.poll(() => page.locator('#band-calc-actual-msg').textContent()).toBe(unparsable.ok ? unparsable.checks[0]!.message : '');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('grade buttons fill 实际完成值 and rescore (qualitative indicator)', async () => {
    const { page } = await open('/indicators/fund-compliance/');
    await hydrated(page, '#fc-calc-actual');
    const box = page.locator('section.mini-calc').filter({ has: page.locator('#fc-calc-actual') });
    await box.getByRole('button', { name: '较好', exact: true }).click();
    const out = scoreOne({ category: 'input', name: '资金使用合规性', target: '合规', actual: '较好', weight: '3' });
    await expect.poll(() => box.getByTestId('mini-score').textContent()).toBe(out.ok ? out.result.score : '');
    expect(await page.locator('#fc-calc-actual').inputValue()).toBe('较好');
    await page.context().close();
  });

  it('the budget mini-calculator computes 预算执行率 and scores the 投入 row with it', async () => {
    const { page } = await open('/indicators/budget-execution-rate/');
    await hydrated(page, '#ber-budget-funds-actualPayment');
    const box = page.locator('section.mini-calc').filter({ has: page.locator('#ber-budget-funds-actualPayment') });
    await page.locator('#ber-budget-funds-actualPayment').fill('99');
    await expect.poll(() => box.getByTestId('mini-rate').textContent()).toBe('90.00%');
    const out = scoreOne({ category: 'input', name: '预算执行率', target: '=100%', actual: '90.00%', weight: '8' });
    expect(await box.getByTestId('mini-score').textContent()).toBe(out.ok ? out.result.score : '');
    await page.context().close();
  });

  it('the weights mini-calculator splits a total equally with the leftover cents first', async () => {
    const { page } = await open('/rules/weights/');
    await hydrated(page, '#weights-calc-h');
    await expect.poll(() => page.getByTestId('weight-sum').count()).toBe(1);
    const used = await page.getByTestId('weight-used').allTextContents();
    expect(used).toHaveLength(7);
    expect(await page.getByTestId('weight-sum').textContent()).toBe('24.00');
    expect(new Set(used).size).toBe(2);
    await page.context().close();
  });
});

describe('worked example pages', () => {
  // The calculator opens a form from the link's hash once it reads location.hash (issue 4).
  const calculatorReadsHash = readFileSync(new URL('../../src/components/calculator/Calculator.tsx', import.meta.url), 'utf8').includes('location.hash');
  const cases: [string, string][] = [
    ['/examples/seed-2020/', '../../content/examples/seed-2020-old-residential-pilot.json'],
    ['/examples/output-shortfall/', '../cases/output-shortfall-linear.json'],
    ['/examples/output-over-130/', '../cases/output-over-130.json'],
    ['/examples/lower-is-better/', '../cases/lower-is-better.json'],
    ['/examples/missing-actual/', '../cases/missing-actual.json'],
  ];
  for (const [route, file] of cases) {
    it(`${route}: the report's total is the engine's, and 在计算器中打开 carries exactly that form`, async () => {
      const raw = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Form | { form: Form };
      const form = 'form' in raw ? raw.form : raw;
      const { page, foreign } = await open(route);
      const total = await page.getByTestId('example-total').textContent();
      expect(total).toBe(scoreForm(form).total);
      expect(await page.getByTestId('report-total').textContent()).toBe(total);
      const href = (await page.getByTestId('open-in-calculator').getAttribute('href'))!;
      expect(href.startsWith('/calculator/#v1.')).toBe(true);
      const decoded = decodeShareCode(href);
      expect(decoded.ok && decoded.form).toEqual(form);
      expect(foreign).toEqual([]);
      await page.context().close();
    });

    it.skipIf(!calculatorReadsHash)(`${route} opens in the calculator with the same total`, async () => {
      const { page } = await open(route);
      const total = await page.getByTestId('example-total').textContent();
      await page.getByTestId('open-in-calculator').click();
      await page.waitForURL(/\/calculator\/#v1\./);
      await page.waitForSelector('astro-island:not([ssr])');
      await expect.poll(() => page.getByTestId('total-score').textContent()).toBe(total);
      await page.context().close();
    });
  }
});
