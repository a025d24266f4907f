import { useMemo, useState } from 'preact/hooks';
import { getRuleSet, scoreInput, suzhou2017 } from '../../engine/index.ts';
import type { IndicatorResult } from '../../engine/result.ts';
import type { CategoryId, Check, Form, ScoringOptions } from '../../engine/types.ts';
import { BudgetTable } from './BudgetTable.tsx';
import { ChecksList } from './ChecksList.tsx';
import {
  blankIndicator,
  blankSubproject,
  fromForm,
  nextKey,
  toDraftPath,
  toInput,
  type BudgetKey,
  type Draft,
  type FundsKey,
  type IndicatorTextKey,
  type ProjectKey,
} from './draft.ts';
import { FundsTable } from './FundsTable.tsx';
import { IndicatorTable } from './IndicatorTable.tsx';
import { IssuesList } from './IssuesList.tsx';
import { OptionsPanel } from './OptionsPanel.tsx';
import { buildProblems } from './problems.ts';
import { ProjectFields } from './ProjectFields.tsx';
import { SubprojectTable } from './SubprojectTable.tsx';
import { Toolbar } from './Toolbar.tsx';
import { TotalBar } from './TotalBar.tsx';

interface Props {
  /** The form the calculator opens with (the seed example). */
  initial: Form;
}

/**
 * The self-evaluation calculator: the whole form, editable cell by cell, rescored by the engine on
 * every keystroke. The draft keeps exactly what was typed; the engine validates and scores it.
 */
