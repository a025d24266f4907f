import type { IndicatorResult } from '../../engine/result.ts';
import type { Check } from '../../engine/types.ts';
import { SEVERITY_LABEL } from './problems.ts';
import { TextField } from './TextField.tsx';
import type { ProblemMap } from './problems.ts';

interface Props {
  id: string;
  index: number;
  result: IndicatorResult | null;
  checks: Check[];
  note: string;
  problems: ProblemMap;
  onNoteChange: (value: string) => void;
}

/** How one indicator got its score: the engine's Chinese sentences, the row's checks, and its 说明. */
export function Explanation({ id, index, result, checks, note, problems, onNoteChange }: Props) {
  return (
    <div class="explanation" id={id}>
      {result ? (
        <>
          <p class="explanation-summary">{result.summary}</p>
          <ol class="explanation-steps">
            {result.explanation.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ol>
        </>
      ) : (
        <p class="explanation-summary">这一行还不能计分：请先补全表格中标出的问题。</p>
      )}
      {checks.length > 0 && (
        <ul class="explanation-checks">
          {checks.map((c, i) => (
            <li key={i} class={`sev-${c.severity}`}>
              <span class="badge">{SEVERITY_LABEL[c.severity]}</span> {c.message}
            </li>
          ))}
        </ul>
      )}
      <label class="note-field">
        <span class="cell-label">说明（偏差原因，可选）</span>
        <TextField
          path={`indicators/${index}/note`}
          value={note}
          problem={problems.get(`indicators/${index}/note`)}
          placeholder="实际完成值偏离目标或无法提供时，写明原因"
          onChange={onNoteChange}
        />
      </label>
    </div>
  );
}
