import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkField, fieldLabel, validateForm } from '../../src/engine/index.ts';
import { formJsonSchema } from '../../src/engine/json-schema.ts';
import { seedForm } from '../helpers/forms.ts';

function issues(input: unknown) {
  const v = validateForm(input);
  return v.ok ? [] : v.issues;
}

describe('validateForm (form-format.md)', () => {
  it('accepts the seed form, and JSON numbers as well as decimal strings', () => {
    expect(issues(seedForm())).toEqual([]);
    const f = seedForm() as unknown as { indicators: { weight: unknown }[] };
    f.indicators[0]!.weight = 3;
    expect(issues(f)).toEqual([]);
  });
  it('accepts a form with only version, ruleSet and indicators', () => {
    expect(issues({ version: 1, ruleSet: 'suzhou-2017', indicators: [{ category: 'output', name: 'a', target: '=1' }] })).toEqual([]);
  });
  it('rejects unknown keys, naming them', () => {
    const f = { ...seedForm(), extra: 1 };
    expect(issues(f)).toEqual([{ path: '', message: expect.stringContaining('“extra”') }]);
    const g = seedForm() as unknown as { indicators: Record<string, unknown>[] };
    g.indicators[2]!.score = '3';
    expect(issues(g)[0]).toMatchObject({ path: 'indicators/2', message: expect.stringContaining('第 3 项指标中有本站不认识的字段 “score”') });
  });
  it('rejects a weight with three decimals, below 0 or of 1000 and more, naming the row and how to fix it', () => {
    for (const weight of ['4.805', '-1', 'abc', -1, 4.805, '1000', 1000, '9'.repeat(400)]) {
      const f = seedForm() as unknown as { indicators: { weight: unknown }[] };
      f.indicators[6]!.weight = weight;
      expect(issues(f)).toEqual([{ path: 'indicators/6/weight', message: expect.stringMatching(/^第 7 项指标的“权重”：应为 0～999、最多两位小数的数/) }]);
    }
  });
  it('refuses more than 500 indicator or sub-project rows with one message, not a frozen page (issue 5)', () => {
    const f = seedForm();
    const row = f.indicators[7]!;
    f.indicators = Array.from({ length: 501 }, () => ({ ...row }));
    expect(issues(f)).toEqual([{ path: 'indicators', message: '指标表 indicators：最多 500 行；一张自评表通常只有几十项，请检查是否选错了文件。' }]);
    f.indicators = f.indicators.slice(0, 500);
    f.subprojects = Array.from({ length: 501 }, (_, i) => ({ name: `子项目${i}`, amount: '1' }));
    expect(issues(f)).toEqual([{ path: 'subprojects', message: '子项目 subprojects：最多 500 行；一张自评表通常只有几十项，请检查是否选错了文件。' }]);
  });
  it('bounds amounts (12 integer, 6 decimal digits) and self-scores (3 integer digits)', () => {
    expect(checkField('amount', '999999999999.999999')).toBeNull();
    expect(checkField('amount', '1'.repeat(13))).toContain('最多 12 位整数');
    expect(checkField('amount', '1.1234567')).toContain('6 位小数');
    expect(checkField('selfScore', '999')).toBeNull();
    expect(checkField('selfScore', '1000')).toContain('最多 3 位整数');
  });
  it('rejects a missing required field', () => {
    const f = seedForm() as unknown as { indicators: Record<string, unknown>[] };
    delete f.indicators[0]!.target;
    expect(issues(f)).toEqual([{ path: 'indicators/0/target', message: expect.stringContaining('第 1 项指标的“目标值”：缺失') }]);
  });
  it('rejects no indicators, an unknown rule set, a future version and a non-object', () => {
    expect(issues({ version: 1, ruleSet: 'suzhou-2017', indicators: [] })[0]!.message).toContain('至少要有一项指标');
    expect(issues({ ...seedForm(), ruleSet: 'beijing' })[0]!.message).toContain('规则集');
    expect(issues({ ...seedForm(), version: 2 })[0]!.message).toContain('更新版本');
    expect(issues('hello')[0]!.message).toContain('不是一张自评表');
    expect(issues(null)[0]!.message).toContain('不是一张自评表');
  });
  it('rejects a money amount with a unit in it', () => {
    const f = seedForm();
    f.funds!.actualPayment = '200万元';
    expect(issues(f)).toEqual([{ path: 'funds/actualPayment', message: expect.stringMatching(/^“实际支付数”：应为数字/) }]);
  });
  it('never throws on hostile input', () => {
    for (const x of [undefined, 0, [], [1], { indicators: 'x' }, { version: 1, ruleSet: 'suzhou-2017', indicators: [null] }, Object.create(null)]) {
      expect(() => validateForm(x)).not.toThrow();
      expect(validateForm(x).ok).toBe(false);
    }
  });
});

describe('fieldLabel', () => {
  it('names fields in the form\'s Chinese', () => {
    expect(fieldLabel('indicators/6/weight')).toBe('第 7 项指标的“权重”');
    expect(fieldLabel('subprojects/0/amount')).toBe('第 1 个子项目的“实际金额”');
    expect(fieldLabel('budget/quotaBalance')).toBe('“指标结余数”');
  });
});

describe('public/schema/form-v1.json', () => {
  it('is the schema the engine exports (run npm run schema after changing it)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../public/schema/form-v1.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(formJsonSchema());
  });
  it('describes both rule sets; each forbids unknown keys and requires version, ruleSet and indicators', () => {
    const s = formJsonSchema() as { anyOf: { required: string[]; additionalProperties: boolean; properties: Record<string, { const?: string }> }[] };
    expect(s.anyOf.map((b) => b.properties.ruleSet?.const)).toEqual(['suzhou-2017', 'central-2020']);
    for (const branch of s.anyOf) {
      expect(branch.required).toEqual(expect.arrayContaining(['version', 'ruleSet', 'indicators']));
      expect(branch.additionalProperties).toBe(false);
    }
    expect(Object.keys(s.anyOf[0]!.properties)).toEqual(expect.arrayContaining(['budget', 'funds', 'subprojects']));
    expect(Object.keys(s.anyOf[1]!.properties)).toEqual(expect.arrayContaining(['execution', 'goals']));
    expect(Object.keys(s.anyOf[1]!.properties)).not.toContain('budget');
  });
});

describe('checkField: one typed field, the same rules as the schema', () => {
  it('accepts blank and well-formed values', () => {
    expect(checkField('weight', '')).toBeNull();
    expect(checkField('weight', '4.8')).toBeNull();
    expect(checkField('weight', 4.8)).toBeNull();
    expect(checkField('amount', '-1500.00')).toBeNull();
    expect(checkField('year', '2020')).toBeNull();
  });
  it('rejects what the schema rejects, with the schema\'s message', () => {
    expect(checkField('weight', '4.805')).toContain('最多两位小数');
    expect(checkField('weight', '-1')).toContain('0～999');
    expect(checkField('amount', '200万元')).toContain('单位万元');
    expect(checkField('selfScore', '满分')).toContain('应为数字');
    expect(checkField('year', '20')).toContain('四位年份');
  });
});
