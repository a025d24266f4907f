import { fieldId } from '../../forms/draft.ts';
import type { ProblemMap } from './problems.ts';
import type { FieldMessage } from './scored.ts';
import { FieldMessages } from './FieldMessage.tsx';
import { TextField } from './TextField.tsx';

/** Whether a typed amount differs from a derived one (exact comparison of two plain decimal strings). */
export function differs(typed: string, derived: string): boolean {
  const t = typed.trim();
  if (t === '') return true;
  const norm = (s: string) => {
    const m = /^(-?)0*(\d*?)(?:\.(\d*?)0*)?$/.exec(s.trim());
    if (!m) return s;
    const int = m[2] || '0';
    const frac = m[3] ?? '';
    return int === '0' && frac === '' ? '0' : `${m[1]}${int}${frac ? `.${frac}` : ''}`;
  };
  return norm(t) !== norm(derived);
}

interface Props {
  /** The field's path in the form file, e.g. `budget/quotaBalance`. */
  path: string;
  label: string;
  value: string;
  problems: ProblemMap;
  messages: ReadonlyMap<string, FieldMessage[]>;
  onChange: (value: string) => void;
  /** A line under the field: the figure the form's identity implies (R18, R19). */
  hint?: string | null;
  /** The derived figure offered with one click, when the typed amount differs from it. */
  offer?: string | null;
  /** The line shown instead of `hint` once the typed amount equals `offer` (e.g. 按公式 0.00，一致). */
  hintWhenMatching?: string | null;
  className?: string;
}

/**
 * One amount (万元) of the budget tables: its label, the field, the derived figure it should equal
 * with a “填入” button, and the check messages that concern it. Used by the Suzhou form's 金额块
 * (MoneyBlock.tsx), so it comes with that form's code.
 */
export function MoneyCell({ path, label, value, problems, messages, onChange, hint: hintText, offer, hintWhenMatching, className = 'cell' }: Props) {
  const matching = offer != null && !differs(value, offer);
  const hint = matching && hintWhenMatching ? hintWhenMatching : hintText;
  const hintId = hint ? `hint-${path.replace(/\//g, '-')}` : null;
  return (
    <div class={className}>
      <label class="cell-label" for={fieldId(path)}>
        {label}
      </label>
      <TextField path={path} value={value} inputMode="decimal" className="num" problems={problems} messages={messages} hint={hintId} onChange={onChange} />
      {hint && (
        <span class="cell-hint" id={hintId!}>
          {hint}
          {offer != null && !matching && (
            <button type="button" class="link-button" onClick={() => onChange(offer)}>
              填入 {offer}
            </button>
          )}
        </span>
      )}
      <FieldMessages path={path} messages={messages} />
    </div>
  );
}
