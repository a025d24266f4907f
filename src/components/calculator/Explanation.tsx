import type { IndicatorResult } from '../../engine/result.ts';
import type { Check } from '../../engine/types.ts';
import type { ScoringOptions } from '../../engine/types.ts';
import { useSentences } from './sentences-loader.ts';
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
  /** The form's rule set and options: this row's curve is its category's rule under them. */
  ruleSetId: string;
  options: Partial<ScoringOptions>;
  /** Edits the row's note here, when the table does not show it as a column; null when it does. */
  onNoteChange: ((value: string) => void) | null;
}

/**
 * How one indicator got its score: the engine's Chinese sentences and the rule's curve with this
 * row's point (Sentences.tsx, loaded when the first explanation opens), the row's checks, its 说明.
 */
export function Explanation({ id, index, result, checks, note, problems, ruleSetId, options, onNoteChange }: Props) {
  const sentences = useSentences(result !== null);
  return (
    <div class="explanation" id={id} aria-busy={result !== null && !sentences.module && !sentences.failed}>
      {result ? (
        sentences.module ? (
          <sentences.module.RowSentences result={result} ruleSetId={ruleSetId} options={options} />
        ) : sentences.failed ? (
          <p class="explanation-summary" role="alert">
            计算过程没有载入（网络可能已断开）：请稍后收起再展开这一行重试。
          </p>
        ) : (
          <p class="explanation-summary">正在载入计算过程…</p>
        )
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
      {onNoteChange && (
      <label class="note-field">
        <span class="cell-label">说明（偏差原因，可选）</span>
        <TextField
          path={`indicators/${index}/note`}
          value={note}
          problems={problems}
          placeholder="实际完成值偏离目标或无法提供时，写明原因"
          onChange={onNoteChange}
        />
      </label>
      )}
    </div>
  );
}
