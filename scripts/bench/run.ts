/**
 * `npm run bench`: measures what issues 5 and 13 ask and prints every figure against its limit and
 * its target (bench/budgets.ts, the same numbers the tests use):
 * - build time of the whole site, and the search index size;
 * - JavaScript shipped per page type (gzip);
 * - engine throughput in Node (seed form, 100-indicator form);
 * - keystroke → updated total in the browser, 100-indicator form (median and worst);
 * - Lighthouse (mobile) on LIGHTHOUSE.pages and the share links of LIGHTHOUSE.sharedForms (the
 *   calculator showing the central form), best of LIGHTHOUSE.runs runs per page, as the test;
 * - fuzzing, 100,000 runs per target (`--quick`: 2,000).
 * Changes no tracked file unless `--save` (then writes bench/latest.json and appends to
 * bench/history.jsonl). Exits 1 when a figure is past its limit (the same limits as CI); a figure
 * that misses only its target is printed as such and does not fail.
 */
import { execSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINE, JS, KEYSTROKE, LIGHTHOUSE, meetsTarget, pageType, withinLimit, type Budget } from '../../bench/budgets.ts';
import { startStaticServer } from '../../tests/browser/static-server.ts';
import { bigForm, formsPerSecond, seedForm } from './engine.ts';
import { runFuzz } from './fuzz.ts';
import { builtPages, pageJs } from './js-size.ts';
import { keystrokeLatency } from './keystroke.ts';
import { bestLighthouse, lighthousePages } from './lighthouse.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const args = new Set(process.argv.slice(2));
const fuzzRuns = args.has('--quick') ? 2_000 : 100_000;
const save = args.has('--save');

function dirSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    total += s.isDirectory() ? dirSize(full) : s.size;
  }
  return total;
}

/** A figure against its budget, as printed and saved. */
interface Verdict {
  label: string;
  value: number;
  limit: number;
  target: number;
  unit: string;
  kind: 'max' | 'min';
  withinLimit: boolean;
  meetsTarget: boolean;
}

