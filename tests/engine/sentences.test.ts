import { describe, expect, it } from 'vitest';
// Only the scoring modules, as the calculator island imports them: not the engine's index, which
// installs the sentences. (Vitest runs each test file in its own module graph.)
import { scoreForm } from '../../src/engine/score-form.ts';
import { explainerInstalled, installExplainer } from '../../src/engine/sentences.ts';
import { goldenCases } from '../helpers/forms.ts';

describe('explanation sentences load apart from scoring (issue 13)', () => {
  const seed = goldenCases().find((c) => c.file === 'seed-2020-old-residential-pilot.json')!;
  const central = goldenCases().find((c) => c.file.startsWith('central-') && c.form.execution)!;

  it('scores to the cent without them, and says plainly when they are read before being loaded', () => {
    expect(explainerInstalled()).toBe(false);
    const result = scoreForm(seed.form);
    expect(result.total).toBe(seed.expected.total);
    expect(result.indicators.map((r) => r.score)).toEqual(seed.expected.indicators.map((i) => i.score));
    expect(() => result.indicators[0]!.explanation).toThrow(/explanation sentences are not loaded/);
    expect(() => result.indicators[0]!.summary).toThrow(/installExplainer/);
    const c = scoreForm(central.form);
    expect(c.execution?.rate).toBe(central.expected.execution?.rate);
    expect(() => c.execution!.summary).toThrow(/not loaded/);
  });

  it('once installed, results scored before and after read the same sentences, in the same JSON as the index gives', async () => {
    const before = scoreForm(seed.form);
    const beforeCentral = scoreForm(central.form);
    const { explainSteps, summarize, summarizeExecution } = await import('../../src/engine/explain.ts');
    installExplainer({ explainSteps, summarize, summarizeExecution });
    expect(explainerInstalled()).toBe(true);
    const after = scoreForm(seed.form);
    expect(JSON.stringify(before)).toBe(JSON.stringify(after));
    expect(before.indicators[6]!.summary).toBe(after.indicators[6]!.summary);
    expect(before.indicators[6]!.explanation.length).toBeGreaterThan(1);
    // The result's keys keep their order: sentences between steps and checks, rows and execution alike.
    expect(Object.keys(after.indicators[0]!).slice(-4, -1)).toEqual(['steps', 'explanation', 'summary']);
    const execution = beforeCentral.execution!;
    expect(Object.keys(execution)).toEqual(['label', 'weight', 'rate', 'score', 'selfScore', 'base', 'executed', 'baseColumn', 'steps', 'explanation', 'summary', 'checks']);
    expect(execution.summary).toBe(execution.rate === null ? execution.explanation.at(-1) : `执行率 ${execution.rate}%，得 ${execution.score}`);
  });
});
