import type { ProjectKey } from './draft.ts';
import type { ProblemMap } from './problems.ts';
import { TextField } from './TextField.tsx';
import { fieldId } from './draft.ts';
import { describedBy, FieldMessages } from './FieldMessage.tsx';
import type { FieldMessage } from './scored.ts';

interface Props {
  project: Record<ProjectKey, string>;
  problems: ProblemMap;
  messages: ReadonlyMap<string, FieldMessage[]>;
  onChange: (key: ProjectKey, value: string) => void;
}

const FIELDS: { key: ProjectKey; label: string; inputMode?: 'numeric'; wide?: boolean }[] = [
  { key: 'name', label: '项目名称', wide: true },
  { key: 'year', label: '项目年份', inputMode: 'numeric' },
  { key: 'department', label: '项目主管部门（单位）', wide: true },
];

/** The form's header: 项目名称, 项目年份, 项目主管部门（单位）. */
export function ProjectFields({ project, problems, messages, onChange }: Props) {
  return (
    <section class="form-block" aria-labelledby="h-project" id={fieldId('project')}>
      <h2 id="h-project">项目信息</h2>
      <div class="field-grid project-grid">
        {FIELDS.map((f) => (
          <label class={f.wide ? 'cell wide' : 'cell'} key={f.key}>
            <span class="cell-label">{f.label}</span>
            <TextField
              path={`project/${f.key}`}
              value={project[f.key]}
              inputMode={f.inputMode ?? 'text'}
              problem={problems.get(`project/${f.key}`)}
              describedBy={describedBy(`project/${f.key}`, messages)}
              onChange={(v) => onChange(f.key, v)}
            />
            <FieldMessages path={`project/${f.key}`} messages={messages} />
          </label>
        ))}
      </div>
    </section>
  );
}
