import { describe, expect, it } from 'vitest';
import { fromForm, toInput } from '../../src/forms/draft.ts';
import { score } from '../../src/components/calculator/engine-client.ts';
import { scoreInput } from '../../src/engine/score-input.ts';
import { isDraft } from '../../src/components/calculator/storage.ts';
// The calculator loads the explanation sentences when one is opened (Sentences.tsx); these tests
// compare whole results, sentences included, so they load them as the engine's index does.
import '../../src/engine/index.ts';
import { goldenCases, seedForm } from '../helpers/forms.ts';

// The calculator scores the forms it builds from its draft without the zod schema (so the schema is
// not part of the page's JavaScript until a file is imported). These tests hold that path to the
// same exact results as a validated file.
// The calculator loads a form's layout before it opens a form of it; so do these tests.

describe('the calculator’s schema-free scoring path', () => {
  for (const c of goldenCases().filter((g) => g.form.ruleSet === 'suzhou-2017')) {
    it(`${c.file}: draft → form → score gives the golden result`, () => {
      const outcome = score(toInput(fromForm(c.form)).input);
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      expect(outcome.result.total).toBe(c.expected.total);
      for (const [id, value] of Object.entries(c.expected.categories)) {
        expect(outcome.result.categories[id]?.score, id).toBe(value);
      }
      expect(outcome.result.indicators.map((r) => r.score)).toEqual(c.expected.indicators.map((r) => r.score));
      expect([...new Set(outcome.result.checks.map((k) => k.code))].sort()).toEqual([...new Set(c.expected.checks)].sort());
      // And exactly what the validated file path gives.
      expect(outcome).toEqual(scoreInput(c.form));
    });
  }

  it('a form with no indicator rows gets the schema’s message, not a result', () => {
    const form = { ...seedForm(), indicators: [] };
    expect(score(form)).toEqual({ ok: false, issues: [{ path: 'indicators', message: '指标表：至少要有一项指标。请用指标表下面的“＋ 添加…”按钮添加一行，或粘贴、导入一张表。' }] });
    // A form file (JSON import, command line) names the JSON key too, for whoever edits the file; the
    // calculator's blank form (新建, every row deleted) says it in Chinese only, with how to add a row (P6).
    expect(scoreInput(form)).toEqual({ ok: false, issues: [{ path: 'indicators', message: '指标表 indicators：至少要有一项指标。' }] });
  });

  it('an unknown rule set is a message, never a thrown error', () => {
    const outcome = score({ ...seedForm(), ruleSet: 'nowhere-1999' });
    expect(outcome.ok).toBe(false);
  });
});

describe('a stored draft reaches the engine only when its rule set and options are known', () => {
  const draft = () => JSON.parse(JSON.stringify(fromForm(seedForm()))) as Record<string, unknown>;
  it('accepts the seed’s draft and a known option value', () => {
    expect(isDraft(draft())).toBe(true);
    expect(isDraft({ ...draft(), options: { granularity: 'ceil' } })).toBe(true);
  });
  it('refuses an unknown rule set, option key or option value', () => {
    expect(isDraft({ ...draft(), ruleSet: 'nowhere-1999' })).toBe(false);
    expect(isDraft({ ...draft(), options: { granularity: 'sideways' } })).toBe(false);
    expect(isDraft({ ...draft(), options: { colour: 'red' } })).toBe(false);
    expect(isDraft({ ...draft(), options: null })).toBe(false);
  });
});

