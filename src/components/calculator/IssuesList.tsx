import type { ValidationIssue } from '../../engine/result.ts';
import { fieldId } from '../../forms/draft.ts';
import { focusField } from './focus.ts';

interface Props {
  /** Validation issues with draft paths. */
  issues: ValidationIssue[];
  /** Whether the rest of the form was scored (only some cells were left out). */
  scored: boolean;
}

/** Cells that cannot be read (and, when `scored` is false, why the form cannot be scored), each linked to its field. */
export function IssuesList({ issues, scored }: Props) {
  return (
    <section class="issues" role="alert" aria-labelledby="h-issues">
      <h2 id="h-issues" class="checks-title">{scored ? '有格子读不出数字' : '表格暂时无法计分'}</h2>
      <p>{scored ? '下列格子暂不计入，其余照常计分；请修改（您填写的内容都保留着）：' : '请修改下列格子（您填写的内容都保留着）：'}</p>
      <ul class="check-list">
        {issues.map((issue, i) => (
          <li key={`${issue.path}-${i}`} class="check sev-error">
            <span class="badge">{scored ? '未计入' : '无法计分'}</span>
            <a
              href={`#${fieldId(issue.path)}`}
              onClick={(e) => {
                e.preventDefault();
                focusField(issue.path);
              }}
            >
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