const verdicts: Verdict[] = [];
const failures: string[] = [];
const fmt = (n: number, unit: string) => (unit === 'B' && n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n.toLocaleString('en-US')} ${unit}`);
/** Records `value` against budget `b`; past the limit is a failure (exit 1), short of the target only a note. */
const judge = (b: Budget, value: number, what = b.label) => {
  const v = { label: what, value, limit: b.limit, target: b.target, unit: b.unit, kind: b.kind, withinLimit: withinLimit(b, value), meetsTarget: meetsTarget(b, value) };
  verdicts.push(v);
  if (!v.withinLimit) failures.push(`${what} ${fmt(value, b.unit)}，${b.kind === 'max' ? '上限' : '下限'} ${fmt(b.limit, b.unit)}`);
  return v;
};
const line = (v: Verdict) => {
  const bound = `${v.kind === 'max' ? '上限' : '下限'} ${fmt(v.limit, v.unit)}`;
  const cmp = v.limit === v.target ? bound : `${bound}，目标 ${fmt(v.target, v.unit)}`;
  const mark = !v.withinLimit ? '✗ 超出限度' : v.meetsTarget ? '✓' : '✓ 在限度内，未达目标';
  return `${v.label}：${fmt(v.value, v.unit)}（${cmp}）${mark}`;
};


console.log('构建站点（astro build + pagefind）…');
const t0 = performance.now();
execSync('npm run -s build', { cwd: root, stdio: 'ignore' });
const buildSeconds = Math.round(performance.now() - t0) / 1000;
const searchIndexBytes = dirSize(join(dist, 'pagefind'));

const pages = builtPages(dist).map((p) => pageJs(dist, p));
const typeName = (p: string) => (p === '/' ? '首页' : p === '/calculator/' ? '计算器' : p === '/calculator/central/' ? '计算器（中央表）' : pageType(p));
const jsByType: Record<string, { page: string; gzip: number; inAll: number; lazy: number }[]> = {};
for (const p of pages) (jsByType[typeName(p.page)] ??= []).push({ page: p.page, gzip: p.total, inAll: p.inAll, lazy: p.lazy });
// Each calculator page (/calculator/ on the Suzhou form, /calculator/central/ on the central one), with its own form's code.
const isCalculator = (page: string) => pageType(page) === 'calculator';
for (const calc of pages.filter((p) => isCalculator(p.page))) {
  judge(JS.calculatorFilesOnLoad, calc.files.length, `${calc.page} ${JS.calculatorFilesOnLoad.label}`);
  judge(JS.calculatorOnLoad, calc.total, `${calc.page} ${JS.calculatorOnLoad.label}`);
  if (calc.onUse.length === 0) failures.push(`${calc.page} 未找到开始使用后加载的脚本文件（无法测量 JS 合计）`);
  judge(JS.calculatorInAll, calc.inAll, `${calc.page} ${JS.calculatorInAll.label}`);
}
for (const p of pages) {
  if (isCalculator(p.page)) continue;
  const b = p.files.length > 0 ? JS.miniCalculator : JS.plainPage;
  if (!withinLimit(b, p.total)) judge(b, p.total, `${p.page} ${b.label}`);
}
const mini = pages.filter((p) => !isCalculator(p.page) && p.files.length > 0);
if (mini.length) judge(JS.miniCalculator, Math.max(...mini.map((p) => p.total)), `${JS.miniCalculator.label}（最多）`);
judge(JS.plainPage, Math.max(0, ...pages.filter((p) => p.files.length === 0 && p.onUse.length === 0).map((p) => p.total)), `${JS.plainPage.label}（最多）`);

console.log('引擎吞吐量…');
const engine = { seedFormsPerSecond: formsPerSecond(seedForm()), form100FormsPerSecond: formsPerSecond(bigForm(100)) };
judge(ENGINE.seedFormsPerSecond, engine.seedFormsPerSecond);
judge(ENGINE.form100FormsPerSecond, engine.form100FormsPerSecond);

const server = await startStaticServer(dist);
const lighthouse: (Awaited<ReturnType<typeof bestLighthouse>> & { label: string })[] = [];
let keystroke: Awaited<ReturnType<typeof keystrokeLatency>>;
try {
  console.log('浏览器中按键到总分更新的延迟（100 项表）…');
  keystroke = await keystrokeLatency(server.url, bigForm(100));
  judge(KEYSTROKE.medianMs, keystroke.medianMs);
  judge(KEYSTROKE.worstMs, keystroke.maxMs);
  console.log(`Lighthouse（移动端，每页最多 ${LIGHTHOUSE.runs} 次取最好）…`);
  for (const { path, label } of lighthousePages()) {
    const r = await bestLighthouse(`${server.url}${path}`);
    lighthouse.push({ ...r, label });
    for (const [k, name] of [['performance', '性能'], ['accessibility', '无障碍'], ['bestPractices', '最佳做法'], ['seo', 'SEO']] as const) {
      judge(LIGHTHOUSE.score, r[k], `Lighthouse ${label} ${name}`);
    }
  }
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
  lighthouse: lighthouse.map(({ url, label, ...r }) => ({ page: label, ...r })),
  fuzz: { runsPerTarget: fuzzRuns, secondsPerTarget: fuzz },
  verdicts,
  failures,
};

console.log(`\n构建：${buildSeconds} s；搜索索引：${(searchIndexBytes / 1024).toFixed(1)} KB`);
for (const [type, list] of Object.entries(jsByType)) {
  const max = Math.max(...list.map((l) => l.gzip));
  const inAll = Math.max(...list.map((l) => l.inAll));
  console.log(
    `JS（gzip）${type}：${list.length} 页，加载时最多 ${max} B${inAll > max ? `；开始使用后合计 ${inAll} B` : ''}${list.some((l) => l.lazy) ? `；各功能按需加载共 ${Math.max(...list.map((l) => l.lazy))} B` : ''}`,
  );
}
console.log(`按键到总分（100 项表）：${keystroke!.samples} 次`);
for (const r of lighthouse) console.log(`Lighthouse ${r.label}（${r.runs} 次中最好）：性能 ${r.performance}，无障碍 ${r.accessibility}，最佳做法 ${r.bestPractices}，SEO ${r.seo}${r.losses.length ? `；失分：${r.losses.join('; ')}` : ''}`);
for (const [name, s] of Object.entries(fuzz)) console.log(`模糊测试 ${name}：${fuzzRuns} 次，${s} s`);
console.log('\n各项与限度（CI 同一标准，bench/budgets.ts）和目标：');
for (const v of verdicts) if (!v.label.startsWith('Lighthouse') || !v.withinLimit) console.log(`- ${line(v)}`);
const lhOk = verdicts.filter((v) => v.label.startsWith('Lighthouse') && v.withinLimit).length;
console.log(`- Lighthouse：${lhOk} 项达到 ${LIGHTHOUSE.score.limit}（共 ${lighthouse.length} 页 × 4 项）`);

if (save) {
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  appendFileSync(join(root, 'bench/history.jsonl'), `${JSON.stringify(results)}\n`);
  console.log(`\n结果已写入 bench/latest.json（历史：bench/history.jsonl）`);
} else {
  console.log('\n未写入任何文件（加 --save 写入 bench/latest.json 并追加到 bench/history.jsonl）');
}
if (failures.length) {
  console.log(`\n超出限度（退出码 1）：\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else {
  console.log('全部在限度之内。');
}
