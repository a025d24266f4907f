/**
 * Paste from Excel/WPS into the central form (central-2020) and the cells a tester found wanting:
 * a block pasted into 二级指标, the 项目资金 table with its header row and its row labels, blank lines
 * in a block, and an Excel cell holding a line break (quoted on the clipboard).
 */
import { describe, expect, it } from 'vitest';
import { blankIndicator, fromForm, type Draft } from '../../src/forms/draft.ts';
import { pasteAt, pasteIndicators, pasteSubprojects } from '../../src/paste/apply.ts';
import { cellText, htmlHasTable, parseBlock, parseGrid } from '../../src/paste/parse.ts';
import { seedForm } from '../helpers/forms.ts';

/** A blank central form as 新建空白表 gives it: one empty row per category. */
function blankCentral(): Draft {
  const d = fromForm({ version: 1, ruleSet: 'central-2020', indicators: [] });
  return { ...d, indicators: [blankIndicator('output', 1), blankIndicator('benefit', 2), blankIndicator('satisfaction', 3)] };
}

const BLOCK = '数量指标\t培训人次\t≥1.2万人次\t11500人次\t10\t9.58\t少办一期\r\n质量指标\t合格率\t≥95%\t97%\t10\t10\t\r\n';

/** The text fields of the draft's indicator rows, without their keys. */
const rows = (d: Draft) => d.indicators.map(({ key: _key, ...r }) => r);

const EXPECTED_ROWS = [
  { category: 'output', level2: '数量指标', name: '培训人次', target: '≥1.2万人次', actual: '11500人次', weight: '10', selfScore: '9.58', note: '少办一期' },
  { category: 'output', level2: '质量指标', name: '合格率', target: '≥95%', actual: '97%', weight: '10', selfScore: '10', note: '' },
  { category: 'benefit', level2: '', name: '', target: '', actual: '', weight: '', selfScore: '', note: '' },
  { category: 'satisfaction', level2: '', name: '', target: '', actual: '', weight: '', selfScore: '', note: '' },
];

describe('a block pasted into the 二级指标 cell (item 1)', () => {
  it('reads 二级指标 as the block’s first column, adding the second row to 产出指标', () => {
    const out = pasteIndicators(blankCentral(), 0, 'level2', BLOCK);
    expect(out).toMatchObject({ ok: true, summary: '已粘贴 2 行 × 7 列，新增 1 行指标。' });
    if (out.ok) expect(rows(out.draft)).toEqual(EXPECTED_ROWS);
  });
  it('also with a 一级指标 column in front (skipped, each row in the category it names)', () => {
    const out = pasteIndicators(blankCentral(), 0, 'level2', `产出指标\t${BLOCK.replace('\r\n质量', '\r\n\t质量')}`);
    expect(out).toMatchObject({ ok: true, summary: '已粘贴 2 行 × 7 列，新增 1 行指标（跳过了一级指标列）。' });
    if (out.ok) expect(rows(out.draft)).toEqual(EXPECTED_ROWS);
  });
  it('a single column of 二级指标 fills them down the rows', () => {
    const out = pasteIndicators(blankCentral(), 0, 'level2', '数量指标\r\n质量指标\r\n');
    expect(out).toMatchObject({ ok: true, summary: '已粘贴 2 行 × 1 列，新增 1 行指标。' });
    if (out.ok) expect(out.draft.indicators.map((r) => [r.category, r.level2, r.name])).toEqual([['output', '数量指标', ''], ['output', '质量指标', ''], ['benefit', '', ''], ['satisfaction', '', '']]);
  });
  it('a block too wide from 二级指标 is refused naming the column as pasted, nothing changed', () => {
    const before = blankCentral();
    const out = pasteIndicators(before, 0, 'level2', '数量指标\t培训人次\t≥1\t1\t10\t10\t无\t多一列\r\n');
    expect(out).toEqual({
      ok: false,
      message: '粘贴的第 1 行有 8 列，但从“三级指标”到“偏差原因分析及改进措施”只有 6 列：第 1 行第 8 列“多一列”放不下。请少选几列，或从更靠左的格子开始粘贴。表格没有改动。',
    });
  });
  it('a block pasted into Suzhou’s 说明 (no paste column) is refused, saying where to paste it', () => {
    const out = pasteIndicators(fromForm(seedForm()), 0, 'note', '差旅费\t3\r\n会议费\t2\r\n');
    expect(out).toEqual({
      ok: false,
      message:
        '“说明”一格只能放一段文字，粘贴的却是 2 行 × 2 列的表格：要粘贴整块，请点一下“指标名称”一格再粘贴（可粘贴的列依次为指标名称、目标值、权重、实际完成值、自评分）；只要一段文字，请只复制一个格子。表格没有改动。',
    });
  });
});

