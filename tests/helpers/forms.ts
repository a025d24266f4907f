import { readFileSync, readdirSync } from 'node:fs';
import type { Form, IndicatorInput } from '../../src/engine/index.ts';

const casesDir = new URL('../cases/', import.meta.url);

/** A golden case: a form and the exact result it must give (form-format.md, “Golden cases”). */
export interface GoldenCase {
  file: string;
  description: string;
  form: Form;
  expected: {
    total: string;
    /** Central cases: the maximum, the grade and the computed execution rate (form-format.md). */
    max?: string;
    grade?: string;
    execution?: { rate: string | null };
    categories: Record<string, string>;
    indicators: { name: string; weight: string; ratio: string | null; score: string }[];
    checks: string[];
  };
}

/** Every golden case of tests/cases, by file name. */
export function goldenCases(): GoldenCase[] {
  return readdirSync(casesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(new URL(file, casesDir), 'utf8')) }));
}

/** The seed's 2020 form (a fresh copy). */
export function seedForm(): Form {
  const seed = goldenCases().find((c) => c.file === 'seed-2020-old-residential-pilot.json')!;
  return structuredClone(seed.form);
}

/** A minimal valid form with these indicators and nothing else. */
export function formOf(indicators: IndicatorInput[], extra: Partial<Form> = {}): Form {
  return { version: 1, ruleSet: 'suzhou-2017', indicators, ...extra };
}
