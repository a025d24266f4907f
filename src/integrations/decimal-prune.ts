import { parseSync, type Plugin } from 'vite';

/**
 * Ships only the part of decimal.js the site uses (issue 13, the calculator's JavaScript budget).
 *
 * What: for decimal.js's ES module file only (`node_modules/decimal.js/decimal.mjs`), this Vite
 * (Rolldown) plugin removes the statements that install the methods in {@link DECIMAL_PRUNE} — the
 * prototype's `P.squareRoot = P.sqrt = function …` and the constructor's `Decimal.sqrt = sqrt;` inside
 * `clone` — and the two 1,000-digit constants (ln 10 and π) that only those methods read; the second
 * names of kept methods (`P.absoluteValue = ` of `P.absoluteValue = P.abs = function …`), the
 * constructor's statics the site never calls (`Decimal.abs = abs;`), and a few statements and function
 * bodies the list names with the reason (the reading of non-decimal strings and BigInts, config's
 * range checks). Removed text becomes spaces (line breaks kept), so nothing else moves and source maps
 * stay true.
 *
 * Why: decimal.js is one class whose methods are all assigned onto a prototype object, so the bundler
 * cannot tell that the site never calls the trigonometric and hyperbolic functions, ln/exp/log/pow,
 * sqrt/cbrt, toBinary/toHex/toOctal, toFraction, toNearest, random, hypot…; once their assignments
 * are gone, the helpers only they used are dead code the bundler drops (about 6 KB gzip of 13). The
 * site keeps decimal.js itself (issue 13): every amount, ratio and score is still computed by it, with
 * the same code paths as before (R15, R16).
 *
 * The guard, so that pruning can never silently break arithmetic (the build fails, naming the method
 * and the line):
 * - every listed method, alias, static, constant, function and statement must be found (a statement
 *   exactly once), and a statement that installs a listed method
 *   under several names (`P.dividedToIntegerBy = P.divToInt`) must have all of them listed, so a new
 *   version of decimal.js cannot make the list remove something else;
 * - the pruned code is parsed again and its code that can still run (every top-level statement and
 *   every function it reaches by name) must not mention a removed method or alias as a property
 *   (`x.sqrt`, `x['sqrt']`; `Math.sqrt` is the language's; a setting's name such as `precision` only
 *   when called), a removed static on the constructor (`Ctor.max`, `this.max` in a static), nor a
 *   removed constant, except the places listed in `allowedUses`, each found exactly as often as it says;
 * - our own code: `tests/engine/decimal-prune.test.ts` fails when `src/` calls a removed method, alias
 *   or static (`D.max(…)`), and the
 *   unit tests run against the pruned library (vitest.config.ts uses this plugin), so every golden case
 *   is checked to the cent with the very code that ships.
 * The client build, the build-time rendering of the pages (`prerender`), `npm run dev` and the unit
 * tests all use it; the command line (`npm run score`) runs in plain Node with the whole library.
 */
