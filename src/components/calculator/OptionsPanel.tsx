import type { RuleSet } from '../../engine/rule-sets/rule-set.ts';
import type { ScoringOptions } from '../../engine/types.ts';

interface Props {
  ruleSet: RuleSet;
  options: Partial<ScoringOptions>;
  onChange: (key: keyof ScoringOptions, value: string) => void;
}

/**
 * 本站解读: the readings where the 填表说明 is silent (R8, R10, R12, R13; C2, C5, C8). The defaults are the
 * rule set's; a changed option travels with the form. Each option links to its reading on the rule
 * set's own readings page (`readingsPage`: /readings/ or /central/readings/).
 */
export function OptionsPanel({ ruleSet, options, onChange }: Props) {
  const changed = ruleSet.options.filter((o) => options[o.key] !== undefined && options[o.key] !== ruleSet.defaultOptions[o.key]).length;
  return (
    <details class="form-block options-panel">
      <summary>
        <h2>本站解读选项</h2>
        <span class="muted">{changed > 0 ? `已改动 ${changed} 项` : '均为默认'}</span>
      </summary>
      <p class="block-note">
        填表说明没有写清楚的地方，本站默认采用下列理解；如果您所在部门的口径不同，可以在这里切换，得分立即重算，所选读法也会随分享链接和导出文件一起保存。
        每项的理由见<a href={ruleSet.readingsPage}>本站解读</a>。
      </p>
      <div class="field-grid options-grid">
        {ruleSet.options.map((o) => (
          <div class="cell" key={o.key}>
            <span class="cell-label">
              <label for={`f-options-${o.key}`}>{o.label}</label>{' '}
              <a href={`${ruleSet.readingsPage}#${o.rule.toLowerCase()}`} class="option-link" data-option={o.key}>
                为什么有这个选项（{o.rule}）
              </a>
            </span>
            <select
              id={`f-options-${o.key}`}
              value={String(options[o.key] ?? ruleSet.defaultOptions[o.key])}
              onChange={(e) => onChange(o.key, e.currentTarget.value)}
            >
              {o.values.map((v) => (
                <option key={String(v.value)} value={String(v.value)}>
                  {v.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </details>
  );
}
