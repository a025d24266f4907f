import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, parseActual, parseTarget, scoreForm, scoreInput, validateForm, type CategoryId } from '../../src/engine/index.ts';
import { formOf } from '../helpers/forms.ts';

const CATEGORIES: CategoryId[] = ['input', 'output', 'outcome', 'impact'];
const OPS = ['=', '≥', '>', '≤', '<', '＝', '>=', '<=', '不少于', '不超过', ''];
const decimalText = fc.tuple(fc.nat({ max: 100000 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`);
const weightText = fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`);
const value = fc.oneof(
  fc.tuple(fc.constantFrom(...OPS), decimalText, fc.constantFrom('', ' 个', '%', '万元')).map(([o, n, u]) => `${o}${n}${u}`),
  fc.constantFrom('好', '较好', '一般', '较差', '差', '合规', '优秀', '', '约5个', '-3'),
  fc.string(),
);
const options = fc.record({
  granularity: fc.constantFrom('linear', 'floor', 'ceil'),
  shortfallBasis: fc.constantFrom('ratio', 'percentagePoints'),
  overAchievement: fc.constantFrom('above130', 'none'),
  lowerIsBetter: fc.constantFrom('inverseRatio', 'excessPercent'),
} as const);

describe('properties (fast-check)', () => {
  it('for any row, 0 ≤ score ≤ weight', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CATEGORIES), value, value, weightText, options, (category, target, actual, weight, opts) => {
        const r = scoreForm(formOf([{ category, name: 'p', target, actual, weight }], { options: opts }));
        const row = r.indicators[0]!;
        expect(new D(row.score).gte(0)).toBe(true);
        expect(new D(row.score).lte(row.weight)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('the score never rises as a below-target actual falls', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CATEGORIES),
        fc.integer({ min: 1, max: 100000 }),
        fc.nat({ max: 100000 }),
        fc.nat({ max: 100000 }),
        fc.constantFrom('=', '≥', '>'),
        options,
        (category, target, a, b, op, opts) => {
          const hi = Math.min(Math.max(a, b), target);
          const lo = Math.min(a, b, hi);
          const score = (x: number) =>
            new D(scoreForm(formOf([{ category, name: 'p', target: `${op}${target}`, actual: String(x), weight: '10' }], { options: opts })).indicators[0]!.score);
          expect(score(lo).lte(score(hi))).toBe(true);
        },
      ),
      { numRuns: 800 },
    );
  });

  it('for a lower-is-better target, the score never rises as the actual grows past it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10000 }), fc.nat({ max: 10000 }), fc.nat({ max: 10000 }), options, (target, a, b, opts) => {
        const lo = target + Math.min(a, b);
        const hi = target + Math.max(a, b);
        const score = (x: number) => new D(scoreForm(formOf([{ category: 'output', name: 'p', target: `≤${target}`, actual: String(x), weight: '10' }], { options: opts })).indicators[0]!.score);
        expect(score(hi).lte(score(lo))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('the parser never throws on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        expect(() => parseTarget(s)).not.toThrow();
        expect(() => parseActual(s)).not.toThrow();
      }),
      { numRuns: 3000 },
    );
  }, 60_000);

  it('validation and scoring never throw on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(() => scoreInput(json)).not.toThrow();
        expect(() => validateForm({ version: 1, ruleSet: 'suzhou-2017', indicators: [json] })).not.toThrow();
      }),
      { numRuns: 1500 },
    );
  });

  it('category scores always add up to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...CATEGORIES), value, value, fc.option(weightText, { nil: undefined })), { minLength: 1, maxLength: 12 }), (rows) => {
        const r = scoreForm(formOf(rows.map(([category, target, actual, weight]) => ({ category, name: 'p', target, actual, ...(weight ? { weight } : {}) }))));
        const sum = Object.values(r.categories).reduce((s, c) => s.plus(c.score), new D(0));
        expect(sum.toFixed(2)).toBe(r.total);
      }),
      { numRuns: 500 },
    );
  });
});