describe('项目资金 (central funds table, C5) with a header row or its row labels (item 2)', () => {
  const funds = (d: Draft) => Object.fromEntries(Object.entries(d.fields).filter(([k, v]) => k.startsWith('execution/') && v !== ''));
  it.each([
    ['CRLF', '年初预算数\t全年预算数\t全年执行数\r\n1200\t1150\t1068.5\r\n'],
    ['LF', '年初预算数\t全年预算数\t全年执行数\n1200\t1150\t1068.5\n'],
  ])('a header row and one data row (%s): the data lands on 年度资金总额', (_, text) => {
    const out = pasteAt(blankCentral(), 'execution/total/initialBudget', text);
    expect(out).toMatchObject({ ok: true, summary: '已粘贴 1 行，共 3 格（跳过了表头行）。' });
    if (out.ok) expect(funds(out.draft)).toEqual({ 'execution/total/initialBudget': '1200', 'execution/total/fullYearBudget': '1150', 'execution/total/executed': '1068.5' });
  });
  it('a header row and two data rows go down from the clicked row', () => {
    const out = pasteAt(blankCentral(), 'execution/total/initialBudget', '年初预算数\t全年预算数\t全年执行数\r\n1200\t1150\t1068.5\r\n1000\t950\t890.5\r\n');
    expect(out).toMatchObject({ ok: true, summary: '已粘贴 2 行，共 6 格（跳过了表头行）。' });
    if (out.ok) expect(funds(out.draft)).toMatchObject({ 'execution/appropriation/initialBudget': '1000', 'execution/appropriation/executed': '890.5' });
  });
  const LABELLED = '年度资金总额\t1200\t1150\t1068.5\r\n其中：当年财政拨款\t1000\t950\t890.5\r\n上年结转资金\t200\t200\t178\r\n其他资金\t\t\t\r\n';
  const ALL = {
    'execution/total/initialBudget': '1200',
    'execution/total/fullYearBudget': '1150',
    'execution/total/executed': '1068.5',
    'execution/appropriation/initialBudget': '1000',
    'execution/appropriation/fullYearBudget': '950',
    'execution/appropriation/executed': '890.5',
    'execution/carryover/initialBudget': '200',
    'execution/carryover/fullYearBudget': '200',
    'execution/carryover/executed': '178',
  };
  it('the table’s label column, as the official table is laid out: each row on its row', () => {
    const out = pasteAt(blankCentral(), 'execution/total/initialBudget', LABELLED);
    expect(out).toMatchObject({ ok: true, summary: '已粘贴 4 行，共 12 格（跳过了行名列）。' });
    if (out.ok) expect(funds(out.draft)).toEqual(ALL);
  });
  it('with the header row 项目资金 | 年初预算数 | …', () => {
    const out = pasteAt(blankCentral(), 'execution/total/initialBudget', `项目资金\t年初预算数\t全年预算数\t全年执行数\r\n${LABELLED}`);
    expect(out).toMatchObject({ ok: true, summary: '已粘贴 4 行，共 12 格（跳过了表头行、行名列）。' });
    if (out.ok) expect(funds(out.draft)).toEqual(ALL);
  });
  it('rows by label in any order, pasted from any row', () => {
    const out = pasteAt(blankCentral(), 'execution/other/initialBudget', '上年结转资金\t200\t200\t178\r\n年度资金总额\t1200\t1150\t1068.5\r\n');
    expect(out).toMatchObject({ ok: true, summary: '已粘贴 2 行，共 6 格（跳过了行名列）。' });
    if (out.ok) expect(funds(out.draft)).toEqual({ 'execution/total/initialBudget': '1200', 'execution/total/fullYearBudget': '1150', 'execution/total/executed': '1068.5', 'execution/carryover/initialBudget': '200', 'execution/carryover/fullYearBudget': '200', 'execution/carryover/executed': '178' });
  });
  it('the total row’s 分值 / 执行率 / 得分 by heading; a 分值 on a sub-row is refused naming its row', () => {
    const ok = pasteAt(blankCentral(), 'execution/total/initialBudget', '项目资金\t全年预算数\t全年执行数\t分值\t执行率\t得分\r\n年度资金总额\t1150\t1068.5\t10\t92.91%\t9.29\r\n');
    expect(ok).toMatchObject({ ok: true, summary: '已粘贴 1 行，共 5 格（跳过了表头行、行名列）。' });
    if (ok.ok) expect(funds(ok.draft)).toEqual({ 'execution/total/fullYearBudget': '1150', 'execution/total/executed': '1068.5', 'execution/weight': '10', 'execution/rate': '92.91%', 'execution/selfScore': '9.29' });
    const bad = pasteAt(blankCentral(), 'execution/total/initialBudget', '项目资金\t全年执行数\t分值\r\n上年结转资金\t178\t10\r\n');
    expect(bad).toEqual({ ok: false, message: '粘贴的第 2 行第 3 列“10”：“上年结转资金”一行没有“分值”，“分值”只在“年度资金总额”一行。请把这个数放到“年度资金总额”一行，或不选这一格。表格没有改动。' });
  });
  it('a block copied from a published form, 「—」 under 分值 / 执行率 / 得分 in the 其中 rows: the dashes are skipped and counted (P7)', () => {
    const block = ['年度资金总额\t800\t850\t812.35\t10\t95.57%\t9.56', '其中：当年财政拨款\t600\t650\t620.35\t—\t—\t—', '上年结转资金\t200\t200\t192\t－\t-\t／', '其他资金\t\t\t\t—\t—\t/'].join('\r\n');
    const out = pasteAt(blankCentral(), 'execution/total/initialBudget', block);
    expect(out).toMatchObject({ ok: true, summary: '已粘贴 4 行，共 15 格（跳过了行名列、9 个不用填写的“—”格）。' });
    if (out.ok)
      expect(funds(out.draft)).toEqual({
        'execution/total/initialBudget': '800',
        'execution/total/fullYearBudget': '850',
        'execution/total/executed': '812.35',
        'execution/weight': '10',
        'execution/rate': '95.57%',
        'execution/selfScore': '9.56',
        'execution/appropriation/initialBudget': '600',
        'execution/appropriation/fullYearBudget': '650',
        'execution/appropriation/executed': '620.35',
        'execution/carryover/initialBudget': '200',
        'execution/carryover/fullYearBudget': '200',
        'execution/carryover/executed': '192',
      });
    // With its header row: the same, the dashes under headings the 其中 rows do not have.
    const headed = pasteAt(blankCentral(), 'execution/total/initialBudget', `项目资金\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\r\n${block}`);
    expect(headed).toMatchObject({ ok: true, summary: '已粘贴 4 行，共 15 格（跳过了表头行、行名列、9 个不用填写的“—”格）。' });
    if (headed.ok && out.ok) expect(funds(headed.draft)).toEqual(funds(out.draft));
    // A dash where an amount goes (an input cell) is still refused, and so is a number under 分值 on a 其中 row.
    expect(pasteAt(blankCentral(), 'execution/total/initialBudget', '其中：当年财政拨款\t—\t650\t620.35')).toMatchObject({ ok: false });
    expect(pasteAt(blankCentral(), 'execution/total/initialBudget', '其中：当年财政拨款\t600\t650\t620.35\t10')).toMatchObject({ ok: false });
  });
  it('still refuses a header with no data, and a word where an amount goes', () => {
    expect(pasteAt(blankCentral(), 'execution/total/initialBudget', '年初预算数\t全年预算数\t全年执行数\r\n')).toEqual({ ok: false, message: '粘贴的只有表头一行，没有数据：请连同下面的数据行一起选中再复制。表格没有改动。' });
    expect(pasteAt(blankCentral(), 'execution/total/initialBudget', '合计\t1200\t1150\r\n')).toEqual({
      ok: false,
      message: '粘贴的第 1 行第 1 列“合计”不是金额，不能放进“年初预算数”：应为以万元为单位的数字，如 1234.5、1,234.5、1234.5万 或 1234.5万元（最多 12 位整数、6 位小数）；以元为单位的金额请先除以 10000 换算成万元。表格没有改动。',
    });
  });
  it('too many rows without labels: says how many fit', () => {
    expect(pasteAt(blankCentral(), 'execution/carryover/initialBudget', '1\t2\t3\r\n4\t5\t6\r\n7\t8\t9\r\n')).toEqual({
      ok: false,
      message: '粘贴的内容有 3 行，但从“上年结转资金”往下只有 2 行：第 3 行放不下。请少选几行，或从更靠上的格子开始粘贴。表格没有改动。',
    });
  });
  it('Suzhou’s money blocks take their title as a row label, and over it in the header row', () => {
    const seed = fromForm(seedForm());
    const a = pasteAt(seed, 'budget/initialBudget', '市级预算执行情况\t1800\t-1500\t300\t0\r\n');
    expect(a).toMatchObject({ ok: true, summary: '已粘贴 4 个金额（跳过了行名列）。' });
    if (a.ok) expect([a.draft.fields['budget/initialBudget'], a.draft.fields['budget/appropriation']]).toEqual(['1800', '300']);
    const b = pasteAt(seed, 'funds/appropriation', '市级财政资金使用情况\t财政拨款数\t实际支付数\r\n\t300\t280\r\n');
    expect(b).toMatchObject({ ok: true, summary: '已粘贴 2 个金额（跳过了表头行、“市级财政资金使用情况”列）。' });
    if (b.ok) expect([b.draft.fields['funds/appropriation'], b.draft.fields['funds/actualPayment']]).toEqual(['300', '280']);
    const c = pasteAt(seed, 'funds/appropriation', '财政拨款数\t300\r\n实际支付数\t280\r\n其中：结转数\t20\r\n');
    expect(c).toMatchObject({ ok: true, summary: '已粘贴 3 个金额。' });
    if (c.ok) expect(c.draft.fields['funds/carryover']).toBe('20');
  });
});

