import type { RuleSetChoice } from '../../engine/rule-sets/index.ts';

interface Props {
  /** The forms the site scores (one per rule set), installed or not: RULE_SET_CHOICES. */
  choices: readonly RuleSetChoice[];
  /** The rule set of the form on screen. */
  current: string;
  /** Starts a blank form of another rule set. */
  onChoose: (id: string) => void;
}

/**
 * Which form is being filled (苏州市级 80 分 / 中央部门 100 分): one toggle button per rule set, the
 * current one pressed. Pressing another starts a blank form of that kind (the calculator asks first
 * when there is work to lose). Buttons rather than radios, so arrow keys never replace the form.
 */
export function FormChoice({ choices, current, onChoose }: Props) {
  return (
    <div class="form-choice" role="group" aria-labelledby="form-choice-label" data-testid="form-choice">
      <span id="form-choice-label" class="form-choice-label">
        自评表类型
      </span>
      {choices.map((r) => (
        <button key={r.id} type="button" class="choice" aria-pressed={r.id === current} data-rule-set={r.id} onClick={() => onChoose(r.id)}>
          {r.shortLabel}
        </button>
      ))}
    </div>
  );
}