export default function Calculator({ initial }: Props) {
  const [draft, setDraft] = useState<Draft>(() => fromForm(initial));
  const ruleSet = getRuleSet(draft.ruleSet) ?? suzhou2017;

  const scored = useMemo(() => {
    const mapped = toInput(draft);
    const outcome = scoreInput(mapped.input);
    const result = outcome.ok ? outcome.result : null;
    const issues = outcome.ok ? [] : outcome.issues.map((i) => ({ ...i, path: toDraftPath(i.path, mapped) }));
    const checks: Check[] = result ? result.checks.map((c) => ({ ...c, path: toDraftPath(c.path, mapped) })) : [];
    const results: (IndicatorResult | null)[] = draft.indicators.map(() => null);
    if (result) result.indicators.forEach((r, i) => (results[mapped.indicatorRows[i] ?? -1] = r));
    const rowChecks: Check[][] = draft.indicators.map(() => []);
    for (const c of checks) {
      const m = /^indicators\/(\d+)/.exec(c.path);
      if (m) rowChecks[Number(m[1])]?.push(c);
    }
    const problems = buildProblems([...checks, ...issues.map((i) => ({ path: i.path, severity: 'error' as const }))]);
    const rateIndex = result?.derived.executionRateIndicator;
    const executionRateRow = rateIndex != null ? (mapped.indicatorRows[rateIndex] ?? null) : null;
    return { mapped, result, issues, checks, results, rowChecks, problems, executionRateRow };
  }, [draft]);

  const { result, issues, checks, problems } = scored;

  const update = (change: (d: Draft) => Draft) => setDraft((d) => change(d));
  const setProject = (key: ProjectKey, value: string) => update((d) => ({ ...d, project: { ...d.project, [key]: value } }));
  const setBudget = (key: BudgetKey, value: string) => update((d) => ({ ...d, budget: { ...d.budget, [key]: value } }));
  const setFunds = (key: FundsKey, value: string) => update((d) => ({ ...d, funds: { ...d.funds, [key]: value } }));
  const setSubproject = (index: number, key: 'name' | 'amount', value: string) =>
    update((d) => ({ ...d, subprojects: d.subprojects.map((s, i) => (i === index ? { ...s, [key]: value } : s)) }));
  const setIndicator = (index: number, key: IndicatorTextKey, value: string) =>
    update((d) => ({ ...d, indicators: d.indicators.map((row, i) => (i === index ? { ...row, [key]: value } : row)) }));
  const addIndicator = (category: CategoryId) =>
    update((d) => {
      // Keep the rows grouped: a new row goes after the last row of its category (or of an earlier one).
      const order = ruleSet.categories.map((c) => c.id);
      const rank = order.indexOf(category);
      let at = 0;
      d.indicators.forEach((row, i) => {
        if (order.indexOf(row.category) <= rank) at = i + 1;
      });
      const indicators = [...d.indicators];
      indicators.splice(at, 0, blankIndicator(category, nextKey(d)));
      return { ...d, indicators };
    });
  const removeIndicator = (index: number) => update((d) => ({ ...d, indicators: d.indicators.filter((_, i) => i !== index) }));
  /** The rule set's 投入 template (R3) as draft rows with keys from `firstKey` on, actuals blank. */
  const templateRows = (firstKey: number) =>
    ruleSet.inputTemplate.map((t, i) => ({ ...blankIndicator('input', firstKey + i), name: t.name, target: t.target, weight: t.weight }));
  const addInputTemplate = () => update((d) => ({ ...d, indicators: [...templateRows(nextKey(d)), ...d.indicators] }));
  const setOption = (key: keyof ScoringOptions, value: string) =>
    update((d) => {
      const options: Record<string, string> = { ...d.options };
      if (value === ruleSet.defaultOptions[key]) delete options[key];
      else options[key] = value;
      return { ...d, options: options as Partial<ScoringOptions> };
    });

  const rate = result?.derived.executionRate ?? null;
  const rateRowIndex = scored.executionRateRow;
  const rateRow = rateRowIndex != null ? draft.indicators[rateRowIndex] : undefined;
  const rateDiffers =
    rateRowIndex != null && (rateRow?.actual.trim() === '' || checks.some((c) => c.code === 'EXECUTION_RATE_MISMATCH'));
  const useRate =
    rate != null && rateRowIndex != null && rateDiffers ? () => setIndicator(rateRowIndex, 'actual', `${rate}%`) : null;

  const errors = checks.filter((c) => c.severity === 'error').length;
  const warnings = checks.filter((c) => c.severity === 'warning').length;

  return (
    <div class="calculator" id="calculator" data-pagefind-ignore>
      <Toolbar
        currentInput={() => toInput(draft).input}
        onLoad={(form) => setDraft(fromForm(form))}
        onReset={() => setDraft(fromForm(initial))}
        onBlank={() =>
          setDraft({
            ...fromForm({ version: 1, ruleSet: ruleSet.id, indicators: [] }),
            indicators: templateRows(1),
            subprojects: [blankSubproject(ruleSet.inputTemplate.length + 1)],
          })
        }
      />
      <TotalBar
        total={result?.total ?? null}
        max={ruleSet.total}
        categories={ruleSet.categories}
        categoryResults={result?.categories ?? null}
        errors={errors}
        warnings={warnings}
        invalid={!result}
      />
      {result ? <ChecksList checks={checks} /> : <IssuesList issues={issues} />}
      <ProjectFields project={draft.project} problems={problems} onChange={setProject} />
      <div class="money-blocks">
        <BudgetTable budget={draft.budget} derived={result?.derived ?? null} problems={problems} onChange={setBudget} />
        <FundsTable
          funds={draft.funds}
          derived={result?.derived ?? null}
          problems={problems}
          onChange={setFunds}
          executionRateRow={rateRow ? { name: rateRow.name, actual: rateRow.actual } : null}
          onUseExecutionRate={useRate}
        />
      </div>
      <SubprojectTable
        rows={draft.subprojects}
        sum={result?.derived.subprojectSum ?? null}
        problems={problems}
        onChange={setSubproject}
        onAdd={() => update((d) => ({ ...d, subprojects: [...d.subprojects, blankSubproject(nextKey(d))] }))}
        onRemove={(index) => update((d) => ({ ...d, subprojects: d.subprojects.filter((_, i) => i !== index) }))}
      />
      <IndicatorTable
        indicators={draft.indicators}
        categories={ruleSet.categories}
        results={scored.results}
        categoryResults={result?.categories ?? null}
        total={result?.total ?? null}
        max={ruleSet.total}
        rowChecks={scored.rowChecks}
        problems={problems}
        onChange={setIndicator}
        onAdd={addIndicator}
        onRemove={removeIndicator}
        onInputTemplate={draft.indicators.some((r) => r.category === 'input') ? null : addInputTemplate}
      />
      <OptionsPanel ruleSet={ruleSet} options={draft.options} onChange={setOption} />
    </div>
  );
}
