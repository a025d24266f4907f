import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { D, readDecimal } from '../../src/engine/decimal.ts';
import { DECIMAL_PRUNE, DecimalPruneError, pruneDecimal, type PruneList } from '../../src/integrations/decimal-prune.ts';

/**
 * Issue 13: the site ships decimal.js without the methods it never calls (src/integrations/
 * decimal-prune.ts). These tests show that the unit tests compute with that very library, that the
 * plugin's guard refuses a list that would break the library, and that our code calls no removed method.
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const library = readFileSync(join(root, 'node_modules/decimal.js/decimal.mjs'), 'utf8');

/** What the site calls on decimals (src/engine/decimal.ts and the engine), which must all stay. */
const USED = ['abs', 'ceil', 'floor', 'cmp', 'eq', 'gt', 'gte', 'lt', 'lte', 'isZero', 'isNeg', 'isFinite', 'decimalPlaces', 'plus', 'minus', 'times', 'div', 'toDecimalPlaces', 'toSignificantDigits', 'toFixed', 'toNumber', 'toString', 'valueOf', 'toJSON'];

describe('the unit tests run against the pruned decimal.js (vitest.config.ts uses the plugin)', () => {
  it('has no removed method, on the prototype or the constructor, of the engine’s clone and of the library', () => {
    const proto = Object.getPrototypeOf(new D(2)) as Record<string, unknown>;
    expect((new D(2) as unknown as Record<string, unknown>).sqrt).toBeUndefined();
    expect((D as unknown as Record<string, unknown>).sqrt).toBeUndefined();
    expect((DecimalJs.prototype as unknown as Record<string, unknown>).pow).toBeUndefined();
    const statics = D as unknown as Record<string, unknown>;
    // (D.modulo stays: it is also the name of a setting, a number.)
    expect(DECIMAL_PRUNE.methods.filter((name) => typeof proto[name] === 'function' || typeof statics[name] === 'function')).toEqual([]);
    expect(statics.modulo).toBe(1);
  });

  it('keeps every method the site calls, and computes as before', () => {
    const proto = Object.getPrototypeOf(new D(2)) as Record<string, unknown>;
    expect(USED.filter((name) => typeof proto[name] !== 'function')).toEqual([]);
    expect(typeof D.max).toBe('function');
    expect(D.max(new D('1.5'), new D('-2'), '1.25').toString()).toBe('1.5');
    expect(new D(3).times('0.835').toFixed(2)).toBe('2.51');
    expect(new D(1).div(3).toString()).toBe('0.33333333333333333333333333333333333333333333333333');
    expect(new D('123.456').toSignificantDigits(4).toString()).toBe('123.5');
    expect(new D('2.345').toDecimalPlaces(2, D.ROUND_HALF_UP).toString()).toBe('2.35');
    expect(new D('-0.5').abs().plus('0.25').minus(1).toNumber()).toBe(-0.25);
    expect(JSON.stringify({ v: new D('4.80') })).toBe('{"v":"4.8"}');
  });

  it('still reads what decimal.js reads without Decimal.pow, and fails loudly on the one string it no longer reads', () => {
    // The allowance in DECIMAL_PRUNE: only a hexadecimal/binary/octal string with a binary exponent of
    // 54 or more reached Decimal.pow. The site never passes one (readDecimal accepts plain decimals).
    expect(new D('Infinity').isFinite()).toBe(false);
    expect(new D('0x1p53').toString()).toBe('9007199254740992');
    expect(new D('1_000').toString()).toBe('1000');
    expect(() => new D('0x1p60')).toThrow(TypeError);
    expect(readDecimal('0x1p60')).toBeNull();
  });
});

