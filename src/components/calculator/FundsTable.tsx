import type { DerivedFigures } from '../../engine/result.ts';
import { FUNDS_KEYS, fieldId, type FundsKey } from './draft.ts';
import type { ProblemMap } from './problems.ts';
import { TextField } from './TextField.tsx';

interface Props {
  funds: Record<FundsKey, string>;
  derived: DerivedFigures | null;
  problems: ProblemMap;
  onChange: (key: FundsKey, value: string) => void;
  /** Name of the 投入 row that receives the execution rate, when there is one (R21). */
  executionRateRow: { name: string; actual: string } | null;
  onUseExecutionRate: (() => void) | null;
}

const LABELS: Record<FundsKey, string> = {
  appropriation: '财政拨款数',
  actualPayment: '实际支付数',
  balance: '资金结余、结转数',
  carryover: '其中：结转数',
  recovered: '其中：财政收回数',
};

function hintFor(key: FundsKey, derived: DerivedFigures | null): string | null {
  if (!derived) return null;
  if (key === 'balance') {
    const parts = [];
    if (derived.balance != null) parts.push(`拨款 − 支付 = ${derived.balance}`);
    if (derived.carryoverPlusRecovered != null) parts.push(`结转 + 收回 = ${derived.carryoverPlusRecovered}`);
    return parts.length > 0 ? parts.join('；') : null;
  }
  return null;
}

/**
 * 市级财政资金使用情况（万元）: five amounts, the two identities of 资金结余、结转数 (R19), and the
 * 预算执行率 they imply, offered as the actual of the 投入 row named 预算执行率 (R21).
 */
export function FundsTable({ funds, derived, problems, onChange, executionRateRow, onUseExecutionRate }: Props) {
  const rate = derived?.executionRate ?? null;
  return (
    <section class="form-block" aria-labelledby="h-funds" id={fieldId('funds')}>
      <h2 id="h-funds">
        市级财政资金使用情况<span class="unit">（万元）</span>
      </h2>
      <div class="field-grid money-grid funds-grid">
        {FUNDS_KEYS.map((key) => {
          const hint = hintFor(key, derived);
          const hintId = hint ? `hint-funds-${key}` : undefined;
          return (
            <label class={key === 'carryover' || key === 'recovered' ? 'cell sub' : 'cell'} key={key}>
              <span class="cell-label">{LABELS[key]}</span>
              <TextField
                path={`funds/${key}`}
                value={funds[key]}
                inputMode="decimal"
                className="num"
                problem={problems.get(`funds/${key}`)}
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
      <p class="block-note">资金结余、结转数 = 财政拨款数 − 实际支付数 = 结转数 + 财政收回数</p>
      {rate != null && (
        <p class="derived-rate">
          <span>
            预算执行率 = 实际支付数 ÷ 财政拨款数 = <strong class="num">{rate}%</strong>
          </span>
          {executionRateRow && onUseExecutionRate && (
            <button type="button" class="small-button" onClick={onUseExecutionRate}>
              填入“{executionRateRow.name}”的实际完成值
            </button>
          )}
        </p>
      )}
    </section>
  );
}
