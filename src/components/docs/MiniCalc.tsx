import { useMemo, useState } from 'preact/hooks';
import { suzhou2017 } from '../../engine/rule-sets/suzhou-2017.ts';
import type { CurveMarks, CurvePoint } from '../../engine/curves.ts';
import type { RatioRule } from '../../engine/rule-sets/rule-set.ts';
import type { CategoryId, ScoringOptions } from '../../engine/types.ts';
import { CurveSvg } from './CurveSvg.tsx';
import { useEngine } from './engine-lazy.ts';
import { CategorySelect, MiniCalcFrame } from './MiniCalcParts.tsx';
import { ReadingSteps } from '../ReadingText.tsx';

/** The curve an island draws, sampled at build time by the engine (scoringCurve, curveMarks). */
export interface CurveData {
  points: CurvePoint[];
  marks: CurveMarks;
  rule: RatioRule;
  maxRatio: number;
  title: string;
}

interface Props {
  /** Unique on the page (ids of fields and of the curve). */
  id: string;
  /** Heading of the box, e.g. “试一试：产出类指标”. */
  heading: string;
  category: CategoryId;
  /** Let the reader switch the category (投入 / 产出 / 结果 / 影响力). */
  chooseCategory?: boolean;
  name?: string;
  target: string;
  actual: string;
  weight: string;
  /** Show the five grades as buttons that fill 实际完成值. */
  grades?: boolean;
  /** Fixed 本站解读 options for every score in the box. */
  options?: Partial<ScoringOptions>;
  /** Let the reader choose this one option's value. */
  chooseOption?: keyof ScoringOptions;
  /** Draw the scoring curve with the reader's point on it. */
  curve?: CurveData;
  /** Curves per category, when the reader may switch the category. */
  curves?: Partial<Record<CategoryId, CurveData>>;
}

type Field = 'target' | 'actual' | 'weight';
const FIELD_LABEL: Record<Field, string> = { target: '目标值', actual: '实际完成值', weight: '权重（分）' };

/**
 * A mini-calculator for one indicator: the same engine as the calculator (scoreForm on a one-row
 * form), so the score, the explanation steps and every message are the engine's own. Bad input
 * gets the engine's Chinese message next to the field.
 */
export default function MiniCalc(props: Props) {
  const [category, setCategory] = useState<CategoryId>(props.category);
  const [values, setValues] = useState<Record<Field, string>>({ target: props.target, actual: props.actual, weight: props.weight });
  const [optionValue, setOptionValue] = useState<string | undefined>(props.chooseOption ? suzhou2017.defaultOptions[props.chooseOption] : undefined);
  const options = useMemo(
    () => ({ ...(props.options ?? {}), ...(props.chooseOption && optionValue ? { [props.chooseOption]: optionValue } : {}) }) as Partial<ScoringOptions>,
    [props.options, props.chooseOption, optionValue],
  );
  const engine = useEngine();
  const out = useMemo(() => engine?.scoreOne({ category, name: props.name ?? '示例指标', ...values }, options) ?? null, [engine, category, values, options, props.name]);

  const messages: Record<Field, string[]> = { target: [], actual: [], weight: [] };
  const other: string[] = [];
  const place = (path: string, message: string) => {
    const field = path.split('/')[2] as Field | undefined;
    if (field && field in messages) messages[field].push(message);
    else other.push(message);
  };
  if (out?.ok) out.checks.forEach((c) => place(c.path, c.message));
  else if (out) out.issues.forEach((i) => place(i.path, i.message));

  const curve = props.curves?.[category] ?? props.curve;
  const result = out?.ok ? out.result : null;
  const dot =
    result && result.kind === 'quantitative' && result.ratio !== null
      ? [{ ratio: Number(result.ratio), share: Number(result.share), label: `您的数据：完成率 ${result.ratio}%，得权重的 ${engine!.pct2(result.share)}%` }]
      : [];
  const set = (f: Field, v: string) => setValues((old) => ({ ...old, [f]: v }));
  const opt = props.chooseOption ? suzhou2017.options.find((o) => o.key === props.chooseOption) : undefined;

  return (
    <MiniCalcFrame id={props.id} heading={props.heading}>
      <div class="mini-calc-fields">
        {props.chooseCategory && (
          <CategorySelect value={category} onChange={setCategory} />
        )}
        {(['target', 'actual', 'weight'] as Field[]).map((f) => {
          const fid = `${props.id}-${f}`;
          const bad = messages[f].length > 0;
          return (
            <div class="mc-field" key={f}>
              <label class="mc-label" for={fid}>
                {FIELD_LABEL[f]}
              </label>
              <input
                id={fid}
                type="text"
                inputMode={f === 'weight' ? 'decimal' : undefined}
                value={values[f]}
                aria-invalid={bad ? 'true' : undefined}
                aria-describedby={bad ? `${fid}-msg` : undefined}
                data-field={f}
                onInput={(e) => set(f, (e.currentTarget as HTMLInputElement).value)}
              />
              {f === 'actual' && props.grades && (
                <div class="mc-grades" role="group" aria-label="选择评价等级">
                  {suzhou2017.grades.map((g) => (
                    <button type="button" key={g.grade} aria-pressed={values.actual === g.grade ? 'true' : 'false'} onClick={() => set('actual', g.grade)}>
                      {g.grade}
                    </button>
                  ))}
                </div>
              )}
              {bad && (
                <p class="mc-msg" id={`${fid}-msg`} role="alert">
                  {messages[f].join(' ')}
                </p>
              )}
            </div>
          );
        })}
        {opt && (
          <label class="mc-field">
            <span class="mc-label">本站解读：{opt.label}</span>
            <select value={optionValue} onChange={(e) => setOptionValue((e.currentTarget as HTMLSelectElement).value)}>
              {opt.values.map((v) => (
                <option key={String(v.value)} value={String(v.value)}>
                  {v.label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div class="mc-result" aria-live="polite">
        {result ? (
          <>
            <p class="mc-score">
              得分 <strong data-testid="mini-score">{result.score}</strong> / {result.weight} 分
              {result.ratio !== null && <span class="mc-ratio">　完成率 {result.ratio}%</span>}
            </p>
            <p class="mc-summary">{result.summary}</p>
            <ReadingSteps sentences={result.explanation} class="mc-steps" />
          </>
        ) : (
          <p class="mc-summary">{engine ? '这一行还不能计分：请按上面的提示修改。' : '正在载入计算……（需要启用 JavaScript；本页上方的例子不需要。）'}</p>
        )}
        {other.length > 0 && (
          <ul class="mc-other">
            {other.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        )}
      </div>
      {curve && <CurveSvg id={`${props.id}-curve`} {...curve} dots={dot} />}
    </MiniCalcFrame>
  );
}
