import type { CurveMarks, CurvePoint } from '../../engine/curves.ts';
import type { RatioRule } from '../../engine/rule-sets/rule-set.ts';
import { FONT, FRAME, keepTicks, layoutLabels } from './curve-frame.ts';

/** A point to mark on the curve: a completion ratio and the share of the weight it earns (both %). */
export interface CurveDot {
  ratio: number;
  share: number;
  /** Short Chinese label drawn beside the dot. */
  label: string;
}

interface Props {
  /** Unique on the page: ids of the <title> and <desc>. */
  id: string;
  /** Sampled from the engine (scoringCurve), never drawn by hand. */
  points: CurvePoint[];
  marks: CurveMarks;
  rule: RatioRule;
  maxRatio: number;
  title: string;
  dots?: CurveDot[];
  /** Dashed comparison curve (e.g. the same rule under another 本站解读 option). */
  compare?: { points: CurvePoint[]; label: string };
}

const { W, H, L, R, T, B } = FRAME;

/** Percent as printed on the picture: 100 → “100%”, 97.5 → “97.5%”. */
const pc = (n: number) => `${Number(n.toFixed(2))}%`;
/** A tick label: the number without its unit (97.5 → “97.5”). */
const num = (n: number) => `${Number(n.toFixed(2))}`;

/**
 * The scoring curve of a ratio rule as an accessible SVG (role="img", <title>, <desc>), drawn from
 * points the engine sampled (scoringCurve) and marks it computed (curveMarks). Pure: renders the
 * same on the server (no JS shipped) and inside a mini-calculator island (with the reader's dot).
 */
export function CurveSvg({ id, points, marks, rule, maxRatio, title, dots = [], compare }: Props) {
  const x = (ratio: number) => L + (Math.min(ratio, maxRatio) / maxRatio) * (R - L);
  const y = (share: number) => B - (share / 100) * (B - T);
  const path = (pts: CurvePoint[]) => pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.ratio).toFixed(1)} ${y(p.share).toFixed(1)}`).join(' ');
  const wanted = [0, 50, marks.zeroBelow, marks.fullFrom, ...(marks.fullTo !== null ? [marks.fullTo] : []), 200, ...(marks.zeroAbove !== null ? [marks.zeroAbove] : []), maxRatio].filter((t) => t >= 0 && t <= maxRatio);
  // Tick labels are bare numbers (the axis titles carry the unit, %), as many as fit without touching.
  const xTicks = keepTicks(wanted, x, num, [marks.fullFrom, ...(marks.fullTo !== null ? [marks.fullTo] : [])]);
  const yTicks = [0, 20, 40, 60, 80, 100];
  const descParts = [
    `横轴为完成率（0 到 ${pc(maxRatio)}），纵轴为得分占权重的比例。`,
    `完成率低于 ${pc(marks.zeroBelow)} 时得 0；`,
    `从 ${pc(marks.zeroBelow)} 到 ${pc(marks.fullFrom)}，每差 1 个百分点扣权重的 ${pc(Number(rule.shortfallPerPoint))}；`,
    marks.fullTo === null
      ? `${pc(marks.fullFrom)} 及以上一律得满分。`
      : `${pc(marks.fullFrom)} 到 ${pc(marks.fullTo)} 得满分；` +
        (rule.overPerPoint === null || marks.zeroAbove === null
          ? '超过后不扣分。'
          : `超过 ${pc(marks.fullTo)} 后每超 1 个百分点扣权重的 ${pc(Number(rule.overPerPoint))}，到 ${pc(marks.zeroAbove)} 降为 0。`),
    ...dots.map((d) => `图中标出的点：${d.label}。`),
  ];
  const markAt = [marks.fullFrom, ...(marks.fullTo !== null ? [marks.fullTo] : [])];
  const dotAt = dots.map((d) => ({ cx: x(d.ratio), cy: y(d.share) }));
  const toPts = (pts: CurvePoint[]) => pts.map((p) => ({ x: x(p.ratio), y: y(p.share) }));
  const { numbers, marks: markLabels } = layoutLabels(
    [toPts(points), ...(compare ? [toPts(compare.points)] : [])],
    dotAt.map((d) => ({ x: d.cx, y: d.cy })),
    markAt.map((m) => ({ x: x(m), text: pc(m) })),
  );
  return (
    <figure class="curve">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} class="curve-svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{descParts.join('')}</desc>
        <rect x={L} y={T} width={R - L} height={B - T} class="curve-plot" />
        {yTicks.map((t) => (
          <g key={`y${t}`}>
            <line x1={L} x2={R} y1={y(t)} y2={y(t)} class="curve-grid" />
            <text x={L - 6} y={y(t) + FONT * 0.35} text-anchor="end" class="curve-tick">
              {t}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={`x${t}`} x={x(t)} y={B + FONT + 3} text-anchor="middle" class="curve-tick">
            {num(t)}
          </text>
        ))}
        {marks.fullTo !== null && <rect x={x(marks.fullFrom)} y={T} width={x(marks.fullTo) - x(marks.fullFrom)} height={B - T} class="curve-band" />}
        {markAt.map((m, i) => (
          <g key={`m${m}`}>
            <line x1={x(m)} x2={x(m)} y1={T} y2={B} class="curve-mark" />
            <text x={markLabels[i]!.x} y={markLabels[i]!.y} text-anchor={markLabels[i]!.anchor} class="curve-mark-label">
              {pc(m)}
            </text>
          </g>
        ))}
        {compare && <path d={path(compare.points)} class="curve-compare" />}
        <path d={path(points)} class="curve-line" />
        {dotAt.map(({ cx, cy }, i) => {
          return (
            <g key={`d${i}`} class="curve-dot">
              <circle cx={cx} cy={cy} r="6" />
              {dots.length > 1 && (
                <text x={numbers[i]!.x} y={numbers[i]!.y} text-anchor={numbers[i]!.anchor} class="curve-dot-label">
                  {i + 1}
                </text>
              )}
            </g>
          );
        })}
        <text x={(L + R) / 2} y={H - 6} text-anchor="middle" class="curve-axis">
          完成率（%）
        </text>
        <text x={16} y={(T + B) / 2} text-anchor="middle" transform={`rotate(-90 16 ${(T + B) / 2})`} class="curve-axis">
          得分占权重（%）
        </text>
      </svg>
      {(compare || dots.length > 0) && (
        <figcaption class="curve-legend">
          {dots.length === 1 && <span class="legend-dot">● {dots[0]!.label}</span>}
          {dots.length > 1 && (
            <ol class="legend-dots">
              {dots.map((d, i) => (
                <li key={i}>{d.label}</li>
              ))}
            </ol>
          )}
          {compare && <span class="legend-solid">实线：默认读法</span>}
          {compare && <span class="legend-dashed">虚线：{compare.label}</span>}
        </figcaption>
      )}
    </figure>
  );
}
