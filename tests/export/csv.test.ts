import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromForm, toInput } from '../../src/forms/draft.ts';
import { scoreInput } from '../../src/engine/index.ts';
import type { Form } from '../../src/engine/index.ts';
import { BOM, csvToForm, formToCsv } from '../../src/export/csv.ts';
import { decodeFileBytes, readFormBytes, readFormFile } from '../../src/export/import-file.ts';
import { cellName, typedForm } from '../../src/export/typed-form.ts';
import { goldenCases, seedForm } from '../helpers/forms.ts';

/**
 * A form with every number as the string it prints as, and blank fields left out: what a CSV
 * carries back (a blank field and a missing one mean the same, form-format.md).
 */
function asStrings(form: unknown): unknown {
  return JSON.parse(JSON.stringify(form), (key, value) => {
    if (typeof value === 'number' && key !== 'year' && key !== 'version') return String(value);
    if (value === '' && key !== 'name' && key !== 'target') return undefined;
    return value;
  });
}

describe('CSV export', () => {
  it('starts with a UTF-8 byte-order mark and uses CRLF, as Excel and WPS expect', async () => {
    const csv = await formToCsv(seedForm(), null);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv.split('\r\n')[0]).toBe(`${BOM}苏州市级财政支出项目绩效自评表`);
  });
  it('writes numbers unformatted (as typed, no thousands separators) and the computed scores', async () => {
    const seed = seedForm();
    const result = scoreInput(seed);
    if (!result.ok) throw new Error('seed invalid');
    const csv = await formToCsv(seed, result.result);
    expect(csv).toContain('市级预算执行情况：年初预算数（万元）,1700.00\r\n');
    expect(csv).toContain('市级预算执行情况：当年使用上年结余、结转及当年调整预算数（万元）,-1500.00\r\n');
    expect(csv).toContain(`产出,改造小区数量,"'=13 个",4.8,"'=16 个",4.8,,4.80,4.80,123.08\r\n`);
    expect(csv).toContain('\r\n会议、考察经费,8.8\r\n');
    // Each category's 小计, then the 合计, each a labelled row with the figures under 得分 and 计分权重 (the 自评分 and note columns stay empty).
    expect(csv).toMatch(
      /\r\n投入小计（本站计算）,,,,,,,24\.00,24\.00,\r\n产出小计（本站计算）,,,,,,,24\.00,24\.00,\r\n结果小计（本站计算）,,,,,,,26\.00,26\.00,\r\n影响力小计（本站计算）,,,,,,,6\.00,6\.00,\r\n合计,,,,,,,80\.00,80\.00,\r\n$/,
    );
  });
  it('guards cells Excel would run as a formula (=100%, =13 个, @…) with a leading apostrophe, but not negative numbers', async () => {
    const form = seedForm();
    form.indicators[0]!.name = '=HYPERLINK("http://x","y")';
    const csv = await formToCsv(form, null);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).toContain(`,"'=100%",`);
    expect(csv).not.toContain("'-1500.00");
    const read = await csvToForm(csv);
    expect(read.ok && (read.form as typeof form).indicators[0]!.name).toBe('=HYPERLINK("http://x","y")');
  });
  it('round-trips every golden case through CSV to the same form and the same total', async () => {
    for (const c of goldenCases().filter((g) => g.form.ruleSet === 'suzhou-2017')) {
      const result = scoreInput(c.form);
      if (!result.ok) throw new Error(c.file);
      const read = await csvToForm(await formToCsv(c.form, result.result));
      expect(read.ok, c.file).toBe(true);
      if (!read.ok) continue;
      expect(asStrings(read.form), c.file).toEqual(asStrings(c.form));
      const again = scoreInput(read.form);
      expect(again.ok && again.result.total, c.file).toBe(c.expected.total);
    }
  });
  it('lays out each form by its layout and reads every golden case back, Suzhou and central alike', async () => {
    for (const c of goldenCases()) {
      const read = await csvToForm(await formToCsv(c.form, null));
      expect(read.ok, c.file).toBe(true);
      if (read.ok) expect(asStrings(read.form), c.file).toEqual(asStrings(c.form));
    }
    const central = goldenCases().find((c) => c.form.ruleSet === 'central-2020');
    expect(central).toBeDefined();
    const csv = await formToCsv(central!.form, null);
    expect(csv.split('\r\n')[0]).toBe(`${BOM}项目支出绩效自评表`);
    expect(csv).toContain('\r\n一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,自评得分,偏差原因分析及改进措施,得分,计分分值,完成率（%）\r\n');
    expect(csv).toContain('\r\n项目资金：年度资金总额的全年预算数（万元）,');
    expect(csv).not.toContain('子项目名称');
  });
  it('writes the central execution row as computed (执行率 and 得分, marked 本站计算) and reads the file back without them', async () => {
    const central = goldenCases().find((c) => c.file.includes('central-worked-example'))!;
    const outcome = scoreInput(central.form);
    if (!outcome.ok) throw new Error('worked example does not score');
    const execution = outcome.result.execution!;
    const csv = await formToCsv(central.form, outcome.result);
    expect(csv).toContain(`\r\n项目资金：执行率（%）（本站计算）,${execution.rate}\r\n项目资金：得分（本站计算）,${execution.score}\r\n`);
    // The figures of the golden case: 92.00 % and 9.20 分.
    expect([execution.rate, execution.score]).toEqual([central.expected.execution!.rate, central.expected.categories!.execution]);
    const read = await csvToForm(csv);
    expect(read.ok && asStrings(read.form)).toEqual(asStrings(central.form));
    // The Suzhou form has no such lines.
    const seed = seedForm();
    const seedOutcome = scoreInput(seed);
    const seedCsv = await formToCsv(seed, seedOutcome.ok ? seedOutcome.result : null);
    expect(seedCsv).not.toContain('执行率（%）（本站计算）');
    expect(seedCsv).not.toContain('得分（本站计算）');
  });
  it('central: the 小计 of each part, the 合计 and the grade are labelled rows of their own, never in the 偏差原因 column; the file reads back exactly', async () => {
    const central = goldenCases().find((c) => c.file.includes('central-worked-example'))!;
    const outcome = scoreInput(central.form);
    if (!outcome.ok) throw new Error('worked example does not score');
    const csv = await formToCsv(central.form, outcome.result);
    expect(csv.endsWith(
      [
        '预算执行率小计（本站计算）,,,,,,,,9.20,10.00,',
        '产出指标小计（本站计算）,,,,,,,,48.00,50.00,',
        '效益指标小计（本站计算）,,,,,,,,30.00,30.00,',
        '满意度指标小计（本站计算）,,,,,,,,9.78,10.00,',
        '合计,,,,,,,,96.98,100.00,',
        '等级（本站计算）,,,,,,,,优,,',
        '',
      ].join('\r\n'),
    )).toBe(true);
    const read = await csvToForm(csv);
    expect(read.ok && asStrings(read.form)).toEqual(asStrings(central.form));
    const again = read.ok ? scoreInput(read.form) : null;
    expect(again?.ok && again.result.total).toBe(central.expected.total);
  });
  it('names every option (本站解读) and its value in Chinese, and reads them back exactly; an older CSV with the English keys still reads', async () => {
    const central = goldenCases().find((c) => c.file.includes('central-worked-example'))!;
    const form = { ...central.form, options: { noSatisfaction: 'keep', executionBase: 'initial', reverseRule: 'excessShare' } } as Form;
    const csv = await formToCsv(form, null);
    const lines = csv.split('\r\n').filter((l) => l.startsWith('本站解读'));
    expect(lines).toEqual([
      '本站解读：没有满意度指标时,各部分分值不变，满意度 10 分空缺',
      '本站解读：预算执行率的分母,年初预算数',
      '本站解读：反向指标（≤）未达成时,分值 × (1 − 超出目标的比例)',
    ]);
    expect(lines.join('')).not.toMatch(/[A-Za-z]/);
    const read = await csvToForm(csv);
    expect(read.ok && asStrings(read.form)).toEqual(asStrings(form));
    // The site's earlier CSVs wrote the keys and values as they are in the form file.
    const older = csv.replace(lines.join('\r\n'), '本站解读：noSatisfaction,keep\r\n本站解读：executionBase,initial\r\n本站解读：reverseRule,excessShare');
    const readOlder = await csvToForm(older);
    expect(readOlder.ok && asStrings(readOlder.form)).toEqual(asStrings(form));
    // Suzhou's options too.
    const seed = { ...seedForm(), options: { granularity: 'floor' } } as Form;
    const seedCsv = await formToCsv(seed, null);
    expect(seedCsv.split('\r\n').filter((l) => l.startsWith('本站解读')).join('')).not.toMatch(/[A-Za-z]/);
    const seedRead = await csvToForm(seedCsv);
    expect(seedRead.ok && asStrings(seedRead.form)).toEqual(asStrings(seed));
  });
  it('keeps commas, quotes and new lines inside a cell', async () => {
    const form = { ...seedForm(), indicators: [{ category: 'output' as const, name: '培训"1,2"期', target: '=2 期', actual: '2 期', note: '第一行\n第二行' }] };
    const read = await csvToForm(await formToCsv(form, null));
    expect(read.ok && (read.form as typeof form).indicators[0]).toEqual(form.indicators[0]);
  });
});

