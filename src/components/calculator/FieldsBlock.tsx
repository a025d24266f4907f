import type { FieldsBlock as Block } from '../../forms/layout.ts';
import { fieldId } from '../../forms/draft.ts';
import type { ProblemMap } from './problems.ts';
import type { FieldMessage } from './scored.ts';
import { Field } from './TextField.tsx';

interface Props {
  block: Block;
  /** The draft's single cells by form-file path. */
  fields: Record<string, string>;
  problems: ProblemMap;
  messages: ReadonlyMap<string, FieldMessage[]>;
  onChange: (path: string, value: string) => void;
}

/** A block of labelled cells of any layout (项目信息, 年度总体目标): one field per cell, long texts as text areas. */
export function FieldsBlock({ block, fields, problems, messages, onChange }: Props) {
  const h = `h-${block.id}`;
  return (
    <section class="form-block" aria-labelledby={h} id={fieldId(block.id)}>
      <h2 id={h}>
        {block.title}
        {block.unit && <span class="unit">（{block.unit}）</span>}
      </h2>
      {block.note && <p class="block-note">{block.note}</p>}
      <div class={`field-grid fields-${block.id}`}>
        {block.fields.map((f) => (
          <label class={f.wide ? 'cell wide' : 'cell'} key={f.path}>
            <span class="cell-label">{f.label}</span>
            <Field
              path={f.path}
              value={fields[f.path] ?? ''}
              inputMode={f.kind === 'year' ? 'numeric' : 'text'}
              multiline={f.kind === 'note'}
              problems={problems}
              messages={messages}
              onChange={(v) => onChange(f.path, v)}
            />
          </label>
        ))}
      </div>
    </section>
  );
}
