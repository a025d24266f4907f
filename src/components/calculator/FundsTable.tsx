import type { DerivedFigures } from '../../engine/result.ts';
import { FUNDS_KEYS, fieldId, type FundsKey } from './draft.ts';
import { MoneyCell } from './MoneyCell.tsx';
import type { ProblemMap } from './problems.ts';
import type { FieldMessage } from './scored.ts';

interface Props {
  funds: Record<FundsKey, string>;
  derived: DerivedFigures | null;
  /** 预算执行情况的财政拨款数 as a plain decimal (万元), when it reads as one: the two must agree (R19). */
  budgetAppropriation: string | null;
  problems: ProblemMap;
  messages: ReadonlyMap<string, FieldMessage[]>;
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

/**
 * 市级财政资金使用情况（万元）: five amounts, its 财政拨款数 offered from the 预算执行情况 table, the two identities of 资金结余、结转数 (R19) with the
 * balance offered with one click, and the 预算执行率 they imply, offered as the actual of the 投入
 * row named 预算执行率 (R21).
 */
export function FundsTable({ funds, derived, budgetAppropriation, problems, messages, onChange, executionRateRow, onUseExecutionRate }: Props) {
  const rate = derived?.executionRate ?? null;
  const balance = derived?.balance ?? null;
  const split = derived?.carryoverPlusRecovered ?? null;
  return (
    <section class="form-block" aria-labelledby="h-funds" id={fieldId('funds')}>
      <h2 id="h-funds">
        市级财政资金使用情况<span class="unit">（万元）</span>
      </h2>
      <div class="field-grid money-grid funds-grid">
        {FUNDS_KEYS.map((key) => (
          <MoneyCell
            key={key}
            path={`funds/${key}`}
            label={LABELS[key]}
            value={funds[key]}
            problems={problems}
            messages={messages}
            onChange={(v) => onChange(key, v)}
            hint={
              key === 'balance' && (balance != null || split != null)
                ? [balance != null && `拨款 − 支付 = ${balance}`, split != null && `结转 + 收回 = ${split}`].filter(Boolean).join('；')
                : key === 'appropriation' && budgetAppropriation != null
                  ? `预算执行情况为 ${budgetAppropriation}`
                  : null
            }
            hintWhenMatching={key === 'appropriation' ? '与预算执行情况一致' : null}
            offer={key === 'balance' ? balance : key === 'appropriation' ? budgetAppropriation : null}
            className={key === 'carryover' || key === 'recovered' ? 'cell sub' : 'cell'}
          />
        ))}
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