describe('importing a file', () => {
  it('reads a JSON form file, a golden case file and an exported CSV', async () => {
    const seed = seedForm();
    expect(await readFormFile('a.json', JSON.stringify(seed), scoreInput)).toEqual({ ok: true, form: seed });
    expect(await readFormFile('case.json', JSON.stringify({ description: 'x', form: seed, expected: {} }), scoreInput)).toEqual({ ok: true, form: seed });
    const csv = await readFormFile('a.csv', await formToCsv(seed, null), scoreInput);
    expect(csv.ok).toBe(true);
  });
  it('refuses broken JSON and invalid forms with the engine’s Chinese messages naming the field', async () => {
    const broken = await readFormFile('a.json', '{"version": 1,', scoreInput);
    expect(broken).toEqual({ ok: false, message: expect.stringContaining('不是有效的 JSON') });
    const bad = { ...seedForm(), indicators: [{ category: 'output', name: 'x', target: '=1', weight: '三分' }] };
    const invalid = await readFormFile('b.json', JSON.stringify(bad), scoreInput);
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.message).toMatch(/第 1 项指标的“权重”：应为 0～999/);
    const csv = await readFormFile('c.csv', '栏目,内容\r\n奇怪的栏目,1\r\n', scoreInput);
    expect(csv).toEqual({ ok: false, message: expect.stringContaining('奇怪的栏目') });
  });
  it('says which files it takes when given something else (a .txt, a picture)', async () => {
    for (const name of ['notes.txt', 'photo.png']) {
      expect(await readFormFile(name, '随便写的几行字\n第二行', scoreInput)).toEqual({
        ok: false,
        message: `“${name}”无法导入：只能导入本站导出的自评表文件（.json 或 .csv），请检查是否选错了文件。`,
      });
    }
  });
});

