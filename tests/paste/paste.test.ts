import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromForm, type Draft } from '../../src/forms/draft.ts';
import { pasteAmounts, pasteIndicators } from '../../src/paste/apply.ts';
import { isBlock, normalizeNumber, normalizeScore, parseGrid } from '../../src/paste/parse.ts';
import { normalizeYear } from '../../src/paste/number.ts';
import { seedForm } from '../helpers/forms.ts';

const seed = (): Draft => fromForm(seedForm());

/** The draft's cells of one part of the form (`budget` → { initialBudget: …, … }). */
const part = (draft: Draft, prefix: string) =>
  Object.fromEntries(Object.entries(draft.fields).flatMap(([path, value]) => (path.startsWith(`${prefix}/`) ? [[path.slice(prefix.length + 1), value]] : [])));

describe('parseGrid: clipboard text from Excel/WPS', () => {
  it('splits tabs and new lines, and drops the trailing new line a spreadsheet adds', () => {
    expect(parseGrid('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
  it('reads quoted cells: a tab, a new line and doubled quotes inside', () => {
    expect(parseGrid('"x\ty"\t"line1\nline2"\t"say ""hi"""\nz')).toEqual([['x\ty', 'line1\nline2', 'say "hi"'], ['z']]);
  });
  it('keeps empty cells in the middle and a lone quote as text', () => {
    expect(parseGrid('a\t\tc\n5" screen\t1')).toEqual([['a', '', 'c'], ['5" screen', '1']]);
  });
  it('returns no rows for empty text', () => {
    expect(parseGrid('')).toEqual([]);
    expect(parseGrid('\r\n\n')).toEqual([]);
  });
  it('tells a block from a single cell', () => {
    expect(isBlock('16 个')).toBe(false);
    expect(isBlock('16 个\n')).toBe(false);
    expect(isBlock('16\t4.8')).toBe(true);
    expect(isBlock('16\n17')).toBe(true);
  });
});

describe('normalizeNumber', () => {
  it.each([
    ['1,234.50', '1234.50'],
    ['1，234.50', '1234.50'],
    ['１，２３４．５０', '1234.50'],
    [' 200 ', '200'],
    ['-1,500.00', '-1500.00'],
    ['−1500', '-1500'],
    ['－１５００', '-1500'],
    ['+4.8', '4.8'],
    ['.5', '0.5'],
    ['3.', '3'],
    ['', ''],
  ])('%s → %s', (input, output) => {
    expect(normalizeNumber(input)).toBe(output);
  });
  it.each(['4.8分', '98%', '９８％', '三', '1,23', '1.2.3', '12,34.5'])('refuses %s', (input) => {
    expect(normalizeNumber(input)).toBeNull();
  });
});

describe('normalizeScore and normalizeYear: a score with its unit 分, a year with 年 or in full-width digits (R4, item 6)', () => {
  it.each([
    ['8分', '8'],
    ['８分', '8'],
    ['4.8 分', '4.8'],
    ['４．８', '4.8'],
    ['10', '10'],
    ['', ''],
  ])('score %s → %s', (input, output) => {
    expect(normalizeScore(input)).toBe(output);
  });
  it.each(['分', '98%', '8个', '8分分', '八分'])('refuses the score %s', (input) => {
    expect(normalizeScore(input)).toBeNull();
  });
  it.each([
    ['２０２４', '2024'],
    ['2024年', '2024'],
    ['2024 年度', '2024'],
    [' 2024 ', '2024'],
  ])('year %s → %s', (input, output) => {
    expect(normalizeYear(input)).toBe(output);
  });
  it('a pasted weight or self-score with 分 goes in as its number', () => {
    const r = pasteIndicators(seed(), 6, 'weight', '4.8分\r\n４．８ 分\r\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.indicators[6]).toMatchObject({ weight: '4.8' });
    expect(r.draft.indicators[7]).toMatchObject({ weight: '4.8' });
  });
});

describe('pasteIndicators', () => {
  it('fills the rows of a category from the cell where it is pasted, numbers unformatted', () => {
    const draft = seed();
    // 产出 rows are draft rows 6–10; paste 实际完成值 and 自评分 of the first two from 实际完成值.
    const r = pasteIndicators(draft, 6, 'actual', '=11 个\t１．１１\r\n５ 个\t4.80\r\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.draft.indicators[6]).toMatchObject({ name: '改造小区数量', actual: '=11 个', selfScore: '1.11' });
    expect(r.draft.indicators[7]).toMatchObject({ actual: '５ 个', selfScore: '4.80' });
    expect(r.draft.indicators[8]).toEqual(draft.indicators[8]);
    expect(r.summary).toBe('已粘贴 2 行 × 2 列。');
  });
  it('adds rows to the category when the block is longer than it, keeping the categories grouped', () => {
    const draft = seed();
    // 结果 has two rows (11, 12); paste three whole rows from its first 指标名称.
    const block = ['甲\t≥5 个\t\t5 个\t', '乙\t≥95%\t\t98%\t', '丙\t=1 项\t4\t1 项\t4'].join('\n');
    const r = pasteIndicators(draft, 11, 'name', block);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rows = r.draft.indicators;
    expect(rows.length).toBe(draft.indicators.length + 1);
    expect(rows.slice(11, 14).map((x) => [x.category, x.name, x.target, x.weight, x.actual, x.selfScore])).toEqual([
      ['outcome', '甲', '≥5 个', '', '5 个', ''],
      ['outcome', '乙', '≥95%', '', '98%', ''],
      ['outcome', '丙', '=1 项', '4', '1 项', '4'],
    ]);
    expect(rows[14]!.category).toBe('impact');
    expect(new Set(rows.map((x) => x.key)).size).toBe(rows.length);
    expect(r.summary).toContain('新增 1 行');
  });
  it('refuses a block wider than the table, naming the row and column, and changes nothing', () => {
    const draft = seed();
    const r = pasteIndicators(draft, 0, 'actual', '好\t3\n好\t3\t多余');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('第 2 行第 3 列“多余”放不下') });
    expect(draft).toEqual(seed());
  });
  it('refuses a block that would take the table past 500 rows, and changes nothing (issue 5)', () => {
    const draft = seed();
    const block = Array.from({ length: 10_000 }, (_, i) => `指标${i}`).join('\n');
    const r = pasteIndicators(draft, 6, 'name', block);
    expect(r).toEqual({ ok: false, message: `粘贴后指标表会有 ${10_000 + draft.indicators.length - 5} 行，超过上限 500 行：请检查复制的区域是否过大。表格没有改动。` });
    expect(draft).toEqual(seed());
  });
  it('refuses a word where a weight must go, naming the row, column and field', () => {
    const r = pasteIndicators(seed(), 6, 'target', '=13 个\t4.8\n=5 个\t四点八');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('第 2 行第 2 列“四点八”不是数字');
    expect(r.message).toContain('权重');
    expect(r.message).toContain('没有改动');
  });
});

describe('pasteAmounts', () => {
  it('fills the budget block left to right from the field where it is pasted', () => {
    const draft = seed();
    const r = pasteAmounts(draft, 'budget', 'initialBudget', '1,700.00\t-1,500.00\t２００\t0\r\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(part(r.draft, 'budget')).toEqual({ initialBudget: '1700.00', adjustment: '-1500.00', appropriation: '200', quotaBalance: '0' });
  });
  it('reads a single column as a row, and starts at the pasted field', () => {
    const r = pasteAmounts(seed(), 'funds', 'actualPayment', '180\n20\n15\n5');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(part(r.draft, 'funds')).toEqual({ appropriation: '200.00', actualPayment: '180', balance: '20', carryover: '15', recovered: '5' });
  });
  it('refuses too many numbers, and text, with the row and column', () => {
    const tooMany = pasteAmounts(seed(), 'budget', 'appropriation', '1\t2\t3');
    expect(tooMany.ok || tooMany.message).toContain('第 1 行第 3 列“3”放不下');
    // A heading and the cell after it read as a label / value pair (as on the form): the value is what is wrong.
    const words = pasteAmounts(seed(), 'budget', 'initialBudget', '年初预算数\t调整');
    expect(words.ok || words.message).toContain('第 1 行“年初预算数”后面“调整”不是金额，不能放进“年初预算数”');
    const text = pasteAmounts(seed(), 'budget', 'initialBudget', '甲\t乙');
    expect(text.ok || text.message).toContain('粘贴的第 1 行第 1 列“甲”不是金额，不能放进“年初预算数”：应为以万元为单位的数字');
    const rows = pasteAmounts(seed(), 'budget', 'initialBudget', '1\t2\n3\t4');
    expect(rows.ok || rows.message).toContain('第 2 行');
  });
});

describe('paste never throws (fuzz)', () => {
  const cellChars = fc.constantFrom('1', '2', '0', ',', '，', '.', '．', '１', '％', '%', '-', '"', '\t', '\n', '\r', ' ', '个', '好', '≥', 'a');
  const clipboard = fc.oneof(fc.string(), fc.string({ unit: cellChars, maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 60 }));
  it('parseGrid and normalizeNumber take any text', () => {
    fc.assert(
      fc.property(clipboard, (text) => {
        const grid = parseGrid(text);
        expect(Array.isArray(grid)).toBe(true);
        for (const row of grid) for (const cell of row) normalizeNumber(cell);
      }),
      { numRuns: 2000 },
    );
  });
  it('pasteIndicators and pasteAmounts take any text at any cell, and leave the draft alone when they refuse', () => {
    const columns = ['name', 'target', 'weight', 'actual', 'selfScore'] as const;
    fc.assert(
      fc.property(
        clipboard,
        fc.integer({ min: -2, max: 20 }),
        fc.constantFrom(...columns),
        fc.constantFrom('initialBudget', 'adjustment', 'appropriation', 'quotaBalance', 'actualPayment', 'recovered', 'nope'),
        (text, row, column, amountKey) => {
          const draft = seed();
          const before = JSON.stringify(draft);
          const a = pasteIndicators(draft, row, column, text);
          const b = pasteAmounts(draft, amountKey === 'actualPayment' || amountKey === 'recovered' ? 'funds' : 'budget', amountKey, text);
          expect(JSON.stringify(draft)).toBe(before);
          for (const r of [a, b]) expect(r.ok ? typeof r.summary : typeof r.message).toBe('string');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
