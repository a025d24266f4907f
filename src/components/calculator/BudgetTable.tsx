import type { DerivedFigures } from '../../engine/result.ts';
import { BUDGET_KEYS, fieldId, type BudgetKey } from './draft.ts';
import { MoneyCell } from './MoneyCell.tsx';
import type { ProblemMap } from './problems.ts';
import type { FieldMessage } from './scored.ts';

interface Props {
  budget: Record<BudgetKey, string>;
  derived: DerivedFigures | null;
  problems: ProblemMap;
  messages: ReadonlyMap<string, FieldMessage[]>;
  onChange: (key: BudgetKey, value: string) => void;
}

const LABELS: Record<BudgetKey, string> = {
  initialBudget: '年初预算数（“二下”数）',
  adjustment: '当年使用上年结余、结转及当年调整预算数',
  appropriation: '财政拨款数',
  quotaBalance: '指标结余数',
};

/**
 * 市级预算执行情况（万元）: four amounts, and what 指标结余数 should be by the form's identity (R18),
 * offered with one click. A row of four numbers copied from Excel/WPS can be pasted into any field.
 */
export function BudgetTable({ budget, derived, problems, messages, onChange }: Props) {
  const quota = derived?.quotaBalance ?? null;
  return (
    <section class="form-block" aria-labelledby="h-budget" id={fieldId('budget')}>
      <h2 id="h-budget">
        市级预算执行情况<span class="unit">（万元）</span>
      </h2>
      <div class="field-grid money-grid">
        {BUDGET_KEYS.map((key) => (
          <MoneyCell
            key={key}
            path={`budget/${key}`}
            label={LABELS[key]}
            value={budget[key]}
            problems={problems}
            messages={messages}
            onChange={(v) => onChange(key, v)}
            hint={key === 'quotaBalance' && quota != null ? `按公式应为 ${quota}` : null}
            hintWhenMatching={key === 'quotaBalance' && quota != null ? `按公式 ${quota}，一致` : null}
            offer={key === 'quotaBalance' ? quota : null}
          />
        ))}
      </div>
      <p class="block-note">指标结余数 = 年初预算数 + 当年使用上年结余、结转及当年调整预算数 − 财政拨款数。可从 Excel/WPS 复制一行金额，粘贴到任一格。</p>
    </section>
  );
}
