import type { ComponentChildren } from 'preact';
import type { IndicatorResult } from '../../engine/result.ts';
import type { Check, ScoringOptions } from '../../engine/types.ts';
import { fieldId, type DraftIndicator, type IndicatorTextKey } from './draft.ts';
import { curveFor } from './engine-client.ts';
import { Explanation } from './Explanation.tsx';
import { messageId } from './FieldMessage.tsx';
import { rowHasMessages } from './IndicatorTable.tsx';
import { SEVERITY_LABEL, type ProblemMap } from './problems.ts';
import type { FieldMessage } from './scored.ts';
import { TextField } from './TextField.tsx';

interface Props {
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
  options: Partial<ScoringOptions>;
  expanded: boolean;
  onToggle: () => void;
  onChange: (key: IndicatorTextKey, value: string) => void;
  onRemove: () => void;
  onMove: (dir: -1 | 1) => void;
}

const COLUMNS: { key: 'target' | 'weight' | 'actual' | 'selfScore'; label: string; numeric: boolean }[] = [
  { key: 'target', label: '目标值', numeric: false },
  { key: 'weight', label: '权重', numeric: true },
  { key: 'actual', label: '实际完成值', numeric: false },
  { key: 'selfScore', label: '自评分', numeric: true },
];

/**
 * One indicator row: every cell editable, the score with its explanation behind a toggle, the
 * self-score gap when the unit's 自评分 differs from the rule score (R17), and the row's check
 * messages in a row of their own right under it (each field is described by its own message).
 */
export function IndicatorRow(props: Props) {
  const { row, index, number, categoryLabel, categoryCell, result, checks, problems, messages, expanded, onToggle, onChange } = props;
  const rowName = `${categoryLabel}第 ${number} 项${row.name.trim() ? `“${row.name.trim()}”` : ''}`;
  const explanationId = `explain-${row.key}`;
  const rowPath = `indicators/${index}`;
  const rowProblem = problems.get(rowPath);
  const gap = result?.selfScoreGap ?? null;
  const rowMessages = rowHasMessages(messages, index)
    ? [...messages.entries()].filter(([p]) => p === rowPath || p.startsWith(`${rowPath}/`))
    : [];
  const describe = (path: string) => {
    const ids = [messages.has(path) && messageId(path), path.endsWith('/selfScore') && gap && `gap-${row.key}`].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : undefined;
  };
  return (
    <>
      <tr id={fieldId(rowPath)} class={rowProblem ? `indicator-row has-${rowProblem}` : 'indicator-row'}>
        {categoryCell}
        <td data-label="指标名称" class="name-cell">
          <TextField
            path={`${rowPath}/name`}
            value={row.name}
            ariaLabel={`${categoryLabel}第 ${number} 项 指标名称`}
            problem={problems.get(`${rowPath}/name`)}
            describedBy={describe(`${rowPath}/name`)}
            onChange={(v) => onChange('name', v)}
          />
        </td>
        {COLUMNS.map((col) => (
          <td data-label={col.label} key={col.key} class={col.key === 'selfScore' && gap ? 'self-cell has-gap' : undefined}>
            <TextField
              path={`${rowPath}/${col.key}`}
              value={row[col.key]}
              inputMode={col.numeric ? 'decimal' : 'text'}
              className={col.numeric ? 'num' : undefined}
              ariaLabel={`${rowName} ${col.label}`}
              problem={problems.get(`${rowPath}/${col.key}`)}
              describedBy={describe(`${rowPath}/${col.key}`)}
              placeholder={col.key === 'weight' && result ? result.weight : undefined}
              onChange={(v) => onChange(col.key, v)}
            />
            {col.key === 'selfScore' && gap && (
              <span class="gap" id={`gap-${row.key}`} data-testid="self-score-gap">
                {gap.startsWith('-') ? `少 ${gap.slice(1)}` : `多 ${gap}`}
                <span class="visually-hidden">分（与按规则计算的得分相比）</span>
              </span>
            )}
          </td>
        ))}
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
          <td colSpan={7}>
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
          <td colSpan={7}>
            <Explanation
              id={explanationId}
              index={index}
              result={result}
              checks={checks}
              note={row.note}
              problems={problems}
              curve={
                result?.kind === 'quantitative' ? curveFor(props.ruleSetId, row.category, props.options) : null
              }
              onNoteChange={(v) => onChange('note', v)}
            />
          </td>
        </tr>
      )}
    </>
  );
}
