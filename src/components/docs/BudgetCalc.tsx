import { useMemo, useState } from 'preact/hooks';
import { suzhou2017 } from '../../engine/rule-sets/suzhou-2017.ts';
import type { Form } from '../../engine/types.ts';
import { useEngine } from './engine-lazy.ts';
import { MiniCalcFrame } from './MiniCalcParts.tsx';

type Key =
  | 'budget/initialBudget'
  | 'budget/adjustment'
  | 'budget/appropriation'
  | 'budget/quotaBalance'
  | 'funds/appropriation'
  | 'funds/actualPayment'
  | 'funds/balance'
  | 'funds/carryover'
  | 'funds/recovered'
  | 'subprojects/0/amount'
  | 'subprojects/1/amount'
  | 'subprojects/2/amount';

const LABEL: Record<Key, string> = {
  'budget/initialBudget': '年初预算数',
  'budget/adjustment': '当年使用上年结余、结转及当年调整预算数',
  'budget/appropriation': '财政拨款数（预算执行情况）',
  'budget/quotaBalance': '指标结余数',
  'funds/appropriation': '财政拨款数（资金使用情况）',
  'funds/actualPayment': '实际支付数',
  'funds/balance': '资金结余、结转数',
  'funds/carryover': '结转数',
  'funds/recovered': '财政收回数',
  'subprojects/0/amount': '子项目 1 实际金额',
  'subprojects/1/amount': '子项目 2 实际金额',
  'subprojects/2/amount': '子项目 3 实际金额',
};

const ALL = Object.keys(LABEL) as Key[];
const EXECUTION: Key[] = ['funds/appropriation', 'funds/actualPayment'];

interface Props {
  id: string;
  heading: string;
  /** `all`: both budget tables and three 子项目; `execution`: only what 预算执行率 needs. */
  mode: 'all' | 'execution';
  initial: Partial<Record<Key, string>>;
}

/**
 * A mini-calculator for the budget tables (R18–R21): the engine checks the identities and
 * computes 预算执行率, then scores the 投入 row 预算执行率 (template target and weight) with it.
 */
export default function BudgetCalc({ id, heading, mode, initial }: Props) {
  const keys = mode === 'all' ? ALL : EXECUTION;
  const [values, setValues] = useState<Partial<Record<Key, string>>>(initial);
  const template = suzhou2017.inputTemplate.find((t) => t.name === suzhou2017.executionRateIndicator)!;

  const engine = useEngine();
  const out = useMemo(() => {
    if (!engine) return null;
    const budget: Record<string, string> = {};
    const funds: Record<string, string> = {};
    const subprojects: { name: string; amount: string }[] = [];
    // Amounts as the calculator reads them: 1,234.5 / 1234.5万 / 1234.5万元 (an amount in 元 is refused, with how to convert).
    const plain = (k: Key) => engine.normalizeAmount(values[k] ?? '') ?? (values[k] ?? '').trim();
    for (const k of keys) {
      const v = plain(k);
      if (v === '') continue;
      const [part, field, sub] = k.split('/');
      if (part === 'budget') budget[field!] = v;
      else if (part === 'funds') funds[field!] = v;
      else if (sub) subprojects.push({ name: `子项目 ${Number(field) + 1}`, amount: v });
    }
    const issues: { path: string; message: string }[] = [];
    for (const k of keys) {
      const raw = values[k] ?? '';
      if (engine.checkField('amount', plain(k))) issues.push({ path: k, message: `${LABEL[k]}${engine.isYuanAmount(raw) ? engine.yuanMessage(raw) : engine.AMOUNT_HELP}` });
    }
    if (issues.length) return { ok: false as const, issues };
    const form: Form = {
      version: 1,
      ruleSet: suzhou2017.id,
      ...(Object.keys(budget).length ? { budget } : {}),
      ...(Object.keys(funds).length ? { funds } : {}),
      ...(subprojects.length ? { subprojects } : {}),
      indicators: [{ category: 'input', name: template.name, target: template.target, weight: template.weight }],
    };
    return { ok: true as const, result: engine.scoreForm(form) };
  }, [engine, values, keys]);

  const byField = new Map<string, string[]>();
  const other: string[] = [];
  const note = (path: string, message: string) => {
    if ((keys as string[]).includes(path)) byField.set(path, [...(byField.get(path) ?? []), message]);
    else other.push(message);
  };
  if (out && !out.ok) out.issues.forEach((i) => note(i.path, i.message));
  else if (out) out.result.checks.filter((c) => !c.path.startsWith('indicators/') && !c.path.startsWith('categories/')).forEach((c) => note(c.path, c.message));
  const d = out?.ok ? out.result.derived : null;
  const rate = d?.executionRate ?? null;
  const row = rate !== null && engine ? engine.scoreOne({ category: 'input', name: template.name, target: template.target, actual: `${rate}%`, weight: template.weight }) : null;

  return (
    <MiniCalcFrame id={id} heading={heading}>
      <div class="mini-calc-fields">
        {keys.map((k) => {
          const fid = `${id}-${k.replace(/\W+/g, '-')}`;
          const msgs = byField.get(k) ?? [];
          return (
            <div class="mc-field" key={k}>
              <label class="mc-label" for={fid}>
                {LABEL[k]}（万元）
              </label>
              <input
                id={fid}
                type="text"
                inputMode="decimal"
                value={values[k] ?? ''}
                aria-invalid={msgs.length ? 'true' : undefined}
                aria-describedby={msgs.length ? `${fid}-msg` : undefined}
                onInput={(e) => setValues((old) => ({ ...old, [k]: (e.currentTarget as HTMLInputElement).value }))}
              />
              {msgs.length > 0 && (
                <p class="mc-msg" id={`${fid}-msg`} role="alert">
                  {msgs.join(' ')}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div class="mc-result" aria-live="polite">
        {!engine && <p class="mc-summary">正在载入计算……</p>}
        {d && (
          <ul class="mc-derived">
            {mode === 'all' && d.quotaBalance !== null && <li>指标结余数按公式 = {d.quotaBalance} 万元</li>}
            {mode === 'all' && d.balance !== null && <li>资金结余、结转数按公式 = {d.balance} 万元</li>}
            {mode === 'all' && d.carryoverPlusRecovered !== null && <li>结转数 + 财政收回数 = {d.carryoverPlusRecovered} 万元</li>}
            {mode === 'all' && d.subprojectSum !== null && <li>子项目合计 = {d.subprojectSum} 万元</li>}
            <li>
              预算执行率 = 实际支付数 ÷ 财政拨款数 = <strong data-testid="mini-rate">{rate === null ? '—' : `${rate}%`}</strong>
            </li>
          </ul>
        )}
        {row?.ok && (
          <p class="mc-score">
            “{template.name}”（目标 {template.target}，权重 {row.result.weight}）得 <strong data-testid="mini-score">{row.result.score}</strong> 分
          </p>
        )}
        {row?.ok && <p class="mc-summary">{row.result.summary}</p>}
        {other.length > 0 ? (
          <ul class="mc-other">
            {other.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        ) : (
          out?.ok && byField.size === 0 && mode === 'all' && <p class="mc-ok">表内数字勾稽一致。</p>
        )}
      </div>
    </MiniCalcFrame>
  );
}
