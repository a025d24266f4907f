import { D, fixed2, scoreForm, type ScoringOptions } from '../../../engine/index.ts';
import { CENTRAL, scoreCentralRow } from './central-data.ts';

/** Which curve of the central form: a ≥ row (C7), a ≤ row (C8), or the execution row (C6). */
export type CentralCurveKind = 'higher' | 'lower' | 'execution';

/** A point of a curve: x = B ÷ A × 100 (%), share = the score as a share of the weight (%). */
export interface SharePoint {
  x: number;
  share: number;
}

/**
 * The share of the weight that the engine gives when B ÷ A = x % (A = 100 of the kind's unit): a row
 * `≥100` or `≤100` with actual x, or the execution row with 全年预算数 100 and 全年执行数 x (C6, C7,
 * C8), weight 100 so that the share is read to 0.01 %. Decimal strings, exact as the engine gives them.
 */
export function shareAt(kind: CentralCurveKind, x: string, options?: ScoringOptions): string {
  return shareFor(kind, '100', x, options);
}

/**
 * The share of the weight (%) the engine gives a row with A = `a` and B = `b` (numbers as written):
 * `≥a` / `≤a` against `b`, or the execution row with 全年预算数 a and 全年执行数 b; weight 100.
 */
export function shareFor(kind: CentralCurveKind, a: string, b: string, options?: ScoringOptions): string {
  const x = b;
  if (kind === 'execution') {
    const r = scoreForm({
      version: 1,
      ruleSet: CENTRAL,
      ...(options ? { options } : {}),
      execution: { total: { initialBudget: a, fullYearBudget: a, executed: x }, weight: '100' },
      indicators: [{ category: 'output', name: '示例指标', target: '≥1', actual: '1', weight: '1' }],
    } as Parameters<typeof scoreForm>[0]);
    return new D(r.execution!.score).toString();
  }
  const { result } = scoreCentralRow({ category: 'output', target: `${kind === 'higher' ? '≥' : '≤'}${a}`, actual: x, weight: '100' }, options);
  return new D(result.score).toString();
}

/**
 * The curve sampled by scoring rows with the engine at build time, x from 0 to `maxX` % in steps of
 * `step` (never drawn by hand). For a ≤ row x = 0 is skipped (a zero actual is simply met).
 */
export function sampleCurve(kind: CentralCurveKind, maxX: number, step: number, options?: ScoringOptions): SharePoint[] {
  const pts: SharePoint[] = [];
  for (let i = 0; i * step <= maxX; i++) {
    const x = new D(step).times(i);
    if (kind === 'lower' && x.isZero()) continue;
    pts.push({ x: x.toNumber(), share: Number(shareAt(kind, x.toString(), options)) });
  }
  return pts;
}

/** x = B ÷ A × 100 of a dot, with the engine's decimals; shown to 0.01. */
export function ratioOf(a: string, b: string): { x: number; shown: string } {
  const x = new D(b).div(a).times(100);
  return { x: x.toNumber(), shown: fixed2(x) };
}
