import type { Dec } from '../decimal.ts';
import { sameUnit, type Magnitude, type ParsedValue } from '../parse/value.ts';
import type { Step } from '../steps.ts';

type Quantity = Extract<ParsedValue, { kind: 'number' | 'range' }>;
type NumberValue = Extract<ParsedValue, { kind: 'number' }>;

/** A target and an actual on one footing: values in the same magnitude and unit where the form implies it. */
export interface Reconciled {
  /** The target's value (a number) or bounds (a range), after R24/R25. */
  target: { value: Dec; low: Dec; high: Dec; unit: string };
  actual: { value: Dec; unit: string };
  steps: Step[];
  /** R25 applied (`PERCENT_ASSUMED`). */
  percentAssumed: boolean;
  /** R7: both sides have units and they still differ (`UNIT_MISMATCH`). */
  unitMismatch: boolean;
}

function scaleStep(side: 'target' | 'actual', written: string, magnitude: Magnitude, to: Dec, unit: string): Step {
  return { kind: 'scale', side, written, word: magnitude.word, value: to.toFixed(), unit };
}

/**
 * Puts a target (number or range) and a numeric actual on one footing (R24, R25, R7).
 *
 * - R24: a bare number with no unit at all takes the other side's magnitude word (`≤90万元` with
 *   `95` → 950000).
 * - R25 (not for ranges): one side in %, the other unitless, the unitless number above 0 and at most
 *   1 while the % number is above 1 → the unitless one is a fraction, ×100.
 * - R7: units that still differ give `unitMismatch`; a unit on one side only is fine.
 * @example reconcile(parseTarget('≥95%'), parseActual('0.98'), ['%']).actual.value.toString() // '98'
 */
export function reconcile(target: Quantity, actual: NumberValue, percentUnits: readonly string[]): Reconciled {
  const steps: Step[] = [];
  let tValue = target.kind === 'number' ? target.value : target.low;
  let tLow = target.kind === 'number' ? target.value : target.low;
  let tHigh = target.kind === 'number' ? target.value : target.high;
  let tUnit = target.unit;
  let aValue = actual.value;
  let aUnit = actual.unit;
  let percentAssumed = false;

  if (target.magnitude && !actual.magnitude && aUnit === '') {
    aValue = aValue.times(target.magnitude.factor);
    aUnit = tUnit;
    steps.push(scaleStep('actual', actual.written, target.magnitude, aValue, aUnit));
  } else if (actual.magnitude && !target.magnitude && tUnit === '') {
    const f = actual.magnitude.factor;
    tValue = tValue.times(f);
    tLow = tLow.times(f);
    tHigh = tHigh.times(f);
    tUnit = aUnit;
    const written = target.kind === 'number' ? target.written : `${target.lowWritten}～${target.highWritten}`;
    steps.push(scaleStep('target', written, actual.magnitude, target.kind === 'number' ? tValue : tHigh, tUnit));
  }

  if (target.kind === 'number') {
    const isPct = (u: string) => percentUnits.includes(u);
    if (isPct(tUnit) && aUnit === '' && aValue.gt(0) && aValue.lte(1) && tValue.gt(1)) {
      const to = aValue.times(100);
      steps.push({ kind: 'percent', side: 'actual', from: aValue.toFixed(), to: to.toFixed() });
      aValue = to;
      aUnit = tUnit;
      percentAssumed = true;
    } else if (isPct(aUnit) && tUnit === '' && tValue.gt(0) && tValue.lte(1) && aValue.gt(1)) {
      const to = tValue.times(100);
      steps.push({ kind: 'percent', side: 'target', from: tValue.toFixed(), to: to.toFixed() });
      tValue = to;
      tLow = to;
      tHigh = to;
      tUnit = aUnit;
      percentAssumed = true;
    }
  }

  return {
    target: { value: tValue, low: tLow, high: tHigh, unit: tUnit },
    actual: { value: aValue, unit: aUnit },
    steps,
    percentAssumed,
    unitMismatch: !sameUnit(tUnit, aUnit),
  };
}