describe('blank lines in a pasted block are skipped (item 3)', () => {
  it('parseBlock drops empty lines and lines of only tabs, counting those inside the block', () => {
    expect(parseBlock('a\tb\r\n\r\n\t\t\r\nc\td\r\n\r\n\t\r\n')).toEqual({ grid: [['a', 'b'], ['c', 'd']], blankRows: 2 });
    expect(parseGrid('\r\na\r\n')).toEqual([['a']]);
  });
  it('no blank indicator rows are added; the note says how many lines were skipped', () => {
    const out = pasteIndicators(blankCentral(), 0, 'level2', BLOCK.replace('\r\n', '\r\n\r\n\t\t\t\t\t\t\r\n') + '\r\n\t\t\r\n');
    expect(out).toMatchObject({ ok: true, summary: '已粘贴 2 行 × 7 列，新增 1 行指标（跳过了 2 个空行）。' });
    if (out.ok) expect(rows(out.draft)).toEqual(EXPECTED_ROWS);
  });
  it('in 项目资金构成 and the funds table too', () => {
    const sub = pasteSubprojects(fromForm(seedForm()), 0, 'name', '会议经费\t8.8\r\n\r\n宣传经费\t47.2\r\n');
    expect(sub).toMatchObject({ ok: true, summary: '已粘贴 2 行 × 2 列（跳过了 1 个空行）。' });
    if (sub.ok) expect(sub.draft.subprojects.map((s) => s.name)).toEqual(['会议经费', '宣传经费', '技术研究专项经费']);
    const funds = pasteAt(blankCentral(), 'execution/total/initialBudget', '年初预算数\t全年预算数\t全年执行数\r\n\r\n1200\t1150\t1068.5\r\n\r\n');
    expect(funds).toMatchObject({ ok: true, summary: '已粘贴 1 行，共 3 格（跳过了表头行、1 个空行）。' });
  });
});

