import type { ComponentChildren } from 'preact';
import type { IndicatorResult } from '../../engine/result.ts';
import type { Check } from '../../engine/types.ts';
import { fieldId, type DraftIndicator, type IndicatorTextKey } from './draft.ts';
import { Explanation } from './Explanation.tsx';
import type { ProblemMap } from './problems.ts';
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
  expanded: boolean;
  onToggle: () => void;
  onChange: (key: IndicatorTextKey, value: string) => void;
  onRemove: () => void;
}

const COLUMNS: { key: 'target' | 'weight' | 'actual' | 'selfScore'; label: string; numeric: boolean }[] = [
  { key: 'target', label: '目标值', numeric: false },
  { key: 'weight', label: '权重', numeric: true },
  { key: 'actual', label: '实际完成值', numeric: false },
  { key: 'selfScore', label: '自评分', numeric: true },
];

/** One indicator row: every cell editable, the score with its explanation behind a toggle. */
export function IndicatorRow(props: Props) {
  const { row, index, number, categoryLabel, categoryCell, result, checks, problems, expanded, onToggle, onChange, onRemove } = props;
  const rowName = `${categoryLabel}第 ${number} 项${row.name.trim() ? `“${row.name.trim()}”` : ''}`;
  const explanationId = `explain-${row.key}`;
  const rowProblem = problems.get(`indicators/${index}`);
  return (
    <>
      <tr id={fieldId(`indicators/${index}`)} class={rowProblem ? `indicator-row has-${rowProblem}` : 'indicator-row'}>
        {categoryCell}
        <td data-label="指标名称" class="name-cell">
          <TextField
            path={`indicators/${index}/name`}
            value={row.name}
            ariaLabel={`${categoryLabel}第 ${number} 项 指标名称`}
            problem={problems.get(`indicators/${index}/name`)}
            onChange={(v) => onChange('name', v)}
          />
        </td>
        {COLUMNS.map((col) => (
          <td data-label={col.label} key={col.key}>
            <TextField
              path={`indicators/${index}/${col.key}`}
              value={row[col.key]}
              inputMode={col.numeric ? 'decimal' : 'text'}
              className={col.numeric ? 'num' : undefined}
              ariaLabel={`${rowName} ${col.label}`}
              problem={problems.get(`indicators/${index}/${col.key}`)}
              placeholder={col.key === 'weight' && result ? result.weight : undefined}
              onChange={(v) => onChange(col.key, v)}
            />
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
          <button type="button" class="icon-button" aria-label={`删除${rowName}`} onClick={onRemove}>
            ×
          </button>
        </td>
      </tr>
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
              onNoteChange={(v) => onChange('note', v)}
            />
          </td>
        </tr>
      )}
    </>
  );
}