export function decimalPrune(): Plugin {
  return {
    name: 'szpe-decimal-prune',
    enforce: 'pre',
    transform: {
      // In `npm run dev` the browser's copy has a query (`decimal.mjs?v=…`).
      filter: { id: /[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs(?:\?.*)?$/ },
      handler(code, id) {
        if (!DECIMAL_MJS.test(id.split('?')[0]!)) return null;
        // Nothing moves, so the file's own positions stay right: `map: null` keeps them (Rollup's rule).
        return { code: pruneDecimal(code), map: null };
      },
    },
  };
}

/** The file this plugin prunes: decimal.js's ES module, wherever node_modules puts it. */
export const DECIMAL_MJS = /[\\/]node_modules[\\/]decimal\.js[\\/]decimal\.mjs$/;

/** What {@link pruneDecimal} removes from decimal.js, and where a removed method may still be named. */
export interface PruneList {
  /**
   * Names removed everywhere, prototype and constructor alike: every alias of a statement
   * (`'squareRoot', 'sqrt'`), and the constructor's constants the site never reads (`ROUND_UP`).
   */
  methods: readonly string[];
  /**
   * Second names of a method that stays under its first one (`absoluteValue` of `abs`): cut out of the
   * statement that installs both (`P.absoluteValue = P.abs = function …` keeps `P.abs = function …`),
   * and removed wherever else they are installed (the constructor's `Decimal.sub = sub;`).
   */
  aliases?: readonly string[];
  /**
   * Static functions removed from the constructor only (`Decimal.abs = abs;`), while the prototype's
   * method of the same name stays (`x.abs()`).
   */
  statics?: readonly string[];
  /**
   * Top-level functions whose whole body is replaced by `body` (one line of code, no line break), and
   * why: the cut text becomes spaces, so nothing after the function moves.
   */
  bodies?: readonly { fn: string; body: string; why: string }[];
  /**
   * Statements removed from the body of a function declaration (`fn`, the only one of that name, at any
   * depth; `null` for the module's top level): `count` of them in a row, from the one whose text starts
   * with `from` (exactly one statement of the body must), and why.
   */
  statements?: readonly { fn: string | null; from: string; count: number; why: string }[];
  /** Top-level variables of decimal.mjs removed with every top-level statement assigning them. */
  constants: readonly string[];
  /** A removed method named `count` times in the function `inFunction`, and why that is safe. */
  allowedUses: readonly { name: string; inFunction: string; count: number; why: string }[];
}

/**
 * What the site does not use of decimal.js 10.6. Decided by reading `src/` (the engine, the calculator,
 * the guide's components and .astro pages) and decimal.js itself. The site calls abs, eq, gt, gte, lt,
 * lte, isZero, isNeg, isFinite, decimalPlaces, plus, minus, times, div, toDecimalPlaces, toFixed,
 * toNumber, toString, and the constructor's clone and ROUND_HALF_UP, ROUND_DOWN, ROUND_CEIL, ROUND_FLOOR, and
 * reads the setting `precision`; decimal.js's kept code calls cmp, config (`clone`), and valueOf is what
 * `Number(d)` and JSON use. Each method keeps one name (the one the site writes); `P.add` stays
 * (`Set.prototype.add` shares the name, so tests/engine/decimal-prune.test.ts could not tell a call of it
 * from ours), without its constructor static.
 */
export const DECIMAL_PRUNE: PruneList = {
  methods: [
    // Trigonometric and hyperbolic functions.
    'cosine', 'cos', 'sine', 'sin', 'tangent', 'tan',
    'inverseCosine', 'acos', 'inverseSine', 'asin', 'inverseTangent', 'atan', 'atan2',
    'hyperbolicCosine', 'cosh', 'hyperbolicSine', 'sinh', 'hyperbolicTangent', 'tanh',
    'inverseHyperbolicCosine', 'acosh', 'inverseHyperbolicSine', 'asinh', 'inverseHyperbolicTangent', 'atanh',
    // Powers, roots, logarithms and the exponential.
    'toPower', 'pow', 'squareRoot', 'sqrt', 'cubeRoot', 'cbrt', 'hypot',
    'logarithm', 'log', 'log2', 'log10', 'naturalLogarithm', 'ln', 'naturalExponential', 'exp',
    // Other bases, fractions, rounding to a multiple, random numbers.
    'toBinary', 'toHexadecimal', 'toHex', 'toOctal', 'toFraction', 'toNearest', 'random',
    // Arithmetic and rounding the rules never use (ceil and floor are toDecimalPlaces(0, ROUND_CEIL /
    // ROUND_FLOOR), the very same code).
    'modulo', 'mod', 'dividedToIntegerBy', 'divToInt', 'clampedTo', 'clamp', 'sum', 'sign',
    'round', 'truncated', 'trunc', 'negated', 'neg', 'toExponential', 'ceil', 'floor',
    // Significant digits (`precision` stays as the setting's name: only a call of the method counts).
    'precision', 'sd', 'toSignificantDigits', 'toSD', 'toPrecision',
    // Tests the rules never ask (a decimal read from a form is finite and may have decimals).
    'isInteger', 'isInt', 'isPositive', 'isPos', 'isNaN',
    // Rounding modes the site never names, and the modulo mode.
    'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_HALF_CEIL', 'ROUND_HALF_FLOOR', 'EUCLID',
  ],
  // The second names of kept methods (`x.abs()` stays, `x.absoluteValue()` goes).
  aliases: [
    'absoluteValue', 'comparedTo', 'dp', 'dividedBy', 'equals', 'greaterThan', 'greaterThanOrEqualTo',
    'isNegative', 'lessThan', 'lessThanOrEqualTo', 'sub', 'mul', 'toDP',
  ],
  // The constructor's own functions the site never calls: shortcuts for kept methods (`Decimal.abs(x)` is
  // `new Decimal(x).abs()`, `Decimal.set` is `Decimal.config`), max and min, and isDecimal (decimal.js
  // calls isDecimalInstance directly).
  statics: ['abs', 'add', 'div', 'set', 'max', 'min', 'isDecimal'],
  // ln 10 and π to 1,025 digits, read only by ln/exp/log/pow and the trigonometric functions.
  constants: ['LN10', 'LN10_PRECISION', 'PI', 'PI_PRECISION'],
  bodies: [
    {
      fn: 'config',
      body: 'for (var p in obj) if (obj[p] !== void 0) this[p] = obj[p]; return this;',
      why: 'config (Decimal.set, and clone, which calls it with every setting filled in) checked each setting against its range and the `crypto` setting against the platform; it now only copies the settings given. The site sets them once, in src/engine/decimal.ts (precision 50, ROUND_HALF_UP, toExpNeg -50, toExpPos 60, minE/maxE ±9e15: all in range; tests/engine/decimal-prune.test.ts checks the clone has them), and `crypto` is read only by random(), removed above.',
    },
    {
      fn: 'parseOther',
      body: 'throw Error(invalidArgument + str);',
      why: 'parseOther reads the strings that are not plain decimals (isDecimal): hexadecimal, binary and octal (0x1f), digits grouped with _ (1_000), and Infinity / NaN; with its body gone those throw decimal.js\'s own "[DecimalError] Invalid argument" error, as any other unreadable string always did, and convertBase, intPow and the three base patterns go with it (about 0.5 KB gzip). The site never gives decimal.js such a string: what a user types is checked against plain decimal patterns first (readDecimal in src/engine/decimal.ts, the digit patterns of src/engine/parse/value.ts, readPrintedRate, R2), every other string is one decimal.js itself wrote (toString, toFixed), and a number (Infinity, NaN included) never reaches parseOther.',
    },
  ],
  statements: [
    {
      fn: 'Decimal',
      from: "if (t === 'bigint')",
      count: 1,
      why: 'The constructor no longer reads a BigInt (10n): it throws decimal.js\'s Invalid argument error, as for any other value it cannot read. The site gives it strings, numbers and decimals only.',
    },
    {
      fn: null,
      from: "P[Symbol.for('nodejs.util.inspect.custom')]",
      count: 1,
      why: "Node's util.inspect (console.log in Node) shows a decimal as an object, no longer as its digits: a convenience for debugging in Node, never used in the browser (`npm run score` runs the whole library).",
    },
  ],
  allowedUses: [],
};

/** Why pruning refused: the library is not what the list was written for (the build fails with it). */
export class DecimalPruneError extends Error {
  override name = 'DecimalPruneError';
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

/** Every node under `node`, depth first (the AST from the bundler's parser, ESTree shape). */
function* nodes(node: unknown): Generator<Node> {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* nodes(child);
    return;
  }
  const n = node as Node;
  if (typeof n.type === 'string') yield n;
  for (const key in n) if (key !== 'parent') yield* nodes(n[key]);
}

/** The property name of a member expression (`a.b`, `a['b']`), or null for a computed one. */
function propertyName(member: Node): string | null {
  const property = member.property as Node;
  if (!member.computed && property.type === 'Identifier') return property.name as string;
  if (member.computed && property.type === 'Literal' && typeof property.value === 'string') return property.value;
  return null;
}

/** Every identifier `node` mentions, with its node, except property names (`a.b`, `{ b: 1 }`). */
function* mentions(node: unknown): Generator<Node> {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* mentions(child);
    return;
  }
  const n = node as Node;
  if (n.type === 'Identifier') yield n;
  else if (n.type === 'MemberExpression' && !n.computed) yield* mentions(n.object);
  else if (n.type === 'Property' && !n.computed) yield* mentions(n.value);
  else for (const key in n) if (key !== 'parent') yield* mentions(n[key]);
}

