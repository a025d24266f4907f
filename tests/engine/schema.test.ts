import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkField, fieldLabel, formSchemaFor, getRuleSet, validateForm } from '../../src/engine/index.ts';
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

describe('validateForm reads the rows without zod when it can (quickRows), to the same end', () => {
  const long = 'x'.repeat(32_768);
  const DROP = Symbol('drop');
  const oddValue = fc.constantFrom<unknown>(DROP, undefined, null, '', ' ', 'x', '4.8', ' 4.80 ', '4.805', '-1', '-3.5', '1000', '999', '9'.repeat(400), 4.8, 0, -0, -1, 4.805, 1000, Number.NaN, Number.POSITIVE_INFINITY, 1e21, true, [], {}, long, 'input', 'benefit', 'Output');
  const goodRow = (categories: readonly string[]) =>
    fc.record(
      {
        category: fc.constantFrom(...categories),
        level2: fc.constantFrom('数量指标', ''),
        name: fc.string({ maxLength: 4 }),
        target: fc.constantFrom('≥95%', '=13 个', '合规', ''),
        weight: fc.constantFrom<unknown>('4.8', '3', ' 2.50 ', '', 3, 0, 4.75),
        actual: fc.constantFrom('98%', '好', ''),
        selfScore: fc.constantFrom<unknown>('4.8', '-1', '', 2.5, -3),
        note: fc.constantFrom('', '原因'),
      },
      { requiredKeys: ['category', 'name', 'target'] },
    );
  /** A well-formed row with up to two fields changed to odd values (a key dropped, set to undefined, a stray key), or not a row at all. */
  const row = (categories: readonly string[]) =>
    fc.oneof(
      {
        weight: 30,
        arbitrary: fc.tuple(goodRow(categories), fc.array(fc.tuple(fc.constantFrom('category', 'level2', 'name', 'target', 'weight', 'actual', 'selfScore', 'note', 'score'), oddValue), { maxLength: 2 })).map(([r, changes]) => {
          const out: Record<string, unknown> = { ...r };
          for (const [key, value] of changes) {
            if (value === DROP) delete out[key];
            else out[key] = value;
          }
          return out;
        }),
      },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 1, 'row', [], [{}], JSON.parse('{"category":"output","name":"a","target":"=1","__proto__":{}}')) },
    );
  const form = fc.constantFrom('suzhou-2017', 'central-2020').chain((ruleSet) =>
    fc.record({
      ruleSet: fc.constant(ruleSet),
      indicators: fc.oneof({ weight: 20, arbitrary: fc.array(row(getRuleSet(ruleSet)!.categories.map((c) => c.id)), { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>([], 'rows', null, undefined) }),
      project: fc.constantFrom<unknown>(undefined, { year: 2020 }, { year: 1800 }),
    }),
  );
  /** The value as JSON would show it, with undefined properties kept (zod keeps a key set to undefined). */
  const shown = (v: unknown) => JSON.stringify(v, (_k, x) => (x === undefined ? '(undefined)' : x));

  it('accepts exactly what the full zod schema accepts, and returns what it returns', () => {
    fc.assert(
      fc.property(form, (f) => {
        const input = { version: 1, ...f };
        const full = formSchemaFor(getRuleSet(f.ruleSet)!).safeParse(input, { reportInput: true });
        const v = validateForm(input);
        expect(v.ok).toBe(full.success);
        if (v.ok && full.success) expect(shown(v.form)).toBe(shown(full.data));
      }),
      { numRuns: 3000, seed: 13 },
    );
  });
  it('copies the rows: the form it returns shares no row with the input', () => {
    const input = { version: 1, ruleSet: 'suzhou-2017', indicators: [{ category: 'output', name: 'a', target: '=1', actual: '1' }] };
    const v = validateForm(input);
    expect(v.ok && v.form.indicators[0]).not.toBe(input.indicators[0]);
    expect(v.ok && v.form.indicators[0]).toEqual(input.indicators[0]);
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