/** A fixture of issue 14 (tests/fixtures/hostile, copied from ../shared/repro or made once from it). */
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url)));
const fixtureJson = (name: string) => JSON.parse(new TextDecoder().decode(fixtureBytes(name)));

describe('files from Excel and hostile cells (issue 14)', () => {
  it('imports the site’s CSV saved by Excel as GBK, to exactly the seed form', async () => {
    const read = await readFormBytes('自评表.csv', fixtureBytes('seed-gbk.csv'), scoreInput);
    expect(read.ok).toBe(true);
    if (read.ok) expect(asStrings(read.form)).toEqual(asStrings(seedForm()));
  });

  it('imports Excel’s “Unicode 文本” (UTF-16 LE, tabs), even named .txt, to exactly the seed form', async () => {
    const bytes = fixtureBytes('seed-unicode-text.txt');
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    for (const name of ['自评表.txt', '自评表.csv']) {
      const read = await readFormBytes(name, bytes, scoreInput);
      expect(read.ok, name).toBe(true);
      if (read.ok) expect(asStrings(read.form)).toEqual(asStrings(seedForm()));
    }
  });

  it('decodes BOM-marked UTF-8, UTF-16 BE, plain UTF-8 and else GB18030', () => {
    expect(decodeFileBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad]))).toBe('中');
    expect(decodeFileBytes(new Uint8Array([0xfe, 0xff, 0x4e, 0x2d]))).toBe('中');
    expect(decodeFileBytes(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e]))).toBe('中');
    expect(decodeFileBytes(new Uint8Array([0xe4, 0xb8, 0xad]))).toBe('中');
    expect(decodeFileBytes(new Uint8Array([0xd6, 0xd0]))).toBe('中');
  });

  it('refuses a file over 4 MB before decoding it', async () => {
    expect(await readFormBytes('大文件.json', new Uint8Array(4 * 1024 * 1024 + 1), scoreInput)).toEqual({
      ok: false,
      message: '“大文件.json”超过了 4 MB 的上限，没有导入：一张自评表的文件通常只有几十 KB，请检查是否选错了文件。',
    });
  });

  it('guards every formula-like cell (OWASP: = + - @ tab CR), never a plain number, and reads them back exactly', async () => {
    const form = fixtureJson('formula-minus-digit.json');
    const csv = await formToCsv(form, null);
    expect(csv).toContain(`"'-2+HYPERLINK(""http://evil.example/"",""点击"")",8.8`);
    expect(csv).toContain(`投入,"'-1+cmd|' /C calc'!A0",合规,`);
    expect(csv).toContain(`投入,"'+1+1",健全,`);
    expect(csv).toContain('年初预算数（万元）,1700.00\r\n');
    expect(csv).toContain('结转及当年调整预算数（万元）,-1500.00\r\n');
    // No cell of the file starts with a formula character once unquoted.
    const { default: Papa } = await import('papaparse');
    const cells = Papa.parse<string[]>(csv.slice(1)).data.flat();
    expect(cells.filter((c) => /^[=+@\t\r]|^-(?![\d.]+$)/.test(c))).toEqual([]);
    const read = await csvToForm(csv);
    expect(read.ok && asStrings(read.form)).toEqual(asStrings(form));
  });

  it('keeps a cell that really starts with an apostrophe, and spaces, through the round trip', async () => {
    const form = seedForm();
    const names = ["'=已是文字", "''-1+1", "'abc", "'5", '  前后有空格  ', '-5', '+5', '-.5', '\t制表符开头', '@提及'];
    names.forEach((name, i) => (form.indicators[i]!.name = name));
    form.project = { ...form.project, name: '  项目名称前后有空格  ' };
    form.subprojects![0]!.name = ' 子项目 ';
    const read = await csvToForm(await formToCsv(form, null));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const back = read.form as typeof form;
    expect(back.indicators.slice(0, names.length).map((i) => i.name)).toEqual(names);
    expect(back.project?.name).toBe('  项目名称前后有空格  ');
    expect(back.subprojects![0]!.name).toBe(' 子项目 ');
  });

  it('imports a sub-project named 类别 or 栏目 as a sub-project', async () => {
    const form = fixtureJson('subproject-named-leibie.json');
    for (const name of ['类别', '栏目', '子项目名称']) {
      form.subprojects[1].name = name;
      const read = await csvToForm(await formToCsv(form, null));
      expect(read.ok && asStrings(read.form), name).toEqual(asStrings(form));
    }
  });

  it('names a block of the wrong type in Chinese when a JSON file is imported (no “Invalid input”)', async () => {
    const text = new TextDecoder().decode(fixtureBytes('indicator-not-object.json'));
    expect(await readFormFile('错的.json', text, scoreInput)).toEqual({
      ok: false,
      message:
        '“错的.json”不是有效的自评表文件：项目信息 project：应为对象（{…}），现在是空值 null：请按表单文件格式填写（见 /schema/form-v1.json），或用本站“导出 JSON”得到的文件；第 1 项指标：应为对象（{…}），现在是数字：请按表单文件格式填写（见 /schema/form-v1.json），或用本站“导出 JSON”得到的文件。',
    });
  });
});

