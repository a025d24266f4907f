/**
 * Engine throughput in Node: forms scored per second for the seed form and for a 100-indicator
 * form (validation included, as the score command does it), per second of CPU time. Printed as JSON.
 */
import { readFileSync } from 'node:fs';
import { scoreInput, type Form } from '../../src/engine/index.ts';

/** The seed form, as the golden case holds it. */
export function seedForm(): Form {
  return JSON.parse(readFileSync(new URL('../../tests/cases/seed-2020-old-residential-pilot.json', import.meta.url), 'utf8')).form;
}

/** A form with `n` indicators: the seed's 投入 rows, and mixed 产出/结果/影响力 rows with shortfalls. */
export function bigForm(n = 100): Form {
  const form = seedForm();
  const input = form.indicators.filter((i) => i.category === 'input');
  const rest = Array.from({ length: n - input.length }, (_, i) => {
    const category = (['output', 'outcome', 'impact'] as const)[i % 3]!;
    return { category, name: `指标 ${i + 1}`, target: i % 4 === 0 ? '≤100万元' : `≥${90 + (i % 10)}%`, actual: i % 4 === 0 ? `${95 + (i % 20)}万元` : `${85 + (i % 15)}%` };
  });
  return { ...form, indicators: [...input, ...rest] };
}

/**
 * Scores `form` repeatedly for about `ms` milliseconds of this process's CPU time (user + system,
 * one thread) after a warm-up; returns forms per second of CPU time. CPU time rather than the
 * clock: on a machine shared with other work the clock counts the time the process waits for a
 * core, which says nothing of the engine (issue 13: one core, warm).
 */
export function formsPerSecond(form: Form, ms = 1500): number {
  const json = JSON.parse(JSON.stringify(form));
  for (let i = 0; i < 50; i++) scoreInput(json);
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  let count = 0;
  const start = process.cpuUsage();
  while (cpuMs(start) < ms) {
    for (let i = 0; i < 10; i++) scoreInput(json);
    count += 10;
  }
  return Math.round((count * 1000) / cpuMs(start));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ seedFormsPerSecond: formsPerSecond(seedForm()), form100FormsPerSecond: formsPerSecond(bigForm(100)) }));
}