describe('an Excel cell holding a line break (quoted on the clipboard) (item 4)', () => {
  it('one cell: unquoted, its line break kept in a note, joined in a one-line cell, no trailing new line', () => {
    expect(cellText('"第一行\n第二行"\r\n', true)).toBe('第一行\n第二行');
    expect(cellText('"第一行\n第二行"', true)).toBe('第一行\n第二行');
    expect(cellText('"他说""好""\n再议"\r\n', true)).toBe('他说"好"\n再议');
    expect(cellText('"第一行\n第二行"\r\n', false)).toBe('第一行第二行');
    // A note's own lines (no tab) stay as typed; a quote that is not Excel's stays.
    expect(cellText('第一段\r\n第二段\r\n', true)).toBe('第一段\n第二段');
    expect(cellText('"引用"的话\r\n', true)).toBe('"引用"的话');
    // From a spreadsheet (its HTML holds a table), lines are rows even in a note; one quoted cell is still one cell.
    expect(htmlHasTable('<html><body><table><tr><td>第一段</td></tr><tr><td>第二段</td></tr></table>')).toBe(true);
    expect(htmlHasTable('<p>第一段</p><p>第二段</p>')).toBe(false);
    expect(cellText('第一段\r\n第二段\r\n', true, true)).toBeNull();
    expect(cellText('"第一行\n第二行"\r\n', true, true)).toBe('第一行\n第二行');
    // A block is no cell.
    expect(cellText('a\tb\r\n', true)).toBeNull();
    expect(cellText('a\r\nb\r\n', false)).toBeNull();
  });
  it('as part of a block: the note column keeps the line break, without the quotes', () => {
    const out = pasteIndicators(blankCentral(), 0, 'name', '培训人次\t≥1.2万人次\t11500人次\t10\t9.58\t"第一行\n第二行"\r\n');
    expect(out.ok).toBe(true);
    if (out.ok) expect(out.draft.indicators[0]!.note).toBe('第一行\n第二行');
    const goals = pasteAt(blankCentral(), 'goals/expected', '"目标一\n目标二"\t"完成一\n完成二"\r\n');
    expect(goals).toMatchObject({ ok: true, summary: '已粘贴 2 项。' });
    if (goals.ok) expect([goals.draft.fields['goals/expected'], goals.draft.fields['goals/achieved']]).toEqual(['目标一\n目标二', '完成一\n完成二']);
  });
});