/**
 * The module's top-level code that can run: every top-level statement but function declarations (a
 * `var` initialiser runs on load), and every top-level function that reached code mentions by name
 * (a shadowed name counts as a mention, so this may keep too much, never too little).
 */
function reachable(program: Node): Node[] {
  const functions = new Map<string, Node>();
  const todo: Node[] = [];
  for (const statement of program.body as Node[]) {
    const id = statement.id as Node | null | undefined;
    if (statement.type === 'FunctionDeclaration' && id) functions.set(id.name as string, statement);
    else todo.push(statement);
  }
  const seen = new Set<Node>(todo);
  for (let i = 0; i < todo.length; i++) {
    for (const m of mentions(todo[i])) {
      const f = functions.get(m.name as string);
      if (f && !seen.has(f)) {
        seen.add(f);
        todo.push(f);
      }
    }
  }
  return todo;
}

function parse(code: string): Node {
  const result = parseSync('decimal.mjs', code, { sourceType: 'module', lang: 'js' });
  if (result.errors.length > 0) throw new DecimalPruneError(`decimal.js 修剪：无法解析 decimal.mjs（${result.errors[0]!.message}）`);
  return result.program as unknown as Node;
}

/** One link of an assignment chain onto the prototype or the constructor: `P.a = ` in `P.a = P.b = f`. */
interface Link {
  /** The name installed. */
  name: string;
  /** `P` (the prototype) or `Decimal` (the constructor, inside `clone`). */
  on: 'P' | 'Decimal';
  /** Where the link's text (`P.a = `) starts and ends: up to the next link or the value. */
  start: number;
  end: number;
}

