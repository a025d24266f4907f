/**
 * Fuzzing with fast-check over the parsers people's input reaches: the value parser, the form
 * validator (+ scorer), the share link decoder and the paste parser. No input may throw, hang, or
 * give a score outside [0, weight]. `npm run bench` runs 100,000 of each; the test suite a few thousand.
 */
import fc from 'fast-check';
import { D, parseActual, parseTarget, scoreInput } from '../../src/engine/index.ts';
import { decodeShareCode } from '../../src/share/link-codec.ts';
import { parseGrid } from '../../src/paste/parse.ts';

/** One fuzz target: a name and a property over one generated input. */
export interface FuzzTarget {
  name: string;
  run: (numRuns: number) => void;
}

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

/** The fuzz targets. */
export function fuzzTargets(): FuzzTarget[] {
  const targets: FuzzTarget[] = [
    {
      name: '目标值/实际完成值解析 parseTarget/parseActual',
      run: (numRuns) =>
        fc.assert(
          fc.property(anyText, (s) => {
            parseTarget(s);
            parseActual(s);
          }),
          { numRuns },
        ),
    },
    {
      name: '表单校验与计分 scoreInput',
      run: (numRuns) =>
        fc.assert(
          fc.property(
            fc.oneof(
              fc.jsonValue(),
              fc.record({
                version: fc.constant(1),
                ruleSet: fc.constant('suzhou-2017'),
                indicators: fc.array(
                  fc.record({
                    category: fc.constantFrom('input', 'output', 'outcome', 'impact'),
                    name: fc.string(),
                    target: anyText,
                    actual: anyText,
                    weight: fc.oneof(fc.constant(''), fc.nat({ max: 3000 }).map((n) => (n / 100).toFixed(2))),
                  }),
                  { minLength: 1, maxLength: 8 },
                ),
              }),
            ),
            (input) => {
              const r = scoreInput(input);
              if (r.ok) for (const row of r.result.indicators) if (new D(row.score).lt(0) || new D(row.score).gt(row.weight)) throw new Error(`score out of range: ${row.score} of ${row.weight}`);
            },
          ),
          { numRuns },
        ),
    },
    {
      name: '分享链接解码 decodeShareCode',
      run: (numRuns) => fc.assert(fc.property(fc.oneof(anyText, anyText.map((s) => `v1.${s}`), anyText.map((s) => `#v1.${s}.0123abcd`)), (s) => void decodeShareCode(s)), { numRuns }),
    },
  ];
  targets.push({
    name: '粘贴解析 parseGrid',
    run: (numRuns) => fc.assert(fc.property(anyText, (s) => void parseGrid(s)), { numRuns }),
  });
  return targets;
}

/** Runs every target `numRuns` times; returns seconds per target. Throws on the first failure. */
export function runFuzz(numRuns: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of fuzzTargets()) {
    const start = performance.now();
    t.run(numRuns);
    out[t.name] = Math.round(performance.now() - start) / 1000;
  }
  return out;
}
