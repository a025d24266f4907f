import type { DerivedFigures } from '../../engine/result.ts';
import { getPath, type LayoutHint, type MoneyBlock as Block } from '../../forms/layout.ts';
import { AmountSection } from './AmountSection.tsx';
import { MoneyCell } from './MoneyCell.tsx';
import type { ProblemMap } from './problems.ts';
import type { FieldMessage } from './scored.ts';

interface Props {
  block: Block;
  /** The draft's single cells by form-file path. */
  fields: Record<string, string>;
  /** The figures the form implies (R18, R19, R21), once scored. */
  derived: DerivedFigures | null;
  /** The form file as scored (its amounts as plain decimals), for hints that name another field. */
  input: object;
  problems: ProblemMap;
  messages: ReadonlyMap<string, FieldMessage[]>;
  onChange: (path: string, value: string) => void;
  /** The 投入 row that receives the derived rate (R21), and how to fill it, when there is one. */
  rateRow: { name: string } | null;
  onUseRate: (() => void) | null;
}

/** A figure a hint names: a derived figure of the engine, or another field of the form as scored. */
function figure(source: { derived?: string; field?: string } | undefined, derived: DerivedFigures | null, input: object): string | null {
  if (!source) return null;
  if (source.derived) return ((derived as unknown as Record<string, string | null> | null)?.[source.derived] ?? null) || null;
  const v = source.field ? getPath(input, source.field) : undefined;
  return v === undefined || v === null ? null : String(v);
}

function hintFor(hint: LayoutHint | undefined, derived: DerivedFigures | null, input: object) {
  if (!hint) return { text: null, offer: null, matching: null };
  const lines = hint.lines.flatMap((l) => {
    const v = figure(l, derived, input);
    return v === null ? [] : [l.text.replace('{v}', v)];
  });
  const offer = figure(hint.offer, derived, input);
  return {
    text: lines.length > 0 ? lines.join('；') : null,
    offer,
    matching: hint.matching && offer !== null ? hint.matching.replace('{v}', offer) : null,
  };
}

/**
 * A block of amounts in one row, of any layout (市级预算执行情况, 市级财政资金使用情况): each amount with
 * the figure the form's identities imply, offered with one click (R18, R19), and the rate the block
 * implies (R21), offered as the actual of the row that receives it. A row of numbers copied from
 * Excel/WPS can be pasted into any field.
 */
export function MoneyBlock({ block, fields, derived, input, problems, messages, onChange, rateRow, onUseRate }: Props) {
  const rate = block.rate ? figure({ derived: block.rate.derived }, derived, input) : null;
  return (
    <AmountSection id={block.id} title={block.title} unit={block.unit}>
      <div class={`field-grid money-grid money-${block.id}`}>
        {block.fields.map((f) => {
          const hint = hintFor(
            block.hints?.find((x) => x.path === f.path),
            derived,
            input,
          );
          return (
            <MoneyCell
              key={f.path}
              path={f.path}
              label={f.label}
              value={fields[f.path] ?? ''}
              problems={problems}
              messages={messages}
              onChange={(v) => onChange(f.path, v)}
              hint={hint.text}
              hintWhenMatching={hint.matching}
              offer={hint.offer}
              className={f.sub ? 'cell sub' : 'cell'}
            />
          );
        })}
      </div>
      {block.note && <p class="block-note">{block.note}</p>}
      {block.rate && rate != null && (
        <p class="derived-rate">
          <span>
            {block.rate.text}
            <strong class="num">{rate}%</strong>
          </span>
          {rateRow && onUseRate && (
            <button type="button" class="small-button" onClick={onUseRate}>
              填入“{rateRow.name}”的实际完成值
            </button>
          )}
        </p>
      )}
    </AmountSection>
  );
}
