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
const USED = ['abs', 'cmp', 'eq', 'gt', 'gte', 'lt', 'lte', 'isZero', 'isNeg', 'isFinite', 'decimalPlaces', 'plus', 'minus', 'times', 'div', 'toDecimalPlaces', 'toFixed', 'toNumber', 'toString', 'valueOf', 'toJSON'];

describe('the unit tests run against the pruned decimal.js (vitest.config.ts uses the plugin)', () => {
  it('has no removed method, on the prototype or the constructor, of the engine’s clone and of the library', () => {
    const proto = Object.getPrototypeOf(new D(2)) as Record<string, unknown>;
    expect((new D(2) as unknown as Record<string, unknown>).sqrt).toBeUndefined();
    expect((D as unknown as Record<string, unknown>).sqrt).toBeUndefined();
    expect((DecimalJs.prototype as unknown as Record<string, unknown>).pow).toBeUndefined();
    const statics = D as unknown as Record<string, unknown>;
    // (D.modulo stays: it is also the name of a setting, a number.)
    expect(DECIMAL_PRUNE.methods.filter((name) => typeof proto[name] === 'function' || typeof statics[name] === 'function')).toEqual([]);
    expect(DECIMAL_PRUNE.methods.filter((name) => name.startsWith('ROUND_') && name in statics)).toEqual([]);
    expect(DECIMAL_PRUNE.aliases!.filter((name) => name in proto || name in statics)).toEqual([]);
    expect(DECIMAL_PRUNE.statics!.filter((name) => name in statics)).toEqual([]);
    expect(statics.modulo).toBe(1);
    // (D.precision stays too: the setting, 50 in src/engine/decimal.ts.)
    expect(statics.precision).toBe(50);
    // config now copies the settings it is given (DECIMAL_PRUNE.bodies): the clone has src/engine/decimal.ts's own.
    expect([D.precision, D.rounding, D.toExpNeg, D.toExpPos, D.minE, D.maxE]).toEqual([50, 4, -50, 60, -9e15, 9e15]);
    const seven = D.clone({ precision: 7 });
    expect([seven.precision, seven.rounding, seven.toExpPos]).toEqual([7, 4, 60]);
    expect(new seven(2).div(3).toString()).toBe('0.6666667');
  });

  it('keeps every method the site calls, and computes as before', () => {
    const proto = Object.getPrototypeOf(new D(2)) as Record<string, unknown>;
    expect(USED.filter((name) => typeof proto[name] !== 'function')).toEqual([]);
    expect([D.ROUND_HALF_UP, D.ROUND_DOWN, D.ROUND_CEIL, D.ROUND_FLOOR]).toEqual([4, 1, 2, 3]);
    expect(typeof D.clone).toBe('function');
    expect(new D(3).times('0.835').toFixed(2)).toBe('2.51');
    expect(new D(1).div(3).toString()).toBe('0.33333333333333333333333333333333333333333333333333');
    expect(new D('-15.38').toDecimalPlaces(0, D.ROUND_FLOOR).toString()).toBe('-16');
    expect(new D('15.38').toDecimalPlaces(0, D.ROUND_CEIL).toString()).toBe('16');
    expect(new D('123.456').times(1).toString()).toBe('123.456');
    expect(new D('0.1234567890123456789012345678901234567890123456789012345').times(1).toString()).toBe("0.1234567890123456789012345678901234567890123456789");
    expect(new D('2.345').toDecimalPlaces(2, D.ROUND_HALF_UP).toString()).toBe('2.35');
    expect(new D('-0.5').abs().plus('0.25').minus(1).toNumber()).toBe(-0.25);
    expect(JSON.stringify({ v: new D('4.80') })).toBe('{"v":"4.8"}');
  });

  it('reads plain decimals and numbers as before, and fails loudly on every other string (parseOther’s body is gone)', () => {
    // DECIMAL_PRUNE.bodies: decimal.js no longer reads hexadecimal, binary or octal strings, digits
    // grouped with _, nor the strings Infinity and NaN. The site never passes one (readDecimal and the
    // parser accept plain decimals only); a number, Infinity and NaN included, is read as before.
    expect(new D('-1.5e3').toString()).toBe('-1500');
    expect(new D('+.5').toString()).toBe('0.5');
    expect(new D(Infinity).isFinite()).toBe(false);
    expect(new D(1e21).toString()).toBe('1000000000000000000000');
    for (const text of ['Infinity', 'NaN', '0x1p53', '0x1f', '0b101', '0o17', '1_000', '', ' 1', '1 ', 'abc']) {
      expect(() => new D(text), text).toThrow(`[DecimalError] Invalid argument: ${text.replace(/^[+-]/, '')}`);
    }
    expect(() => new D(10n as unknown as number)).toThrow('[DecimalError] Invalid argument: 10');
    expect(readDecimal('0x1p60')).toBeNull();
    expect(readDecimal('1_000')).toBeNull();
    expect(readDecimal('Infinity')).toBeNull();
  });
});