/** The links of an assignment chain onto the prototype or the constructor (`P.a = P.b = f`), in order. */
function installs(statement: Node): Link[] {
  const links: Link[] = [];
  let expr = statement.expression as Node;
  while (expr.type === 'AssignmentExpression' && expr.operator === '=') {
    const left = expr.left as Node;
    const object = left.type === 'MemberExpression' ? (left.object as Node) : null;
    if (object?.type !== 'Identifier' || !(object.name === 'P' || object.name === 'Decimal')) break;
    const name = propertyName(left);
    if (name === null) break;
    const right = expr.right as Node;
    links.push({ name, on: object.name, start: expr.start, end: right.start });
    expr = right;
  }
  return links;
}

/**
 * The constructor's settings (`Decimal.precision`, read as numbers all through decimal.js): a removed
 * method of the same name (`P.precision`) is only missed where it is called.
 */
const SETTINGS = new Set(['precision', 'rounding', 'toExpNeg', 'toExpPos', 'minE', 'maxE', 'modulo', 'crypto']);

/**
 * Whether `member` (`a.b`) names its property on the constructor: `Decimal.b` or `Ctor.b` (decimal.js's
 * names for it), `x.constructor.b`, or `this.b` in a top-level function (the static functions and
 * `config` are called on the constructor; the prototype's methods are function expressions).
 */
function onConstructor(member: Node, inFunction: string | null): boolean {
  const object = member.object as Node;
  if (object.type === 'Identifier') return object.name === 'Decimal' || object.name === 'Ctor';
  if (object.type === 'ThisExpression') return inFunction !== null;
  return object.type === 'MemberExpression' && propertyName(object) === 'constructor';
}