describe('导出 JSON keeps what was typed (issue 14)', () => {
  it('puts cells that are not numbers yet back as typed, in their rows, and lists them', () => {
    const draft = fromForm(seedForm());
    draft.indicators[6]!.weight = '4,8';
    draft.fields['budget/initialBudget'] = '约1700';
    draft.subprojects[1]!.amount = '47.2元';
    draft.fields['project/year'] = '二〇二〇';
    draft.indicators.splice(2, 0, { ...draft.indicators[0]!, key: 99, name: '', target: '', weight: '', actual: '', selfScore: '', note: '' });
    const { form, unread } = typedForm(draft, toInput(draft));
    expect(form.indicators[6]!.weight).toBe('4,8');
    expect(form.budget?.initialBudget).toBe('约1700');
    expect(form.subprojects?.map((s) => s.amount)).toEqual(['8.8', '47.2元', '144']);
    expect(form.project?.year).toBe('二〇二〇');
    expect(unread.map(cellName)).toEqual([
      '“项目年份”',
      '“年初预算数”“约1700”',
      '第 2 个子项目的“实际金额”“47.2元”',
      '产出第 1 项“改造小区数量”的“权重”“4,8”',
    ]);
  });
});

describe('a central CSV without its 规则集 line (item 5)', () => {
  const worked = JSON.parse(readFileSync(new URL('../cases/central-worked-example.json', import.meta.url), 'utf8')) as { form: Form };
  it('is read as the central form when its indicator table starts with the central header', async () => {
    const full = await formToCsv(worked.form, null);
    const table = full.slice(full.indexOf('一级指标,二级指标'));
    expect(table.startsWith('一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,自评得分,偏差原因分析及改进措施,得分,计分分值,完成率（%）\r\n')).toBe(true);
    const read = await csvToForm(table);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect((read.form as Form).ruleSet).toBe('central-2020');
    expect((read.form as Form).indicators).toEqual(worked.form.indicators.map((i) => JSON.parse(JSON.stringify(i, (_, v) => (typeof v === 'number' ? String(v) : v)))));
    // The whole file without its 规则集 line reads back the same as with it.
    const without = await csvToForm(full.split('\r\n').filter((l) => !l.startsWith('规则集,')).join('\r\n'));
    const withIt = await csvToForm(full);
    expect(without).toEqual(withIt);
  });
  it('a file with no indicator table is told the headers of both forms', async () => {
    expect(await csvToForm('项目名称,培训\r\n')).toEqual({
      ok: false,
      message: 'CSV 里没有找到指标表：指标表从它的表头行开始（苏州市级财政支出项目绩效自评表为“类别,指标名称,…”，项目支出绩效自评表为“一级指标,二级指标,…”），下面每行一项指标。请用本站导出的 CSV 文件。',
    });
    // With a 规则集 line, the header of that form only.
    expect(await csvToForm('栏目,内容\r\n规则集,central-2020\r\n')).toEqual({
      ok: false,
      message: 'CSV 里没有找到指标表：指标表从它的表头行开始（项目支出绩效自评表为“一级指标,二级指标,…”），下面每行一项指标。请用本站导出的 CSV 文件。',
    });
  });
});
