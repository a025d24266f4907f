import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromForm, toInput, type Draft } from '../../src/forms/draft.ts';
import { suzhouLayout } from '../../src/forms/suzhou-2017/layout.ts';
import { pasteAmounts, pasteIndicators, pasteProject, pasteSubprojects } from '../../src/paste/apply.ts';
import { isYuanAmount, normalizeAmount, yuanMessage } from '../../src/paste/number.ts';
import { headerRow, isCategoryCell, leadingCategoryColumn, parseGrid } from '../../src/paste/parse.ts';
import { indicatorColumns } from '../../src/paste/apply.ts';
import { seedForm } from '../helpers/forms.ts';

const seed = (): Draft => fromForm(seedForm());
const INDICATOR_COLUMNS = indicatorColumns(suzhouLayout);

/** The draft's cells of one part of the form (`budget` → { initialBudget: …, … }). */
const part = (draft: Draft, prefix: string) =>
  Object.fromEntries(Object.entries(draft.fields).flatMap(([path, value]) => (path.startsWith(`${prefix}/`) ? [[path.slice(prefix.length + 1), value]] : [])));

describe('amounts in 万元 with their unit (issue 11, item 4)', () => {
  it.each([
    ['1,234.5万', '1234.5'],
    ['1700.00万元', '1700.00'],
    ['480万元', '480'],
    ['480 万元', '480'],
    ['４８０万', '480'],
    ['-1,500.00', '-1500.00'],
    ['200', '200'],
    ['', ''],
  ])('%s → %s', (input, output) => {
    expect(normalizeAmount(input)).toBe(output);
  });
  it.each(['480元', '4,800,000元', '四百八十万', '480万万', '万元', '48%'])('refuses %s', (input) => {
    expect(normalizeAmount(input)).toBeNull();
  });
  it('tells an amount in 元 and says how to convert it, exactly', () => {
    expect(isYuanAmount('4,800,000元')).toBe(true);
    expect(isYuanAmount('480万元')).toBe(false);
    expect(isYuanAmount('好元')).toBe(false);
    expect(yuanMessage('4,800,000元')).toBe('单位是元：这一栏以万元为单位，请除以 10000 换算（4800000 元 = 480 万元，可填 480）');
    expect(yuanMessage('12345.6元')).toBe('单位是元：这一栏以万元为单位，请除以 10000 换算（12345.6 元 = 1.23456 万元，可填 1.23456）');
  });
  it('the calculator scores typed amounts with 万 / 万元, and names the fix for 元 and for words', () => {
    const d = seed();
    d.fields['budget/initialBudget'] = '1,700.00万元';
    d.fields['budget/adjustment'] = '-1500万';
    d.fields['funds/actualPayment'] = '1,800,000元';
    d.subprojects[0]!.amount = '8.8万元';
    d.subprojects[1]!.amount = '约47万';
    const mapped = toInput(d);
    expect(mapped.input.budget).toMatchObject({ initialBudget: '1700.00', adjustment: '-1500' });
    expect(mapped.input.subprojects?.[0]).toEqual({ name: '会议、考察经费', amount: '8.8' });
    expect(mapped.fieldIssues).toEqual([
      { path: 'funds/actualPayment', message: '“实际支付数”“1,800,000元”单位是元：这一栏以万元为单位，请除以 10000 换算（1800000 元 = 180 万元，可填 180）。这一格暂不计入，其余照常计分。' },
      {
        path: 'subprojects/1/amount',
        message:
          '第 2 个子项目的“实际金额”“约47万”不是数字：应为以万元为单位的数字，如 1234.5、1,234.5、1234.5万 或 1234.5万元（最多 12 位整数、6 位小数）；以元为单位的金额请先除以 10000 换算成万元。这一格暂不计入，其余照常计分。',
      },
    ]);
  });
});

