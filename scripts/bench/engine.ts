/**
 * Engine throughput in Node: forms scored per second for the seed form and for a 100-indicator
 * form (validation included, as the calculator and the score command do it). Printed as JSON.
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

/** Scores `form` repeatedly for about `ms` milliseconds; returns forms per second. */
export function formsPerSecond(form: Form, ms = 1500): number {
  const json = JSON.parse(JSON.stringify(form));
  for (let i = 0; i < 20; i++) scoreInput(json);
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    scoreInput(json);
    count++;
  }
  return Math.round((count * 1000) / (performance.now() - start));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify({ seedFormsPerSecond: formsPerSecond(seedForm()), form100FormsPerSecond: formsPerSecond(bigForm(100)) }));
}
