import type { ComponentChildren } from 'preact';
import { fieldId } from '../../forms/draft.ts';

/**
 * A block of amounts as a section of the form (项目资金, 市级预算执行情况 …): its heading with the unit
 * (万元), labelled by the heading, and the block's anchor (`#f-<id>`). Shared by MoneyBlock and MoneyTable.
 */
export function AmountSection({ id, title, unit, children }: { id: string; title: string; unit: string; children: ComponentChildren }) {
  const h = `h-${id}`;
  return (
    <section class="form-block" aria-labelledby={h} id={fieldId(id)}>
      <h2 id={h}>
        {title}
        <span class="unit">（{unit}）</span>
      </h2>
      {children}
    </section>
  );
}
