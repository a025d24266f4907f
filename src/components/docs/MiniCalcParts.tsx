import type { ComponentChildren } from 'preact';
import { suzhou2017 } from '../../engine/rule-sets/suzhou-2017.ts';
import type { CategoryId } from '../../engine/types.ts';

/** The frame every mini-calculator shares: a titled section kept out of the search index. */
export function MiniCalcFrame({ id, heading, children }: { id: string; heading: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="mini-calc" aria-labelledby={`${id}-h`} data-pagefind-ignore>
      <h3 id={`${id}-h`} class="mini-calc-heading">
        {heading}
      </h3>
      {children}
    </section>
  );
}

/** A 类别 picker with each category's fixed total from the rule set (R1). */
export function CategorySelect({ value, onChange }: { value: CategoryId; onChange: (category: CategoryId) => void }) {
  return (
    <label class="mc-field">
      <span class="mc-label">类别</span>
      <select value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as CategoryId)}>
        {suzhou2017.categories.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}（{c.total} 分）
          </option>
        ))}
      </select>
    </label>
  );
}