describe('a central money cell typed in 元 (item 5)', () => {
  it('is explained as 元 (how to convert), named by its row and column, and not also called 未填', async () => {
    const { readFileSync } = await import('node:fs');
    const { deriveScored } = await import('../../src/components/calculator/scored.ts');
    const worked = JSON.parse(readFileSync(new URL('../cases/central-worked-example.json', import.meta.url), 'utf8')) as { form: Parameters<typeof fromForm>[0] };
    const draft = fromForm(worked.form);
    draft.fields['execution/total/fullYearBudget'] = '11500000元';
    const mapped = toInput(draft);
    expect(mapped.fieldIssues).toEqual([
      {
        path: 'execution/total/fullYearBudget',
        message: '年度资金总额的“全年预算数”“11500000元”单位是元：这一栏以万元为单位，请除以 10000 换算（11500000 元 = 1150 万元，可填 1150）。这一格暂不计入，其余照常计分。',
      },
    ]);
    // The cell reaches the engine as typed (mapped.scoring, C5): it is never taken for blank; the
    // sub-rows' sum is used and the check beside the cell says so (it was hidden before: P3).
    expect(mapped.passedAsTyped).toEqual(['execution/total/fullYearBudget']);
    expect(mapped.input.execution?.total?.fullYearBudget).toBeUndefined();
    const scored = deriveScored(draft, score(mapped.scoring), mapped);
    const onCell = scored.checks.filter((c) => c.path === 'execution/total/fullYearBudget');
    expect(onCell.map((c) => [c.code, c.message])).toEqual([
      ['FUND_TOTAL_MISMATCH', '年度资金总额的“全年预算数”“11500000元”读不出数字，而当年财政拨款、上年结转资金、其他资金三行合计 500.00 万元：本站按合计 500.00 万元计算，请把这一格改为以万元为单位的数字（本站解读 C5）。'],
    ]);
    expect(scored.checks.some((c) => c.message.includes('未填'))).toBe(false);
    // On a form without the three sub-rows, the cell is the base of the rate: still no “未填写” beside it.
    const bare = fromForm({ ...worked.form, execution: { total: { initialBudget: '500', fullYearBudget: '500', executed: '460' } } } as typeof worked.form);
    bare.fields['execution/total/fullYearBudget'] = '5000000元';
    const m2 = toInput(bare);
    const s2 = deriveScored(bare, score(m2.scoring), m2);
    expect(s2.checks.filter((c) => c.message.includes('未填'))).toEqual([]);
    expect(m2.fieldIssues.map((i) => i.message)).toEqual(['年度资金总额的“全年预算数”“5000000元”单位是元：这一栏以万元为单位，请除以 10000 换算（5000000 元 = 500 万元，可填 500）。这一格暂不计入，其余照常计分。']);
  });
});

describe('cells R4 says to accept (item 6): 年度 in full-width or with 年, 分值 / 自评得分 with 分', () => {
  const centralDraft = async () => {
    const { readFileSync } = await import('node:fs');
    const worked = JSON.parse(readFileSync(new URL('../cases/central-worked-example.json', import.meta.url), 'utf8')) as { form: Parameters<typeof fromForm>[0] };
    return fromForm(worked.form);
  };
  it('年度: ２０２４, 2024年, 2024 年度 are 2024; 二〇二四 is refused naming the field and the fix', async () => {
    for (const typed of ['２０２４', '2024年', '2024 年度', '２０２４年']) {
      const draft = await centralDraft();
      draft.fields['project/year'] = typed;
      const mapped = toInput(draft);
      expect(mapped.fieldIssues, typed).toEqual([]);
      expect(mapped.input.project?.year, typed).toBe(2024);
    }
    const draft = await centralDraft();
    draft.fields['project/year'] = '二〇二四';
    expect(toInput(draft).fieldIssues).toEqual([{ path: 'project/year', message: '“年度”应为四位年份，如 2020。这一格暂不计入，其余照常计分。' }]);
  });
  it('分值 and 自评得分: 8分, ８分, 8 分 are 8 (indicator rows and the 预算执行率 row); 8个 is refused naming the field', async () => {
    const draft = await centralDraft();
    draft.indicators[0]!.weight = '20分';
    draft.indicators[0]!.selfScore = '１８分';
    draft.fields['execution/weight'] = '10 分';
    draft.fields['execution/selfScore'] = '9.2分';
    const mapped = toInput(draft);
    expect(mapped.fieldIssues).toEqual([]);
    expect(mapped.input.indicators[0]).toMatchObject({ weight: '20', selfScore: '18' });
    expect(mapped.input.execution).toMatchObject({ weight: '10', selfScore: '9.2' });
    const outcome = score(mapped.input);
    expect(outcome.ok && outcome.result.total).toBe('96.98');
    draft.indicators[0]!.weight = '20个';
    expect(toInput(draft).fieldIssues).toEqual([
      { path: 'indicators/0/weight', message: '产出指标第 1 项“培训人次”的“分值”“20个”不是数字：应为 0～999、最多两位小数的数，如 4.8；留空则由本站按该类总分平均分摊。这一格暂不计入，其余照常计分。' },
    ]);
  });
});

