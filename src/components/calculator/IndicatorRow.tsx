import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { IndicatorResult } from '../../engine/result.ts';
import type { Check, ScoringOptions } from '../../engine/types.ts';
import { fieldId, type DraftIndicator, type IndicatorTextKey } from '../../forms/draft.ts';
import type { IndicatorsBlock } from '../../forms/layout.ts';
import type { TierView } from '../../forms/view.ts';
import { Explanation } from './Explanation.tsx';
import { blockViews } from './forms/registry.ts';
import { messageId } from './FieldMessage.tsx';
import { rowHasMessages } from './IndicatorTable.tsx';
import { SEVERITY_LABEL, type ProblemMap } from './problems.ts';
import type { FieldMessage } from './scored.ts';
import { TextField } from './TextField.tsx';

interface Props {
  block: IndicatorsBlock;
  /** Qualitative tiers to offer (C11), or null. */
  tiers: TierView[] | null;
  /** Columns of the table, for the rows under this one. */
  width: number;
  row: DraftIndicator;
  /** Position in the draft's `indicators`. */
  index: number;
  /** 1-based position inside its category. */
  number: number;
  categoryLabel: string;
  /** The rowspan cell naming the category, on the category's first row only. */
  categoryCell: ComponentChildren;
  result: IndicatorResult | null;
  checks: Check[];
  problems: ProblemMap;
  messages: ReadonlyMap<string, FieldMessage[]>;
  /** First / last row of its category (no moving up / down). */
  first: boolean;
  last: boolean;
  ruleSetId: string;
  options: Partial<ScoringOptions> | Record<string, string>;
  expanded: boolean;
  onToggle: () => void;
  onChange: (key: IndicatorTextKey, value: string) => void;
  onRemove: () => void;
  onMove: (dir: -1 | 1) => void;
}

/**
 * One indicator row: every cell editable, the score with its explanation behind a toggle, the
 * self-score gap when the unit's 自评分 differs from the rule score (R17), and the row's check
 * messages in a row of their own right under it (each field is described by its own message).
 */
export function IndicatorRow(props: Props) {
  const { block, tiers, row, index, number, categoryLabel, categoryCell, result, checks, problems, messages, expanded, onToggle, onChange } = props;
  // What the 完成等级 picker replaced (TierPick.tsx, on forms with tiers): typing in 实际完成值 forgets it.
  const [replaced, setReplaced] = useState<string | null>(null);
  const TierPick = blockViews().tierPick;
  const rowName = `${categoryLabel}第 ${number} 项${row.name.trim() ? `“${row.name.trim()}”` : ''}`;
  const explanationId = `explain-${row.key}`;
  const rowPath = `indicators/${index}`;
  const rowProblem = problems.get(rowPath);
  const gap = result?.selfScoreGap ?? null;
  const rowMessages = rowHasMessages(messages, index)
    ? [...messages.entries()].filter(([p]) => p === rowPath || p.startsWith(`${rowPath}/`))
    : [];
  return (
    <>
      <tr id={fieldId(rowPath)} class={rowProblem ? `indicator-row has-${rowProblem}` : 'indicator-row'}>
        {categoryCell}
        {block.screen.map((key) => {
          const col = block.fields.find((f) => f.key === key)!;
          const path = `${rowPath}/${key}`;
          const numeric = col.kind === 'weight' || col.kind === 'selfScore';
          const classes = [key === 'name' ? 'name-cell' : '', key === 'selfScore' && gap ? 'self-cell has-gap' : '', `cell-${key}`].filter(Boolean).join(' ');
          return (
            <td data-label={col.label} key={key} class={classes}>
              <TextField
                path={path}
                value={row[key]}
                inputMode={numeric ? 'decimal' : 'text'}
                className={numeric ? 'num' : undefined}
                multiline={col.kind === 'note'}
                list={key === 'level2' && block.level2Options ? 'level2-options' : undefined}
                wrap={!numeric && !(key === 'level2' && block.level2Options)}
                ariaLabel={key === 'name' ? `${categoryLabel}第 ${number} 项 ${col.label}` : `${rowName} ${col.label}`}
                problems={problems}
                messages={messages}
                hint={key === 'selfScore' && gap ? `gap-${row.key}` : null}
                placeholder={key === 'weight' && result ? result.weight : undefined}
                onChange={(v) => {
                  if (key === 'actual') setReplaced(null);
                  onChange(key, v);
                }}
              />
              {key === 'actual' && tiers && TierPick && (
                <TierPick tiers={tiers} actual={row.actual} target={row.target} result={result} rowName={rowName} replaced={replaced} setReplaced={setReplaced} onActual={(v) => onChange('actual', v)} />
              )}
              {key === 'selfScore' && gap && (
                <span class="gap" id={`gap-${row.key}`} data-testid="self-score-gap">
                  {gap.startsWith('-') ? `少 ${gap.slice(1)}` : `多 ${gap}`}
                  <span class="visually-hidden">分（与按规则计算的得分相比）</span>
                </span>
              )}
            </td>
          );
        })}
        <td data-label="得分" class="score-cell">
          <button
            type="button"
            class="score-button"
            aria-expanded={expanded}
            aria-controls={explanationId}
            title="查看计算过程"
            onClick={onToggle}
          >
            <span class={result ? 'score' : 'score muted'} data-testid="indicator-score">
              {result ? result.score : '—'}
            </span>
            <span class="visually-hidden">
              {result ? '分，' : '，'}
              {expanded ? '收起' : '展开'}
              {rowName}的计算过程
            </span>
            <span class="chevron" aria-hidden="true">
              {expanded ? '▾' : '▸'}
            </span>
          </button>
        </td>
        <td class="action-cell">
          <span class="row-actions">
            <button type="button" class="icon-button" aria-label={`上移${rowName}`} disabled={props.first} onClick={() => props.onMove(-1)}>
              ↑
            </button>
            <button type="button" class="icon-button" aria-label={`下移${rowName}`} disabled={props.last} onClick={() => props.onMove(1)}>
              ↓
            </button>
            <button type="button" class="icon-button" aria-label={`删除${rowName}`} onClick={props.onRemove}>
              ×
            </button>
          </span>
        </td>
      </tr>
      {rowMessages.length > 0 && (
        <tr class="message-row">
          <td colSpan={props.width - 1}>
            {rowMessages.map(([path, list]) => (
              <span class="field-msgs" id={messageId(path)} key={path}>
                {list.map((m, i) => (
                  <span key={i} class={`field-msg msg-${m.severity}`}>
                    <span class="badge">{SEVERITY_LABEL[m.severity]}</span> {m.text}
                  </span>
                ))}
              </span>
            ))}
          </td>
        </tr>
      )}
      {expanded && (
        <tr class="explain-row">
          <td colSpan={props.width - 1}>
            <Explanation
              id={explanationId}
              index={index}
              result={result}
              checks={checks}
              note={row.note}
              problems={problems}
              ruleSetId={props.ruleSetId}
              options={props.options}
              onNoteChange={block.screen.includes('note') ? null : (v) => onChange('note', v)}
            />
          </td>
        </tr>
      )}
    </>
  );
}
