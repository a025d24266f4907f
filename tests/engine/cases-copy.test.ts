import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const shared = new URL('../../../shared/cases/', import.meta.url);
const ours = new URL('../cases/', import.meta.url);

// The project keeps its own copy of the golden cases (it must stand alone on a fresh clone). Where
// ../shared is beside the checkout (developers, CI), the copy must be exactly up to date.
describe.runIf(existsSync(shared))('tests/cases is an exact copy of ../shared/cases', () => {
  it('has every shared case, byte for byte', () => {
    for (const file of readdirSync(shared).filter((f) => f.endsWith('.json'))) {
      expect(existsSync(new URL(file, ours)), `${file} is missing from tests/cases`).toBe(true);
      expect(readFileSync(new URL(file, ours), 'utf8'), file).toBe(readFileSync(new URL(file, shared), 'utf8'));
    }
  });
});