describe('a new blank form with no row typed in yet (a tester’s finding 7)', () => {
  it('holds back “no indicator yet” as a quiet item, as the “not filled yet” checks are, until a row is touched or 检查全表', async () => {
    const { deriveScored } = await import('../../src/components/calculator/scored.ts');
    const { getRuleSet } = await import('../../src/engine/rule-sets/index.ts');
    const { blankDraft } = await import('../../src/components/calculator/replace-form.ts');
    const blank = blankDraft(getRuleSet('central-2020')!);
    const mapped = toInput(blank);
    const untouched = new Set(blank.indicators.map((r) => r.key));
    const quiet = deriveScored(blank, score(mapped.scoring), mapped, untouched);
    expect([quiet.result, quiet.issues, quiet.quiet]).toEqual([null, [], 1]);
    // 检查全表 (untouched: null), or a row touched and emptied again: said as before.
    const message = '指标表：至少要有一项指标。请用指标表下面的“＋ 添加…”按钮添加一行，或粘贴、导入一张表。';
    expect(deriveScored(blank, score(mapped.scoring), mapped, null).issues).toEqual([{ path: 'indicators', message }]);
    const touched = new Set([...untouched].slice(1));
    expect(deriveScored(blank, score(mapped.scoring), mapped, touched)).toMatchObject({ issues: [{ path: 'indicators', message }], quiet: 0 });
  });
});

describe('a central 全年执行数 with too many digits (item 6): what the page says and what is scored agree (C5, C6)', () => {
  const worked = async () => {
    const { readFileSync } = await import('node:fs');
    return JSON.parse(readFileSync(new URL('../cases/central-worked-example.json', import.meta.url), 'utf8')) as { form: Parameters<typeof fromForm>[0] };
  };
  const LEFT_OUT =
    '年度资金总额的“全年执行数”应为以万元为单位的数字，如 1234.5、1,234.5、1234.5万 或 1234.5万元（最多 12 位整数、6 位小数）；以元为单位的金额请先除以 10000 换算成万元。这一格暂不计入，其余照常计分。';
  it('is left out as the page says: the 其中 rows’ sum is used (96.98, as with 460), or, without sub-rows, the rate has no value (87.78)', async () => {
    const { deriveScored } = await import('../../src/components/calculator/scored.ts');
    const { form } = await worked();
    // 13 integer digits, as typed with separators too; the 其中 row (当年财政拨款) says 460.
    for (const typed of ['4600000000000', '4,600,000,000,000']) {
      const draft = fromForm(form);
      draft.fields['execution/total/executed'] = typed;
      const mapped = toInput(draft);
      expect(mapped.fieldIssues).toEqual([{ path: 'execution/total/executed', message: LEFT_OUT }]);
      expect(mapped.passedAsTyped).toEqual(['execution/total/executed']);
      const scored = deriveScored(draft, score(mapped.scoring), mapped);
      // Scored with 4600000000000 the row would get its full 10.00 and the total 97.78.
      expect(scored.result?.execution?.score, typed).toBe('9.20');
      expect(scored.result?.total, typed).toBe('96.98');
      expect(scored.messages.get('execution/total/executed')?.map((m) => m.text)).toEqual([
        LEFT_OUT,
        '年度资金总额的“全年执行数”“4600000000000”位数太多，而当年财政拨款、上年结转资金、其他资金三行合计 460.00 万元：本站按合计 460.00 万元计算，请把这一格改为以万元为单位的数字（本站解读 C5）。',
      ]);
    }
    // Without the three sub-rows: nothing to use instead, so 0.00 for the row (C6), said beside the cell.
    const bare = fromForm({ ...form, execution: { weight: '10', total: { initialBudget: '500', fullYearBudget: '500', executed: '460.1234567' } } } as typeof form);
    const mapped = toInput(bare);
    const scored = deriveScored(bare, score(mapped.scoring), mapped);
    expect(scored.result?.execution?.score).toBe('0.00');
    expect(scored.result?.total).toBe('87.78');
    expect(scored.messages.get('execution/total/executed')?.map((m) => m.text)).toEqual([
      LEFT_OUT,
      '年度资金总额的“全年执行数”“460.1234567”位数太多：执行率无法计算，预算执行率得 0 分。请改为以万元为单位的数字。',
    ]);
  });
});