describe('a whole table (header row and 一级指标 column) pasted over the worked example (P1)', () => {
  const worked = () => {
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    return fromForm((JSON.parse(readFileSync(new URL('../cases/central-worked-example.json', import.meta.url), 'utf8')) as { form: Parameters<typeof fromForm>[0] }).form);
  };
  const TABLE = [
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
    '产出指标\t数量指标\t养护里程\t≥120公里\t126公里\t50\t50\t',
    '效益指标\t社会效益指标\t通行条件改善\t明显改善\t达成年度指标\t30\t30\t',
    '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t92%\t10\t10\t',
  ].join('\r\n');
  it('replaces each category’s rows from the paste point down: no old row stays mixed in; the summary names the rows taken out', () => {
    const before = worked();
    expect(before.indicators.map((r) => r.name)).toEqual(['培训人次', '验收合格率', '按时完成率', '带动就业人数', '社会效益', '服务对象满意度']);
    const out = pasteIndicators(before, 0, 'level2', TABLE);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.draft.indicators.map((r) => [r.category, r.name])).toEqual([
      ['output', '养护里程'],
      ['benefit', '通行条件改善'],
      ['satisfaction', '群众满意度'],
    ]);
    expect(out.removed?.map((r) => r.name)).toEqual(['验收合格率', '按时完成率', '社会效益']);
    expect(out.summary).toBe(
      '已粘贴 3 行 × 7 列（跳过了表头行、“一级指标”列）。这是带“一级指标”列的整张表，各一级指标从粘贴处往下换成了粘贴的行：原有的 3 行（“验收合格率”、“按时完成率”、“社会效益”）已删去。点“撤销粘贴”可恢复，原来的表也保存在“找回被替换的表单”中。',
    );
  });
  it('rows above the paste point and categories the table does not name are kept', () => {
    const out = pasteIndicators(worked(), 1, 'level2', TABLE.split('\r\n').slice(0, 3).join('\r\n'));
    expect(out.ok && out.draft.indicators.map((r) => r.name)).toEqual(['培训人次', '养护里程', '通行条件改善', '服务对象满意度']);
    expect(out.ok && out.removed?.map((r) => r.name)).toEqual(['按时完成率', '社会效益']);
  });
  it('a header and one category may be a few rows to update: nothing is taken out, and the note says which rows are still there', () => {
    const out = pasteIndicators(worked(), 0, 'level2', TABLE.split('\r\n').slice(0, 2).join('\r\n'));
    expect(out.ok && out.draft.indicators.map((r) => r.name)).toEqual(['养护里程', '验收合格率', '按时完成率', '带动就业人数', '社会效益', '服务对象满意度']);
    expect(out.ok && out.removed).toBeUndefined();
    expect(out.ok && out.summary).toBe('已粘贴 1 行 × 7 列（跳过了表头行、“一级指标”列）。原有的 2 行（“验收合格率”、“按时完成率”）仍保留在粘贴的行下面，照常计分；不要时请删去。');
  });
  it('a block without a header row or without a category column only overwrites cells, as before', () => {
    const noHeader = pasteIndicators(worked(), 0, 'level2', '数量指标\t养护里程\t≥120公里\t126公里\t50\t50\t');
    expect(noHeader.ok && noHeader.draft.indicators.map((r) => r.name)).toEqual(['养护里程', '验收合格率', '按时完成率', '带动就业人数', '社会效益', '服务对象满意度']);
    expect(noHeader.ok && noHeader.removed).toBeUndefined();
    const noCategory = pasteIndicators(worked(), 0, 'level2', '二级指标\t三级指标\t年度指标值\r\n数量指标\t养护里程\t≥120公里');
    expect(noCategory.ok && noCategory.draft.indicators.length).toBe(6);
  });
});
