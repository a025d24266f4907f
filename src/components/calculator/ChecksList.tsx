import type { Check } from '../../engine/types.ts';
import { fieldId } from '../../forms/draft.ts';
import { focusField } from './focus.ts';
import { SEVERITY_LABEL, bySeverity } from './problems.ts';

interface Props {
  /** Checks with draft paths (draft.ts `toDraftPath`). */
  checks: Check[];
  /** “Not filled yet” checks held back on a new blank form, and how to ask for them. */
  quiet?: number;
  onCheckAll?: () => void;
  /** The form's word for a row's weight (the rule set's `weightTerm`: 权重 or 分值); 权重 when omitted. */
  weightTerm?: string;
  /** The form's word for the self-score (the rule set's `selfScoreTerm`: 自评分 or 自评得分); 自评分 when omitted. */
  selfScoreTerm?: string;
}

/** The checks of the scored form, errors first, each linked to the field it concerns. */
export function ChecksList({ checks, quiet = 0, onCheckAll, weightTerm = '权重', selfScoreTerm = '自评分' }: Props) {
  const sorted = [...checks].sort(bySeverity);
  const errors = checks.filter((c) => c.severity === 'error').length;
  const warnings = checks.filter((c) => c.severity === 'warning').length;
  const infos = checks.length - errors - warnings;
  return (
    <section class="checks" aria-labelledby="h-checks">
      <h2 id="h-checks" class="checks-title">核对结果</h2>
      {quiet > 0 && (
        <p class="checks-quiet" data-testid="checks-quiet">
          新表：未填写的 {quiet} 处暂不提示，填到哪一行就核对哪一行。
          <button type="button" class="small-button" onClick={onCheckAll}>
            检查全表
          </button>
        </p>
      )}
      {checks.length === 0 && quiet > 0 ? null : checks.length === 0 ? (
        <p class="checks-ok">✓ 没有发现问题：已填写的金额能勾稽，各类{weightTerm}合计正确，{selfScoreTerm}与计算得分一致（留空的栏目不参与核对）。</p>
      ) : (
        <>
          <p class="checks-summary">
            {[errors > 0 && `${errors} 处错误`, warnings > 0 && `${warnings} 处需要注意`, infos > 0 && `${infos} 条说明`]
              .filter(Boolean)
              .join('，')}
            。点击条目可跳到对应的格子。
          </p>
          <ul class="check-list">
            {sorted.map((c, i) => (
              <li key={`${c.code}-${c.path}-${i}`} class={`check sev-${c.severity}`} data-code={c.code}>
                <span class="badge">{SEVERITY_LABEL[c.severity]}</span>
                <a
                  href={`#${fieldId(c.path)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    focusField(c.path);
                  }}
                >
                  {c.message}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
