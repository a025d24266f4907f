import type { DerivedFigures } from '../../engine/result.ts';
import { BUDGET_KEYS, fieldId, type BudgetKey } from './draft.ts';
import type { ProblemMap } from './problems.ts';
import { TextField } from './TextField.tsx';

interface Props {
  budget: Record<BudgetKey, string>;
  derived: DerivedFigures | null;
  problems: ProblemMap;
  onChange: (key: BudgetKey, value: string) => void;
}

const LABELS: Record<BudgetKey, string> = {
  initialBudget: '年初预算数（“二下”数）',
  adjustment: '当年使用上年结余、结转及当年调整预算数',
  appropriation: '财政拨款数',
  quotaBalance: '指标结余数',
};

/** 市级预算执行情况（万元）: four amounts, and what 指标结余数 should be by the form's identity (R18). */
export function BudgetTable({ budget, derived, problems, onChange }: Props) {
  return (
    <section class="form-block" aria-labelledby="h-budget" id={fieldId('budget')}>
      <h2 id="h-budget">
        市级预算执行情况<span class="unit">（万元）</span>
      </h2>
      <div class="field-grid money-grid">
        {BUDGET_KEYS.map((key) => {
          const hint = key === 'quotaBalance' && derived?.quotaBalance != null ? `按公式应为 ${derived.quotaBalance}` : null;
          const hintId = hint ? 'hint-budget-quotaBalance' : undefined;
          return (
            <label class="cell" key={key}>
              <span class="cell-label">{LABELS[key]}</span>
              <TextField
                path={`budget/${key}`}
                value={budget[key]}
                inputMode="decimal"
                className="num"
                problem={problems.get(`budget/${key}`)}
                describedBy={hintId}
                onChange={(v) => onChange(key, v)}
              />
              {hint && (
                <span class="cell-hint" id={hintId}>
                  {hint}
                </span>
              )}
            </label>
          );
        })}
      </div>
      <p class="block-note">指标结余数 = 年初预算数 + 当年使用上年结余、结转及当年调整预算数 − 财政拨款数</p>
    </section>
  );
}
