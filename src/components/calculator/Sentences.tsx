/**
 * The explanation of a score in words and in a picture: the engine's Chinese sentences (explain.ts)
 * with every 本站解读 linked, and the rule's curve with the row's point. Loaded when a visitor first
 * opens an explanation (sentences-loader.ts), not with the calculator: the sentences are the largest
 * part of the engine and scoring does not need them (issue 13). Loading this module installs them,
 * so every result's `explanation` and `summary` can be read from then on.
 */
import { curveMarks, scoringCurve, type CurveMarks, type CurvePoint } from '../../engine/curves.ts';
import { explainSteps, summarize, summarizeExecution } from '../../engine/explain.ts';
import type { ExecutionResult, IndicatorResult } from '../../engine/result.ts';
import { getRuleSet } from '../../engine/rule-sets/index.ts';
import { resolveOptions } from '../../engine/score-form.ts';
import { installExplainer } from '../../engine/sentences.ts';
import type { CategoryId, ScoringOptions } from '../../engine/types.ts';
import { ReadingSteps } from '../ReadingText.tsx';

installExplainer({ explainSteps, summarize, summarizeExecution });

/** A rule's curve as the engine samples it: share of the weight (%) against completion ratio (%), up to `maxRatio`. */
export interface Curve {
  points: CurvePoint[];
  marks: CurveMarks;
  maxRatio: number;
}

const curveCache = new Map<string, Curve>();

/**
 * The scoring curve (share of the weight against completion ratio) for an indicator of a category
 * under the given options, sampled by the engine's own mechanisms (scoringCurve), cached; null when
 * the category has no ratio rule.
 */
export function curveFor(ruleSetId: string, category: CategoryId, options: Partial<ScoringOptions>): Curve | null {
  const ruleSet = getRuleSet(ruleSetId);
  const cat = ruleSet?.categories.find((c) => c.id === category);
  const rule = cat ? ruleSet!.ratioRules[cat.ratioRule] : undefined;
  if (!ruleSet || !rule) return null;
  const resolved = resolveOptions(ruleSet, options);
  const key = `${ruleSet.id}|${cat!.ratioRule}|${JSON.stringify(resolved)}`;
  let curve = curveCache.get(key);
  if (!curve) {
    const maxRatio = 250;
    curve = { points: scoringCurve(rule, resolved, maxRatio, 0.5), marks: curveMarks(rule), maxRatio };
    curveCache.set(key, curve);
  }
  return curve;
}

const W = 260;
const H = 96;
const PAD_L = 28;
const PAD_B = 18;

/**
 * A small picture of the rule's curve (share of the weight against completion ratio), sampled by
 * the engine, with this indicator's point on it. Light: one polyline, a few ticks, one dot. `term` is
 * the form's word for the weight (the rule set's `weightTerm`: 权重 or 分值), as the caption names it.
 */
export function MiniCurve({ curve, ratio, share, label, term }: { curve: Curve; ratio: number; share: number; label: string; term: string }) {
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
        横轴：完成率（%），纵轴：得到{term}的百分比。圆点是本项：完成率 {ratio.toFixed(2)}%，得 {share.toFixed(2)}%
        {beyond ? `（超出图的右端 ${curve.maxRatio}%）` : ''}。
      </figcaption>
    </figure>
  );
}

/**
 * How one indicator got its score: the summary, the steps (本站解读 linked) and, for a quantitative
 * row, its rule's curve with the row's point (the curve of `ruleSetId`'s category under `options`).
 */
export function RowSentences({ result, ruleSetId, options }: { result: IndicatorResult; ruleSetId: string; options: Partial<ScoringOptions> }) {
  const ratio = result.ratio != null ? Number(result.ratio) : null;
  const curve = result.kind === 'quantitative' && ratio !== null ? curveFor(ruleSetId, result.category, options) : null;
  const term = getRuleSet(ruleSetId)?.weightTerm ?? '权重';
  return (
    <>
      <p class="explanation-summary">{result.summary}</p>
      <div class="explanation-body">
        <ReadingSteps sentences={result.explanation} class="explanation-steps" />
        {curve && ratio !== null && (
          <MiniCurve
            curve={curve}
            ratio={ratio}
            share={Number(result.share)}
            term={term}
            label={`评分曲线：完成率 ${result.ratio}% 得到${term}的 ${Number(result.share).toFixed(2)}%`}
          />
        )}
      </div>
    </>
  );
}

/** How the 预算执行率 row got its score (C5, C6): the summary and the steps, 本站解读 linked. */
export function ExecutionSentences({ execution }: { execution: ExecutionResult }) {
  return (
    <>
      <p class="explanation-summary">{execution.summary}</p>
      <ReadingSteps sentences={execution.explanation} />
    </>
  );
}