describe('the plugin’s guard', () => {
  it('prunes the real library without moving anything (the build does the same)', () => {
    const out = pruneDecimal(library);
    expect(out.length).toBe(library.length);
    expect(out.split('\n').length).toBe(library.split('\n').length);
    expect(out).not.toContain('P.squareRoot = P.sqrt');
    expect(out).not.toContain('2.302585092994045684017991454684364207601');
    expect(out).toContain('P.times =         function');
    expect(out).toContain('function parseOther(x, str) { throw Error(invalidArgument + str); ');
    expect(out).toContain('  Decimal.config =               config;');
    expect(out).not.toContain('Decimal.abs = abs;');
    expect(out).toContain('function config(obj) { for (var p in obj) if (obj[p] !== void 0) this[p] = obj[p]; return this; ');
    expect(out).not.toContain("if (t === 'bigint')");
    expect(out).not.toContain('nodejs.util.inspect.custom');
    expect(out).toContain("P[Symbol.toStringTag] = 'Decimal';");
    expect(out).toContain('P.absoluteValue = P.abs = function'.replace('P.absoluteValue = ', ' '.repeat(18)));
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
    // Without the new body of parseOther, its call of Decimal.pow stays.
    const keepParseOther = { ...DECIMAL_PRUNE, bodies: [] };
    expect(() => pruneDecimal(library, keepParseOther)).toThrow(/第 \d+ 行 Decimal\.pow/);
    const pow = (count: number) => [{ name: 'pow', inFunction: 'parseOther', count, why: '' }];
    expect(pruneDecimal(library, { ...keepParseOther, allowedUses: pow(1) })).toHaveLength(library.length);
    expect(() => pruneDecimal(library, { ...keepParseOther, allowedUses: pow(2) })).toThrow(/parseOther 中的 \.pow（预期 2 处，实有 1 处）/);
  });

  it('cuts an alias or a static out of a statement and keeps the rest, and refuses what kept code still uses', () => {
    const code = [
      'var P = {};',
      'P.absoluteValue = P.abs = function () { return this; };',
      'P.isNeg = function () { return this.absoluteValue(); };',
      'function clone() { function Decimal() {} Decimal.abs = abs; Decimal.config = Decimal.set = config; return Decimal; }',
      'function abs(x) { return new this(x).abs(); }',
      'function config() { return this.set(); }',
      'function parseOther(x, str) { return str; }',
      'export default clone();',
    ].join('\n');
    const cut = (more: Partial<PruneList>) => pruneDecimal(code, list([], more));
    expect(() => cut({ aliases: ['absoluteValue'] })).toThrow('删去的方法或常量仍被保留的代码使用：第 3 行 this.absoluteValue。');
    expect(() => cut({ statics: ['set'] })).toThrow('删去的方法或常量仍被保留的代码使用：第 6 行 this.set。');
    expect(() => cut({ statics: ['cos'] })).toThrow(/找不到 Decimal\.cos/);
    expect(() => cut({ statements: [{ fn: 'config', from: 'return', count: 2, why: '' }] })).toThrow('config() 中以“return”开头的语句有 1 句（应为 1 句，其后至少还有 1 句）');
    expect(() => cut({ statements: [{ fn: 'config', from: 'if', count: 1, why: '' }] })).toThrow('config() 中以“if”开头的语句有 0 句');
    expect(cut({ statements: [{ fn: 'config', from: 'return', count: 1, why: '' }] }).split('\n')[5]).toBe('function config() {                    }');
    // A function inside another, and the module's top level.
    expect(() => cut({ statements: [{ fn: 'Decimal', from: 'x', count: 1, why: '' }] })).toThrow('Decimal() 中以“x”开头的语句有 0 句');
    expect(() => cut({ statements: [{ fn: 'sqrt', from: 'return', count: 1, why: '' }] })).toThrow('找不到唯一的函数 sqrt()（有 0 个）');
    expect(cut({ statements: [{ fn: null, from: 'P.isNeg', count: 1, why: '' }] }).split('\n')[2]).toBe(' '.repeat(55));
    expect(() => cut({ bodies: [{ fn: 'parseOther', body: 'throw Error("this new body is far too long to fit");', why: '' }] })).toThrow(/第 7 行的新函数体比原来的长/);
    const out = cut({ statics: ['abs'], bodies: [{ fn: 'parseOther', body: 'throw 1;', why: '' }] });
    expect(out.split('\n')[3]).toBe('function clone() { function Decimal() {}                    Decimal.config = Decimal.set = config; return Decimal; }');
    expect(out.split('\n')[1]).toBe('P.absoluteValue = P.abs = function () { return this; };');
    expect(out.split('\n')[6]).toBe('function parseOther(x, str) { throw 1;    }');
    expect(out).toHaveLength(code.length);
  });
});

