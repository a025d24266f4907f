import type { ValidationIssue } from '../../engine/result.ts';
import { fieldId, focusField } from './draft.ts';

interface Props {
  /** Validation issues with draft paths. */
  issues: ValidationIssue[];
}

/** Why the form cannot be scored as typed (the engine's validation), each linked to its field. */
export function IssuesList({ issues }: Props) {
  return (
    <section class="issues" role="alert" aria-labelledby="h-issues">
      <h2 id="h-issues" class="checks-title">表格暂时无法计分</h2>
      <p>请修改下列格子（您填写的内容都保留着）：</p>
      <ul class="check-list">
        {issues.map((issue, i) => (
          <li key={`${issue.path}-${i}`} class="check sev-error">
            <span class="badge">无法计分</span>
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
