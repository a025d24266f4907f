import { useMemo, useState } from 'preact/hooks';
import { suzhou2017 } from '../../engine/rule-sets/suzhou-2017.ts';
import { useEngine } from './engine-lazy.ts';
import { CategorySelect, MiniCalcFrame } from './MiniCalcParts.tsx';
import type { CategoryId } from '../../engine/types.ts';

interface Props {
  id: string;
  heading: string;
  category: CategoryId;
  /** Weights as typed, one per indicator; '' is a blank weight. */
  weights: string[];
}

/**
 * A mini-calculator for weights (R1, R2): the reader sets how many indicators a category has and
 * which weights are typed; the engine assigns the rest (equal split, leftover cents, partial
 * categories) and reports WEIGHT_PARTIAL / WEIGHT_SUM_MISMATCH in its own words.
 */
export default function WeightCalc({ id, heading, category: initialCategory, weights: initialWeights }: Props) {
  const [category, setCategory] = useState<CategoryId>(initialCategory);
  const [weights, setWeights] = useState<string[]>(initialWeights);
  const engine = useEngine();
  const out = useMemo(() => {
    if (!engine) return null;
    const issues = weights.flatMap((w, i) => {
      const bad = engine.checkField('weight', w);
      return bad ? [{ path: `indicators/${i}/weight`, message: `权重${bad}` }] : [];
    });
    if (issues.length) return { ok: false as const, issues };
    const result = engine.scoreForm({
      version: 1,
      ruleSet: suzhou2017.id,
      indicators: weights.map((w, i) => ({ category, name: `指标 ${i + 1}`, target: '=1 个', actual: '1 个', ...(w.trim() !== '' ? { weight: w.trim() } : {}) })),
    });
    return { ok: true as const, result };
  }, [engine, category, weights]);
  const total = suzhou2017.categories.find((c) => c.id === category)!.total;
  const resize = (n: number) => setWeights((old) => (n > old.length ? [...old, ...Array(n - old.length).fill('')] : old.slice(0, n)));
  const issues = new Map<string, string>();
  if (out && !out.ok) out.issues.forEach((i) => issues.set(i.path, i.message));
  const catChecks = out?.ok ? out.result.checks.filter((c) => c.path === `categories/${category}`) : [];

  return (
    <MiniCalcFrame id={id} heading={heading}>
      <div class="mini-calc-fields">
        <CategorySelect value={category} onChange={setCategory} />
        <label class="mc-field">
          <span class="mc-label">指标个数</span>
          <select value={String(weights.length)} onChange={(e) => resize(Number((e.currentTarget as HTMLSelectElement).value))}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="table-wrap mc-table">
        <table>
          <caption>
            每项的权重（留空 = 表上未填，由本站分摊；本类总分 {total} 分）
          </caption>
          <thead>
            <tr>
              <th scope="col">指标</th>
              <th scope="col">表上填写的权重</th>
              <th scope="col" class="n">计分所用权重</th>
            </tr>
          </thead>
          <tbody>
            {weights.map((w, i) => {
              const path = `indicators/${i}/weight`;
              const msg = issues.get(path);
              const used = out?.ok ? out.result.indicators[i]?.weight : undefined;
              return (
                <tr key={i}>
                  <th scope="row">指标 {i + 1}</th>
                  <td>
                    <input
                      type="text"
                      inputMode="decimal"
                      aria-label={`指标 ${i + 1} 的权重`}
                      value={w}
                      placeholder="未填"
                      aria-invalid={msg ? 'true' : undefined}
                      onInput={(e) => setWeights((old) => old.map((x, j) => (j === i ? (e.currentTarget as HTMLInputElement).value : x)))}
                    />
                    {msg && (
                      <p class="mc-msg" role="alert">
                        {msg}
                      </p>
                    )}
                  </td>
                  <td class="n" data-testid="weight-used">
                    {used ?? '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
          {out?.ok && (
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>
                  合计
                </th>
                <td class="n" data-testid="weight-sum">
                  {out!.result.categories[category]?.weightSum}
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      <div aria-live="polite">
        {catChecks.map((c, i) => (
          <p key={i} class={`sev-${c.severity}`}>
            {c.message}
          </p>
        ))}
      </div>
    </MiniCalcFrame>
  );
}