describe('hostile forms give a result, not a crash', () => {
  it('10,000 indicator rows', () => {
    const rows = Array.from({ length: 10000 }, (_, i) => ({ category: 'output' as const, name: `指标${i}`, target: '=10 个', actual: `${i % 20} 个` }));
    const r = scoreForm(formOf(rows));
    expect(r.indicators).toHaveLength(10000);
    expect(r.categories.output!.weightSum).toBe('24.00');
  });
  // Issue 14: a text field holds at most MAX_TEXT_CHARS (32,767, an Excel cell); a name at the cap
  // scores, a 1 MB name is refused with a Chinese message naming the field.
  it('a name at the text cap and a 400-digit number', () => {
    const big = '9'.repeat(400);
    const r = scoreInput(formOf([{ category: 'output', name: '名'.repeat(32_767), target: `=${big}`, actual: big, weight: '24' }]));
    expect(r.ok && r.result.indicators[0]!.score).toBe('24.00');
    if (r.ok) expect(r.result.checks.every((c) => c.message.length < 500)).toBe(true);
  });

  it('a 1 MB name is refused, naming the field and the cap', () => {
    const r = scoreInput(formOf([{ category: 'output', name: '名'.repeat(1_000_000), target: '=1', actual: '1', weight: '24' }]));
    expect(r.ok ? [] : r.issues).toEqual([
      { path: 'indicators/0/name', message: '第 1 项指标的“指标名称”：太长：每一格最多 32,767 个字符（与 Excel 一个单元格相同），请删减。' },
    ]);
  });
});

describe('values as real forms write them (R22, R24): properties', () => {
  /** A positive decimal with up to two places, as a string: 0.01 … 99999.99. */
  const positive = fc.integer({ min: 1, max: 9_999_999 }).map((n) => new D(n).div(100).toFixed());
  const ruleSet = fc.constantFrom('suzhou-2017', 'central-2020');
  const category = (rs: string): CategoryId => (rs === 'suzhou-2017' ? 'output' : 'benefit');
  const scoreOf = (rs: string, target: string, actual: string) =>
    scoreForm({ version: 1, ruleSet: rs, indicators: [{ category: category(rs), name: '甲', target, actual, weight: '10' }] }).indicators[0]!.score;
  // Each operator as a glyph and as the words forms write (before the number, after it, or both).
  const spellings: Array<[string, Array<(n: string, u: string) => string>]> = [
    ['≥', [(n, u) => `不低于${n}${u}`, (n, u) => `大于等于${n}${u}`, (n, u) => `达到${n}${u}`, (n, u) => `${n}${u}以上`, (n, u) => `${n}${u}及以上`, (n, u) => `达到${n}${u}以上`, (n, u) => `⩾${n}${u}`]],
    ['≤', [(n, u) => `不超过${n}${u}`, (n, u) => `控制在${n}${u}以内`, (n, u) => `${n}${u}以内`, (n, u) => `${n}${u}以下`, (n, u) => `小于等于${n}${u}`, (n, u) => `⩽${n}${u}`]],
    ['>', [(n, u) => `高于${n}${u}`, (n, u) => `超过${n}${u}`, (n, u) => `大于${n}${u}`]],
    ['<', [(n, u) => `低于${n}${u}`, (n, u) => `小于${n}${u}`, (n, u) => `少于${n}${u}`]],
    ['=', [(n, u) => `等于${n}${u}`, (n, u) => `﹦${n}${u}`, (n, u) => `═${n}${u}`, (n, u) => `${n}${u}`]],
  ];

  it('for any positive target and actual, an operator written as words scores as its glyph', () => {
    fc.assert(
      fc.property(ruleSet, positive, positive, fc.constantFrom('%', '个', '万元', ''), fc.nat({ max: 100 }), (rs, t, a, unit, pick) => {
        for (const [glyph, words] of spellings) {
          const expected = scoreOf(rs, `${glyph}${t}${unit}`, `${a}${unit}`);
          const word = words[pick % words.length]!;
          expect(scoreOf(rs, word(t, unit), `${a}${unit}`), `${word(t, unit)} / ${a}${unit}`).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scaling both sides by 万 gives the same score', () => {
    fc.assert(
      fc.property(ruleSet, fc.constantFrom('≥', '≤', '=', '>', '<'), positive, positive, (rs, op, t, a) => {
        expect(scoreOf(rs, `${op}${t}万条`, `${a}万条`)).toBe(scoreOf(rs, `${op}${t}条`, `${a}条`));
        expect(scoreOf(rs, `${op}${t}万元`, a)).toBe(scoreOf(rs, `${op}${t}元`, a));
      }),
      { numRuns: 300 },
    );
  });
});
