import { describe, expect, it } from 'vitest';
import { curveMarks, scoringCurve, suzhou2017 } from '../../src/engine/index.ts';

const band = suzhou2017.ratioRules.band!;
const threshold = suzhou2017.ratioRules.threshold!;

describe('scoring curves drawn from the rule data', () => {
  it('the band rule: 0 up to 80 %, full from 100 % to 130 %, 0 again at 230 %', () => {
    const pts = scoringCurve(band, suzhou2017.defaultOptions);
    expect(pts).toEqual([
      { ratio: 0, share: 0 },
      { ratio: 80, share: 0 },
      { ratio: 100, share: 100 },
      { ratio: 130, share: 100 },
      { ratio: 230, share: 0 },
      { ratio: 250, share: 0 },
    ]);
    expect(curveMarks(band)).toEqual({ fullFrom: 100, fullTo: 130, zeroBelow: 80, zeroAbove: 230 });
  });
  it('the 结果 rule: full from 100 % on', () => {
    expect(scoringCurve(threshold, suzhou2017.defaultOptions)).toEqual([
      { ratio: 0, share: 0 },
      { ratio: 80, share: 0 },
      { ratio: 100, share: 100 },
      { ratio: 250, share: 100 },
    ]);
    expect(curveMarks(threshold).zeroAbove).toBeNull();
  });
  it('the floor option draws stairs', () => {
    const pts = scoringCurve(band, { ...suzhou2017.defaultOptions, granularity: 'floor' }, 100);
    expect(pts).toContainEqual({ ratio: 90, share: 50 });
    expect(pts).toContainEqual({ ratio: 90.25, share: 55 });
    expect(pts.length).toBeGreaterThan(30);
  });
});