/** Receivers whose methods share a removed name but are not decimals (`Math.round(`, `console.log(`). */
const NOT_DECIMAL = /(?:^|[^\w$.])(?:Math|console|Number|float)\s*$/;

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

/** Each call of a removed static (`D.max(`, `DecimalJs.set(`) in `text`, as `line: code`. */
function removedStaticCalls(text: string, removed: readonly string[]): string[] {
  const call = new RegExp(`(?<![\\w$.])(?:D|DecimalJs|Decimal)\\s*\\??\\.\\s*(?:${removed.join('|')})\\s*\\(`, 'g');
  return [...text.matchAll(call)].map((m) => {
    const line = text.slice(0, m.index).split('\n').length;
    return `${line}: ${text.split('\n')[line - 1]!.trim()}`;
  });
}

describe('our code calls no removed method (it would throw in the browser; the types still list them)', () => {
  it('finds a call of a removed method on anything but Math and console', () => {
    expect(removedMethodCalls('const r = total.sqrt();\nx?.pow(2);\nd["log"](10);', DECIMAL_PRUNE.methods)).toEqual(['1: const r = total.sqrt();', '2: x?.pow(2);', '3: d["log"](10);']);
    expect(removedMethodCalls('Math.round(x); Math.pow(2, 3); console.log(1); x.toFixed(2); x.rounding(2); Number.isNaN(1)', DECIMAL_PRUNE.methods)).toEqual([]);
    expect(removedStaticCalls('const m = D.max(a, b);\nDecimalJs.set({});\nMath.max(1); x.max(2); new D(1).abs();', DECIMAL_PRUNE.statics!)).toEqual(['1: const m = D.max(a, b);', '2: DecimalJs.set({});']);
  });

  it('src/ and content/ call none', () => {
    const self = join(root, 'src/integrations/decimal-prune.ts');
    const found = [...sources(join(root, 'src')), ...sources(join(root, 'content'))]
      .filter((file) => file !== self)
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        const hits = [...removedMethodCalls(text, [...DECIMAL_PRUNE.methods, ...DECIMAL_PRUNE.aliases!]), ...removedStaticCalls(text, DECIMAL_PRUNE.statics!)];
        return hits.map((hit) => `${relative(root, file)}:${hit}`);
      });
    // A hit here is a call the shipped decimal.js cannot answer: use a kept method, or take the name off
    // DECIMAL_PRUNE's lists (src/integrations/decimal-prune.ts). Not a decimal? Add its receiver above.
    expect(found).toEqual([]);
  });
});
