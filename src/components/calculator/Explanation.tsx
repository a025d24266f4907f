import type { IndicatorResult } from '../../engine/result.ts';
import type { Check } from '../../engine/types.ts';
import type { Curve } from './engine-client.ts';
import { SEVERITY_LABEL } from './problems.ts';
import { TextField } from './TextField.tsx';
import type { ProblemMap } from './problems.ts';
import { ReadingText } from '../ReadingText.tsx';

interface Props {
  id: string;
  index: number;
  result: IndicatorResult | null;
  checks: Check[];
  note: string;
  problems: ProblemMap;
  /** The rule's curve for this row (quantitative rows, once the engine is loaded). */
  curve: Curve | null;
  onNoteChange: (value: string) => void;
}

const W = 260;
const H = 96;
const PAD_L = 28;
const PAD_B = 18;

/**
 * A small picture of the rule's curve (share of the weight against completion ratio), sampled by
 * the engine, with this indicator's point on it. Light: one polyline, a few ticks, one dot.
 */
export function MiniCurve({ curve, ratio, share, label }: { curve: Curve; ratio: number; share: number; label: string }) {
  const x = (r: number) => PAD_L + (Math.min(r, curve.maxRatio) / curve.maxRatio) * (W - PAD_L - 4);
  const y = (s: number) => 4 + (1 - s / 100) * (H - PAD_B - 4);
  const path = curve.points.map((p) => `${x(p.ratio).toFixed(1)},${y(p.share).toFixed(1)}`).join(' ');
  const ticks = [curve.marks.zeroBelow, curve.marks.fullFrom, curve.marks.fullTo, curve.marks.zeroAbove].filter(
    (t): t is number => t !== null && t <= curve.maxRatio,
  );
  const beyond = ratio > curve.maxRatio;
  return (
    <figure class="mini-curve">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
        <line x1={PAD_L} y1={y(0)} x2={W - 4} y2={y(0)} class="axis" />
        <line x1={PAD_L} y1={y(0)} x2={PAD_L} y2={y(100)} class="axis" />
        <text x={PAD_L - 4} y={y(100) + 4} class="tick" text-anchor="end">
          100%
        </text>
        <text x={PAD_L - 4} y={y(0) + 4} class="tick" text-anchor="end">
          0
        </text>
        {ticks.map((t) => (
          <text key={t} x={x(t)} y={H - 4} class="tick" text-anchor="middle">
            {t}
          </text>
        ))}
        <polyline points={path} class="curve" fill="none" />
        <circle cx={x(ratio)} cy={y(share)} r={4.5} class="dot" />
      </svg>
      <figcaption>
        横轴：完成率（%），纵轴：得到权重的百分比。圆点是本项：完成率 {ratio.toFixed(2)}%，得 {share.toFixed(2)}%
        {beyond ? `（超出图的右端 ${curve.maxRatio}%）` : ''}。
      </figcaption>
    </figure>
  );
}

/** How one indicator got its score: the engine's Chinese sentences, the rule's curve with this row's point, the row's checks, its 说明. */
export function Explanation({ id, index, result, checks, note, problems, curve, onNoteChange }: Props) {
  const ratio = result?.ratio != null ? Number(result.ratio) : null;
  return (
    <div class="explanation" id={id}>
      {result ? (
        <>
          <p class="explanation-summary">{result.summary}</p>
          <div class="explanation-body">
            <ol class="explanation-steps">
              {result.explanation.map((sentence, i) => (
                <li key={i}>
                  <ReadingText text={sentence} />
                </li>
              ))}
            </ol>
            {curve && ratio !== null && (
              <MiniCurve
                curve={curve}
                ratio={ratio}
                share={Number(result.share)}
                label={`评分曲线：完成率 ${result.ratio}% 得到权重的 ${Number(result.share).toFixed(2)}%`}
              />
            )}
          </div>
        </>
      ) : (
        <p class="explanation-summary">这一行还不能计分：请先补全表格中标出的问题。</p>
      )}
      {checks.length > 0 && (
        <ul class="explanation-checks">
          {checks.map((c, i) => (
            <li key={i} class={`sev-${c.severity}`}>
              <span class="badge">{SEVERITY_LABEL[c.severity]}</span> {c.message}
            </li>
          ))}
        </ul>
      )}
      <label class="note-field">
        <span class="cell-label">说明（偏差原因，可选）</span>
        <TextField
          path={`indicators/${index}/note`}
          value={note}
          problem={problems.get(`indicators/${index}/note`)}
          placeholder="实际完成值偏离目标或无法提供时，写明原因"
          onChange={onNoteChange}
        />
      </label>
    </div>
  );
}
