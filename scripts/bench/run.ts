/**
 * `npm run bench`: measures what issue 5 asks and prints every figure, with its budget.
 * - build time of the whole site, and the search index size;
 * - JavaScript shipped per page type (gzip);
 * - engine throughput in Node (seed form, 100-indicator form);
 * - keystroke → updated total in the browser, 100-indicator form;
 * - Lighthouse (mobile) on the four page types;
 * - fuzzing, 100,000 runs per target.
 * Writes bench/latest.json and appends to bench/history.jsonl so runs can be compared over time.
 * Exits 1 when a figure is outside its budget.
 */
import { execSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../tests/browser/static-server.ts';
import { bigForm, formsPerSecond, seedForm } from './engine.ts';
import { runFuzz } from './fuzz.ts';
import { builtPages, pageJs } from './js-size.ts';
import { keystrokeLatency } from './keystroke.ts';
import { runLighthouse } from './lighthouse.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const fuzzRuns = args.has('--quick') ? 2_000 : 100_000;

function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    total += s.isDirectory() ? dirSize(full) : s.size;
  }
  return total;
}

/** Budgets: a figure outside its budget fails the bench. */
const BUDGET = {
  /** The calculator in all: framework, engine, decimal.js and UI, everything run to fill in and score a form. */
  calculatorJs: 40 * 1024,
  /** The calculator before it is used: only the inline island scripts (it hydrates on first interaction). */
  calculatorJsOnLoad: 4 * 1024,
  plainPageJs: 0,
  lighthouse: 100,
  seedFormsPerSecond: 500,
  form100FormsPerSecond: 60,
  keystrokeMs100: 100,
};

const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

console.log('构建站点（astro build + pagefind）…');
const t0 = performance.now();
execSync('npm run -s build', { cwd: root, stdio: 'ignore' });
const buildSeconds = Math.round(performance.now() - t0) / 1000;
const searchIndexBytes = dirSize(join(dist, 'pagefind'));

const pages = builtPages(dist).map((p) => pageJs(dist, p));
const pageType = (p: string) => (p === '/' ? '首页' : p === '/calculator/' ? '计算器' : p.split('/')[1] ?? p);
const jsByType: Record<string, { page: string; gzip: number; inAll: number; lazy: number }[]> = {};
for (const p of pages) (jsByType[pageType(p.page)] ??= []).push({ page: p.page, gzip: p.total, inAll: p.inAll, lazy: p.lazy });
const calc = pages.find((p) => p.page === '/calculator/')!;
check(calc.total <= BUDGET.calculatorJsOnLoad, `计算器页加载时 JS ${calc.total} B > ${BUDGET.calculatorJsOnLoad} B`);
check(calc.inAll <= BUDGET.calculatorJs, `计算器页 JS 合计（框架、引擎、decimal.js、界面）${calc.inAll} B > ${BUDGET.calculatorJs} B`);
for (const p of pages) if (p.files.length === 0 && p.onUse.length === 0) check(p.total <= BUDGET.plainPageJs, `${p.page} 无计算器却加载 JS ${p.total} B`);

console.log('引擎吞吐量…');
const engine = { seedFormsPerSecond: formsPerSecond(seedForm()), form100FormsPerSecond: formsPerSecond(bigForm(100)) };
check(engine.seedFormsPerSecond >= BUDGET.seedFormsPerSecond, `示例表 ${engine.seedFormsPerSecond} 张/秒 < ${BUDGET.seedFormsPerSecond}`);
check(engine.form100FormsPerSecond >= BUDGET.form100FormsPerSecond, `100 项表 ${engine.form100FormsPerSecond} 张/秒 < ${BUDGET.form100FormsPerSecond}`);

const server = await startStaticServer(dist);
let lighthouse: Awaited<ReturnType<typeof runLighthouse>> = [];
let keystroke: Awaited<ReturnType<typeof keystrokeLatency>>;
try {
  console.log('浏览器中按键到总分更新的延迟（100 项表）…');
  keystroke = await keystrokeLatency(server.url, bigForm(100));
  check(keystroke.medianMs <= BUDGET.keystrokeMs100, `按键延迟中位数 ${keystroke.medianMs} ms > ${BUDGET.keystrokeMs100} ms`);
  console.log('Lighthouse（移动端）…');
  lighthouse = await runLighthouse(['/', '/indicators/budget-execution-rate/', '/rules/band/', '/calculator/'].map((p) => `${server.url}${p}`));
  for (const r of lighthouse) for (const k of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) check(r[k] >= BUDGET.lighthouse, `Lighthouse ${r.url} ${k} ${r[k]}`);
} finally {
  await server.close();
}

console.log(`模糊测试，每项 ${fuzzRuns} 次…`);
let fuzz: Record<string, number> = {};
try {
  fuzz = runFuzz(fuzzRuns);
} catch (err) {
  failures.push(`模糊测试失败：${(err as Error).message.split('\n')[0]}`);
}

const results = {
  date: new Date().toISOString(),
  commit: execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim(),
  buildSeconds,
  searchIndexBytes,
  javascriptGzipBytes: jsByType,
  engine,
  keystroke,
  lighthouse: lighthouse.map(({ losses, ...r }) => ({ ...r, losses })),
  fuzz: { runsPerTarget: fuzzRuns, secondsPerTarget: fuzz },
  budgets: BUDGET,
  failures,
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
appendFileSync(join(root, 'bench/history.jsonl'), `${JSON.stringify(results)}\n`);

console.log(`\n构建：${buildSeconds} s；搜索索引：${(searchIndexBytes / 1024).toFixed(1)} KB`);
for (const [type, list] of Object.entries(jsByType)) {
  const max = Math.max(...list.map((l) => l.gzip));
  const inAll = Math.max(...list.map((l) => l.inAll));
  console.log(
    `JS（gzip）${type}：${list.length} 页，加载时最多 ${max} B${inAll > max ? `；开始使用后合计 ${inAll} B` : ''}${list.some((l) => l.lazy) ? `；各功能按需加载共 ${Math.max(...list.map((l) => l.lazy))} B` : ''}`,
  );
}
console.log(`引擎：示例表 ${engine.seedFormsPerSecond} 张/秒；100 项表 ${engine.form100FormsPerSecond} 张/秒`);
console.log(`按键到总分（100 项表）：中位数 ${keystroke!.medianMs} ms，最慢 ${keystroke!.maxMs} ms（${keystroke!.samples} 次）`);
for (const r of lighthouse) console.log(`Lighthouse ${new URL(r.url).pathname}：性能 ${r.performance}，无障碍 ${r.accessibility}，最佳做法 ${r.bestPractices}，SEO ${r.seo}`);
for (const [name, s] of Object.entries(fuzz)) console.log(`模糊测试 ${name}：${fuzzRuns} 次，${s} s`);
console.log(`\n结果已写入 bench/latest.json（历史：bench/history.jsonl）`);
if (failures.length) {
  console.log(`\n超出预算：\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else {
  console.log('全部在预算之内。');
}
