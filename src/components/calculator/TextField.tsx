import type { Severity } from '../../engine/types.ts';
import { fieldId } from './draft.ts';

interface Props {
  /** The field's path in the form file (`funds/balance`); gives the element id that checks link to. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  /** The accessible name, in Chinese, naming row and column (used when there is no visible label). */
  ariaLabel?: string;
  /** The worst check or issue on this field, for styling and `aria-invalid`. */
  problem?: Severity | undefined;
  /** `decimal` for amounts, weights and scores: a numeric keyboard on phones. */
  inputMode?: 'decimal' | 'numeric' | 'text';
  placeholder?: string;
  className?: string;
  /** Id of the element that describes the field (a hint or a check message). */
  describedBy?: string | undefined;
}

/** One editable cell of the form. Keeps exactly what is typed; validation is the engine's job. */
export function TextField({ path, value, onChange, ariaLabel, problem, inputMode = 'text', placeholder, className, describedBy }: Props) {
  const classes = ['field', problem ? `has-${problem}` : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <input
      id={fieldId(path)}
      class={classes}
      type="text"
      inputMode={inputMode}
      value={value}
      placeholder={placeholder}
      aria-label={ariaLabel}
      aria-invalid={problem === 'error' || problem === 'warning' ? 'true' : undefined}
      aria-describedby={describedBy}
      autoComplete="off"
      spellcheck={false}
      onInput={(e) => onChange(e.currentTarget.value)}
    />
  );
}