describe('the plugin’s guard', () => {
  it('prunes the real library without moving anything (the build does the same)', () => {
    const out = pruneDecimal(library);
    expect(out.length).toBe(library.length);
    expect(out.split('\n').length).toBe(library.split('\n').length);
    expect(out).not.toContain('P.squareRoot = P.sqrt');
    expect(out).not.toContain('2.302585092994045684017991454684364207601');
    expect(out).toContain('P.times = P.mul = function');
  });

  const list = (methods: string[], more: Partial<PruneList> = {}): PruneList => ({ methods, constants: [], allowedUses: [], ...more });

  it('fails when a listed name is not in the library (decimal.js changed)', () => {
    expect(() => pruneDecimal(library, list([...DECIMAL_PRUNE.methods, 'squareRootOfAll']))).toThrow(/找不到 squareRootOfAll/);
    expect(() => pruneDecimal(library, list([], { constants: ['E'] }))).toThrow(/找不到 E/);
  });

  it('fails when only some aliases of a method are listed', () => {
    expect(() => pruneDecimal(library, list(['sqrt']))).toThrow(/第 \d+ 行同时安装 squareRoot、sqrt.*缺 squareRoot/);
  });

  it('fails when kept code still uses a removed method or constant, naming the line', () => {
    const code = [
      'var P = {}, LN10 = "2.30", PI = "3.14";',
      'P.squareRoot = P.sqrt = function () { return Math.sqrt(+this); };',
      'P.hypot = function () { return this.sqrt(); };',
      'P.norm = function () { return this["sqrt"](); };',
      'P.ln = function () { return LN10; };',
      'function deadHelper(x) { return x.sqrt() + PI; }',
      'export default P;',
    ].join('\n');
    const message = (() => {
      try {
        pruneDecimal(code, list(['squareRoot', 'sqrt'], { constants: ['LN10', 'PI'] }));
      } catch (e) {
        expect(e).toBeInstanceOf(DecimalPruneError);
        return (e as Error).message;
      }
      return 'no error';
    })();
    // Math.sqrt is the language's, and nothing reaches deadHelper; the other three break the library.
    expect(message).toBe('decimal.js 修剪：删去的方法或常量仍被保留的代码使用：第 3 行 this.sqrt；第 4 行 this["sqrt"]；第 5 行 LN10。把它们从 src/integrations/decimal-prune.ts 的清单中去掉。');
    expect(pruneDecimal(code, list(['squareRoot', 'sqrt', 'hypot', 'norm', 'ln'], { constants: ['LN10', 'PI'] }))).toHaveLength(code.length);
  });

  it('fails when the library’s own use of a removed method is not where the allowance says', () => {
    expect(() => pruneDecimal(library, list(DECIMAL_PRUNE.methods as string[], { constants: DECIMAL_PRUNE.constants }))).toThrow(/第 \d+ 行 Decimal\.pow/);
    const twice = DECIMAL_PRUNE.allowedUses.map((a) => ({ ...a, count: 2 }));
    expect(() => pruneDecimal(library, { ...DECIMAL_PRUNE, allowedUses: twice })).toThrow(/parseOther 中的 \.pow（预期 2 处，实有 1 处）/);
  });
});

/** Receivers whose methods share a removed name but are not decimals (`Math.round(`, `console.log(`). */
const NOT_DECIMAL = /(?:^|[^\w$.])(?:Math|console)\s*$/;

/** Every source file of the site: what is bundled, rendered or run. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|tsx|mts|js|mjs|astro|mdx)$/.test(e.name) ? [path] : [];
  });
}

/**
 * Each call of a removed method in `text` (`.sqrt(`, `?.pow(`, `['log'](`), except on Math and console,
 * as `line: code`.
 */
function removedMethodCalls(text: string, removed: readonly string[]): string[] {
  const names = removed.join('|');
  const call = new RegExp(`\\??\\.\\s*(?:${names})\\s*\\(|\\[\\s*(['"\`])(?:${names})\\1\\s*\\]\\s*\\(`, 'g');
  const hits: string[] = [];
  for (const m of text.matchAll(call)) {
    if (NOT_DECIMAL.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const line = text.slice(0, m.index).split('\n').length;
    hits.push(`${line}: ${text.split('\n')[line - 1]!.trim()}`);
  }
  return hits;
}

describe('our code calls no removed method (it would throw in the browser; the types still list them)', () => {
  it('finds a call of a removed method on anything but Math and console', () => {
    expect(removedMethodCalls('const r = total.sqrt();\nx?.pow(2);\nd["log"](10);', DECIMAL_PRUNE.methods)).toEqual(['1: const r = total.sqrt();', '2: x?.pow(2);', '3: d["log"](10);']);
    expect(removedMethodCalls('Math.round(x); Math.pow(2, 3); console.log(1); x.toFixed(2); x.rounding(2)', DECIMAL_PRUNE.methods)).toEqual([]);
  });

  it('src/ and content/ call none', () => {
    const self = join(root, 'src/integrations/decimal-prune.ts');
    const found = [...sources(join(root, 'src')), ...sources(join(root, 'content'))]
      .filter((file) => file !== self)
      .flatMap((file) => removedMethodCalls(readFileSync(file, 'utf8'), DECIMAL_PRUNE.methods).map((hit) => `${relative(root, file)}:${hit}`));
    // A hit here is a call the shipped decimal.js cannot answer: use a kept method, or take the name off
    // DECIMAL_PRUNE.methods (src/integrations/decimal-prune.ts). Not a decimal? Add its receiver above.
    expect(found).toEqual([]);
  });
});
