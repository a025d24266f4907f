import { defineConfig } from 'vitest/config';
import { decimalPrune } from './src/integrations/decimal-prune.ts';

// Three projects, run one group after another so that timing-sensitive work does not share the CPU:
// `unit` (engine, CLI, content; Node only), then `browser` (the built site in Debian chromium),
// then `lighthouse` (mobile Lighthouse on the page types, alone on the machine). The orders start at
// 1, not 0: vitest moves a project of groupOrder 0 that runs one file at a time (as `unit` does when
// the machine has 2 cores, one worker) to a group of its own after all the others, so with 0 the
// unit tests ran last.
// Every project's tests see every form installed (tests/setup-all-forms.ts), as Node and the build do.
// Every project also computes with the decimal.js the site ships: the pruned one (issue 13,
// src/integrations/decimal-prune.ts), so the golden cases are checked with the very code that runs in
// the browser. vitest would load decimal.js from node_modules as it is: `inline` passes it through the
// plugin (tests/engine/decimal-prune.test.ts checks that it did).
const setupFiles = ['tests/setup-all-forms.ts'];
const served = { environment: 'node' as const, setupFiles, globalSetup: ['tests/browser/global-setup.ts'], fileParallelism: false };

export default defineConfig({
  plugins: [decimalPrune()],
  test: {
    server: { deps: { inline: ['decimal.js'] } },
    projects: [
      {
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**', 'tests/lighthouse/**'], environment: 'node', setupFiles, testTimeout: 30_000, sequence: { groupOrder: 1 } },
      },
      {
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...served, testTimeout: 120_000, hookTimeout: 60_000, sequence: { groupOrder: 2 } },
      },
      {
        test: { name: 'lighthouse', include: ['tests/lighthouse/**/*.test.ts'], ...served, testTimeout: 300_000, hookTimeout: 60_000, sequence: { groupOrder: 3 } },
      },
    ],
  },
});