/**
 * Removes from decimal.js's ES module source (decimal.mjs) the statements that install the methods of
 * `list` (`P.a = P.b = function …` on the prototype, `Decimal.a = a;` on the constructor), its aliases
 * (`P.absoluteValue = ` of `P.absoluteValue = P.abs = function …`) and constructor-only statics
 * (`Decimal.abs = abs;`), the declarations of its constants and the top-level statements assigning them,
 * and replaces the bodies it lists, turning the removed text into spaces so that nothing else moves.
 * Returns the new source, as long as the file.
 * @throws DecimalPruneError (its message in Chinese, naming the method or constant and the line) if a
 *   listed method, alias, static, constant or function is not found, if a statement installs a listed
 *   method under a name that is not listed, or if the code that can still run mentions a removed method
 *   or alias as a property (`.name` or `['name']`, except on `Math`, at the `allowedUses`, each found
 *   exactly `count` times, and a setting's name unless called), a removed static on the constructor, or a
 *   removed constant.
 */
export function pruneDecimal(code: string, list: PruneList = DECIMAL_PRUNE): string {
  const methods = new Set(list.methods);
  const aliases = new Set(list.aliases ?? []);
  const statics = new Set(list.statics ?? []);
  const constants = new Set(list.constants);
  const found = new Set<string>();
  // [start, end, text put first]: the cut text becomes spaces (line breaks kept) after `text`.
  const cuts: [number, number, string][] = [];
  const lineOf = (at: number) => code.slice(0, at).split('\n').length;
  const program = parse(code);

  for (const node of nodes(program)) {
    if (node.type !== 'ExpressionStatement') continue;
    const links = installs(node);
    const cut = links.filter((l) => methods.has(l.name) || aliases.has(l.name) || (l.on === 'Decimal' && statics.has(l.name)));
    if (cut.length === 0) continue;
    const kept = links.filter((l) => !cut.includes(l));
    if (kept.length > 0 && cut.some((l) => methods.has(l.name))) {
      const names = links.map((l) => l.name);
      throw new DecimalPruneError(`decimal.js 修剪：第 ${lineOf(node.start)} 行同时安装 ${names.join('、')}，清单只列了其中一部分（缺 ${kept.map((l) => l.name).join('、')}）：把别名一起列入，或都不删。`);
    }
    for (const l of cut) found.add(methods.has(l.name) || aliases.has(l.name) ? l.name : `Decimal.${l.name}`);
    if (kept.length === 0) cuts.push([node.start, node.end, '']);
    else for (const l of cut) cuts.push([l.start, l.end, '']);
  }

  const bodies = new Map((list.bodies ?? []).map((b) => [b.fn, b.body]));
  for (const cut of list.statements ?? []) {
    const where = cut.fn === null ? 'decimal.mjs 顶层' : `${cut.fn}()`;
    const fns = cut.fn === null ? [] : [...nodes(program)].filter((n) => n.type === 'FunctionDeclaration' && (n.id as Node | null)?.name === cut.fn);
    if (cut.fn !== null && fns.length !== 1) throw new DecimalPruneError(`decimal.js 修剪：找不到唯一的函数 ${where}（有 ${fns.length} 个）：核对 src/integrations/decimal-prune.ts 的 statements。`);
    const body = (cut.fn === null ? program.body : ((fns[0]!.body as Node).body)) as Node[];
    const at = body.flatMap((st, k) => (code.startsWith(cut.from, st.start) ? [k] : []));
    if (at.length !== 1 || at[0]! + cut.count > body.length) {
      throw new DecimalPruneError(`decimal.js 修剪：${where} 中以“${cut.from}”开头的语句有 ${at.length} 句（应为 1 句，其后至少还有 ${cut.count - 1} 句）：核对 src/integrations/decimal-prune.ts 的 statements。`);
    }
    cuts.push([body[at[0]!]!.start, body[at[0]! + cut.count - 1]!.end, '']);
  }
  for (const statement of program.body as Node[]) {
    const fn = statement.type === 'FunctionDeclaration' ? ((statement.id as Node).name as string) : null;
    if (fn !== null && bodies.has(fn)) {
      // The body's text between its braces, with the new body first.
      found.add(`${fn}()`);
      const block = statement.body as Node;
      cuts.push([block.start + 1, block.end - 1, ` ${bodies.get(fn)!} `]);
    } else if (statement.type === 'VariableDeclaration') {
      const declarations = statement.declarations as Node[];
      const listed = declarations.map((d) => (d.id as Node).type === 'Identifier' && constants.has((d.id as Node).name as string));
      declarations.forEach((d, i) => {
        if (!listed[i]) return;
        found.add((d.id as Node).name as string);
        // The declarator with the comma after it, or, after the last one kept, the comma before it.
        if (listed.every(Boolean)) cuts.push([statement.start, statement.end, '']);
        else if (listed.indexOf(false, i) > i) cuts.push([d.start, declarations[i + 1]!.start, '']);
        else cuts.push([declarations[i - 1]!.end, d.end, '']);
      });
    } else if (statement.type === 'ExpressionStatement') {
      const expr = statement.expression as Node;
      const left = expr.left as Node | undefined;
      if (expr.type === 'AssignmentExpression' && left?.type === 'Identifier' && constants.has(left.name as string)) cuts.push([statement.start, statement.end, '']);
    }
  }

  const missing = [...list.methods, ...aliases, ...[...statics].map((n) => `Decimal.${n}`), ...list.constants, ...[...bodies.keys()].map((f) => `${f}()`), ].filter((n) => !found.has(n));
  if (missing.length > 0) {
    throw new DecimalPruneError(`decimal.js 修剪：在 decimal.mjs 中找不到 ${missing.join('、')}（decimal.js 变了？）：核对 src/integrations/decimal-prune.ts 的清单。`);
  }

  let out = code;
  for (const [start, end, text] of cuts.sort((a, b) => b[0] - a[0])) {
    // `text` takes the place of as many of the cut's spaces (never of its line breaks).
    let blank = out.slice(start, end).replace(/[^\n]/g, ' ');
    for (let k = 0; k < text.length; k++) {
      const at = blank.indexOf(' ');
      if (at < 0) throw new DecimalPruneError(`decimal.js 修剪：第 ${lineOf(start)} 行的新函数体比原来的长：核对 src/integrations/decimal-prune.ts 的 bodies。`);
      blank = blank.slice(0, at) + blank.slice(at + 1);
    }
    out = out.slice(0, start) + text + blank + out.slice(end);
  }

  // The guard: the code that can still run must not reach what was removed (parsing the result again
  // also proves it is valid). The helpers of removed methods stay in the text until the bundler drops
  // them, so `function acos(x) { return new this(x).acos(); }`, reached by nothing, does not count.
  const uses: string[] = [];
  const allowed = new Map(list.allowedUses.filter((a) => methods.has(a.name) || aliases.has(a.name)).map((a) => [a, 0]));
  for (const top of reachable(parse(out))) {
    const inFunction = top.type === 'FunctionDeclaration' ? ((top.id as Node).name as string) : null;
    const called = new Set<Node>();
    for (const node of nodes(top)) if (node.type === 'CallExpression') called.add(node.callee as Node);
    for (const node of nodes(top)) {
      if (node.type !== 'MemberExpression') continue;
      const name = propertyName(node);
      if (name === null) continue;
      const removed = (methods.has(name) || aliases.has(name)) && (!SETTINGS.has(name) || called.has(node));
      if (!removed && !(statics.has(name) && onConstructor(node, inFunction))) continue;
      const object = node.object as Node;
      if (object.type === 'Identifier' && object.name === 'Math') continue;
      const allowance = [...allowed.keys()].find((a) => a.name === name && a.inFunction === inFunction);
      if (allowance) allowed.set(allowance, allowed.get(allowance)! + 1);
      else uses.push(`第 ${lineOf(node.start)} 行 ${out.slice(node.start, node.end)}`);
    }
    for (const m of mentions(top)) {
      if (constants.has(m.name as string)) uses.push(`第 ${lineOf(m.start)} 行 ${m.name as string}`);
    }
  }
  for (const [a, seen] of allowed) {
    if (seen !== a.count) uses.push(`${a.inFunction} 中的 .${a.name}（预期 ${a.count} 处，实有 ${seen} 处）`);
  }
  if (uses.length > 0) {
    throw new DecimalPruneError(`decimal.js 修剪：删去的方法或常量仍被保留的代码使用：${uses.join('；')}。把它们从 src/integrations/decimal-prune.ts 的清单中去掉。`);
  }
  return out;
}
