import { fieldId } from '../../forms/draft.ts';
import { describedBy, FieldMessages } from './FieldMessage.tsx';
import type { ProblemMap } from './problems.ts';
import type { FieldMessage } from './scored.ts';

interface Props {
  /** The field's path in the form file (`funds/balance`); gives the element id that checks link to. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  /** The accessible name, in Chinese, naming row and column (used when there is no visible label). */
  ariaLabel?: string;
  /** The worst check or issue on each field (its own, by `path`, for styling and `aria-invalid`). */
  problems: ProblemMap;
  /** The messages on each field: the field is described by its own (by `path`) when it has any. */
  messages?: ReadonlyMap<string, FieldMessage[]>;
  /** `decimal` for amounts, weights and scores: a numeric keyboard on phones. */
  inputMode?: 'decimal' | 'numeric' | 'text';
  placeholder?: string;
  className?: string;
  /** Id of another element that describes the field (a hint beside it), after its messages. */
  hint?: string | null;
  /** A longer text (偏差原因, 年度总体目标): a text area that grows with its content. */
  multiline?: boolean;
  /** Suggestions offered while typing (the id of a <datalist>). */
  list?: string | undefined;
  /**
   * A one-line value that may be long (三级指标, 年度指标值 such as `2024年12月31日前`): a one-row text
   * area (class `field-wrap`) whose text wraps and whose height follows it (CSS `field-sizing`),
   * so a narrow table column shows the whole value instead of clipping it. Enter moves to the next
   * row (Calculator's onKeyDown), as in an input; it never adds a line break.
   */
  wrap?: boolean;
}

/**
 * One editable cell of the form. Keeps exactly what is typed; validation is the engine's job.
 * `data-path` carries the field's form-file path (paste reads it to know where a block lands).
 */
export function TextField({ path, value, onChange, ariaLabel, problems, messages, inputMode = 'text', placeholder, className, hint, multiline, list, wrap }: Props) {
  const problem = problems.get(path);
  const classes = ['field', wrap && !multiline ? 'field-wrap' : '', problem ? `has-${problem}` : '', className ?? ''].filter(Boolean).join(' ');
  const common = {
    id: fieldId(path),
    class: classes,
    value,
    placeholder,
    'data-path': path,
    'aria-label': ariaLabel,
    'aria-invalid': problem === 'error' || problem === 'warning' ? ('true' as const) : undefined,
    'aria-describedby': describedBy(path, messages, hint),
    autoComplete: 'off',
    spellcheck: false,
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => onChange(e.currentTarget.value),
  };
  if (multiline) return <textarea {...common} rows={2} />;
  if (wrap) return <textarea {...common} rows={1} inputMode={inputMode} />;
  return <input {...common} type="text" inputMode={inputMode} list={list} />;
}

/** A cell with its check and validation messages shown right after it (FieldMessages), as most blocks show them. */
export function Field(props: Props & { messages: ReadonlyMap<string, FieldMessage[]> }) {
  return (
    <>
      <TextField {...props} />
      <FieldMessages path={props.path} messages={props.messages} />
    </>
  );
}