describe('header rows and 类别 columns (issue 11, item 2)', () => {
  it('recognises a header row by its headings, and category cells', () => {
    expect(headerRow([['类别', '指标名称', '目标值', '权重']], INDICATOR_COLUMNS)).toEqual([null, 'name', 'target', 'weight']);
    expect(headerRow([['投入', '资金使用合规性', '好', '3']], INDICATOR_COLUMNS)).toBeNull();
    expect(headerRow([['类别', '序号']], INDICATOR_COLUMNS)).toBeNull();
    for (const c of ['投入', '产出目标', '结果目标（26分）', '影响力目标 (10分)', '满意度指标', '效益指标']) expect(isCategoryCell(c)).toBe(true);
    for (const c of ['资金使用合规性', '投入资金', '']) expect(isCategoryCell(c)).toBe(false);
    expect(leadingCategoryColumn(parseGrid('产出目标\t甲\t=1 个\n\t乙\t=2 个'))).toBe(true);
    expect(leadingCategoryColumn(parseGrid('甲\t=1 个\n乙\t=2 个'))).toBe(false);
  });
  it('skips a header row and maps the columns by their headings (说明 included, 得分 skipped)', () => {
    const draft = seed();
    const block = ['类别\t指标名称\t权重\t目标值\t实际完成值\t自评分\t说明\t得分', '产出\t甲\t6\t=1 个\t1 个\t6\t按期完成\t6.00', '\t乙\t6\t=2 个\t2 个\t6\t\t6.00'].join('\r\n');
    const r = pasteIndicators(draft, 6, 'actual', block);
    // P1: the rows of 产出 below the pasted ones are kept, and the note says so (a header and one category).
    expect(r.ok && r.summary).toBe('已粘贴 2 行 × 6 列（跳过了表头行、“类别”“得分”列）。原有的 3 行（“组织老旧小区课题研究”、“对老旧小区改造进行相关宣传工作”、“组织老旧小区改造工作培训”）仍保留在粘贴的行下面，照常计分；不要时请删去。');
    if (!r.ok) return;
    expect(r.draft.indicators[6]).toMatchObject({ category: 'output', name: '甲', target: '=1 个', weight: '6', actual: '1 个', selfScore: '6', note: '按期完成' });
    expect(r.draft.indicators[7]).toMatchObject({ name: '乙', target: '=2 个', weight: '6', actual: '2 个', selfScore: '6', note: '' });
  });
  it('skips a leading 类别 column (a merged cell: its name, then blanks)', () => {
    const r = pasteIndicators(seed(), 6, 'name', '产出目标\t甲\t=1 个\t12\t1 个\t12\n\t乙\t=2 个\t12\t2 个\t12\n');
    expect(r.ok && r.summary).toBe('已粘贴 2 行 × 5 列（跳过了类别列）。');
    if (!r.ok) return;
    expect(r.draft.indicators.slice(6, 8).map((x) => [x.name, x.weight, x.selfScore])).toEqual([
      ['甲', '12', '12'],
      ['乙', '12', '12'],
    ]);
  });
  it('names the real reason when a block is refused', () => {
    const header = pasteIndicators(seed(), 6, 'name', '指标名称\t目标值');
    expect(header.ok || header.message).toBe('粘贴的只有表头一行，没有数据：请连同下面的数据行一起选中再复制。表格没有改动。');
    const laterHeader = pasteIndicators(seed(), 6, 'weight', '6\n权重');
    expect(laterHeader.ok || laterHeader.message).toBe('粘贴的第 2 行第 1 列“权重”是表头文字，不能放进“权重”：表头只能是所选区域的第一行，请从表头或第一行数据开始选。表格没有改动。');
    const percent = pasteIndicators(seed(), 6, 'weight', '4.8%\n5');
    expect(percent.ok || percent.message).toBe('粘贴的第 1 行第 1 列“4.8%”带百分号，不能放进“权重”：这一列只填数字（如 4.8）。表格没有改动。');
    const category = pasteIndicators(seed(), 6, 'weight', '3\t好\t产出');
    expect(category.ok || category.message).toContain('“产出”是类别名，不能放进“自评分”');
  });
});

describe('pasteSubprojects (issue 11, item 1)', () => {
  it('fills 子项目名称 and 实际金额 from the pasted row down, adding rows, amounts with 万元', () => {
    const draft = seed();
    const r = pasteSubprojects(draft, 1, 'name', '宣传\t47.2万元\n研究\t1,44\n');
    expect(r.ok || r.message).toBe('粘贴的第 2 行第 2 列“1,44”不是金额，不能放进“实际金额”：应为以万元为单位的数字，如 1234.5、1,234.5、1234.5万 或 1234.5万元（最多 12 位整数、6 位小数）；以元为单位的金额请先除以 10000 换算成万元。表格没有改动。');
    const ok = pasteSubprojects(draft, 1, 'name', '宣传\t47.2万元\n研究\t144\n咨询\t1,000.5\n');
    expect(ok.ok && ok.summary).toBe('已粘贴 3 行 × 2 列，新增 1 个子项目。');
    if (!ok.ok) return;
    expect(ok.draft.subprojects.map((s) => [s.name, s.amount])).toEqual([
      ['会议、考察经费', '8.8'],
      ['宣传', '47.2'],
      ['研究', '144'],
      ['咨询', '1000.5'],
    ]);
    expect(new Set(ok.draft.subprojects.map((s) => s.key)).size).toBe(4);
    expect(draft.subprojects.length).toBe(3);
  });
  it('skips a header row and a 序号 column', () => {
    const r = pasteSubprojects(seed(), 0, 'name', '子项目名称\t实际金额（万元）\n甲\t1\n乙\t2');
    expect(r.ok && r.summary).toBe('已粘贴 2 行 × 2 列（跳过了表头行）。');
    const n = pasteSubprojects(seed(), 0, 'name', '1\t甲\t1\n2\t乙\t2');
    expect(n.ok && n.summary).toBe('已粘贴 2 行 × 2 列（跳过了序号列）。');
    if (!n.ok) return;
    expect(n.draft.subprojects.slice(0, 2).map((s) => [s.name, s.amount])).toEqual([
      ['甲', '1'],
      ['乙', '2'],
    ]);
  });
});

