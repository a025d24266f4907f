import { describe, expect, it } from 'vitest';
import { scoreInput } from '../../src/engine/index.ts';
import { BOM, csvToForm, formToCsv } from '../../src/export/csv.ts';
import { readFormFile } from '../../src/export/import-file.ts';
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
    expect(csv).toMatch(/合计,,,,,,各类权重：投入 24.00；产出 24.00；结果 26.00；影响力 6.00,80\.00,80\.00,\r\n$/);
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