describe('pasteProject and label / value pairs (issue 11, item 1)', () => {
  it('fills the project fields from a row, a column, a header row or label / value pairs', () => {
    const row = pasteProject(seed(), 'name', '新项目\t2023\t苏州市民政局');
    expect(row.ok && part(row.draft, 'project')).toEqual({ name: '新项目', year: '2023', department: '苏州市民政局' });
    const column = pasteProject(seed(), 'year', '2023\n苏州市民政局');
    expect(column.ok && part(column.draft, 'project')).toMatchObject({ year: '2023', department: '苏州市民政局' });
    const pairs = pasteProject(seed(), 'name', '项目名称\t社区居家养老\t项目年份\t2023\n项目主管部门（单位）\t苏州市民政局');
    expect(pairs.ok && part(pairs.draft, 'project')).toEqual({ name: '社区居家养老', year: '2023', department: '苏州市民政局' });
    const header = pasteProject(seed(), 'name', '项目名称\t项目年份\n社区居家养老\t2023');
    expect(header.ok && header.summary).toBe('已粘贴 2 项（跳过了表头行）。');
    const two = pasteProject(seed(), 'name', '甲\t2023\n乙\t2024');
    expect(two.ok || two.message).toBe('粘贴的内容有 2 行，但“项目信息”只有 1 行：第 2 行放不下。请只选一行（或一列）。表格没有改动。');
  });
  it('maps the budget table’s two rows (headings and amounts) by heading, and the CSV’s label / value pairs', () => {
    const r = pasteAmounts(seed(), 'budget', 'quotaBalance', '年初预算数（“二下”数）\t当年使用上年结余、结转及当年调整预算数\t财政拨款数\t指标结余数\n1,700.00万\t-1500\t200\t0');
    expect(r.ok && part(r.draft, 'budget')).toEqual({ initialBudget: '1700.00', adjustment: '-1500', appropriation: '200', quotaBalance: '0' });
    const csv = pasteAmounts(seed(), 'funds', 'appropriation', '市级财政资金使用情况：实际支付数（万元）\t190\n市级财政资金使用情况：资金结余、结转数（万元）\t10');
    expect(csv.ok && part(csv.draft, 'funds')).toMatchObject({ appropriation: '200.00', actualPayment: '190', balance: '10' });
    const yuan = pasteAmounts(seed(), 'funds', 'appropriation', '2,000,000元\t1900000元');
    expect(yuan.ok || yuan.message).toBe('粘贴的第 1 行第 1 列“2,000,000元”单位是元：这一栏以万元为单位，请除以 10000 换算（2000000 元 = 200 万元，可填 200）。表格没有改动。');
  });
});

describe('paste into every table never throws (fuzz)', () => {
  const cellChars = fc.constantFrom('1', '0', ',', '.', '万', '元', '类别', '权重', '投入', '\t', '\n', '"', ' ', '甲');
  const clipboard = fc.oneof(fc.string(), fc.string({ unit: cellChars, maxLength: 60 }));
  it('pasteSubprojects and pasteProject take any text at any cell, and leave the draft alone', () => {
    fc.assert(
      fc.property(clipboard, fc.integer({ min: -2, max: 6 }), fc.constantFrom('name', 'amount', 'year', 'department', 'nope'), (text, row, key) => {
        const draft = seed();
        const before = JSON.stringify(draft);
        const a = pasteSubprojects(draft, row, key as never, text);
        const b = pasteProject(draft, key, text);
        const c = pasteIndicators(draft, Math.max(0, row), 'name', text);
        expect(JSON.stringify(draft)).toBe(before);
        for (const r of [a, b, c]) expect(r.ok ? typeof r.summary : typeof r.message).toBe('string');
      }),
      { numRuns: 400 },
    );
  });
});
