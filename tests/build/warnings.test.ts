import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * The README says the build prints no warning (it explains the one message astro.config.mjs filters:
 * MODULE_LEVEL_DIRECTIVE on "use astro:head-inject"). The bundler only logs its warnings, even
 * when asked to treat them as errors, so the build succeeds with them; this test builds the site
 * again into a folder of its own and fails on any `[WARN]` or `[ERROR]` line, quoting it. It once
 * would have caught INEFFECTIVE_DYNAMIC_IMPORT (a module imported both statically and on demand).
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'build-warnings-'));
/** Astro's own command line, run by the Node that runs the tests (the project's pinned Node 24). */
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Drops terminal colour codes, so the quoted lines read as plain text. */
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('the build', () => {
  it('prints no warning and no error', () => {
    const run = spawnSync(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = plain(`${run.stdout}\n${run.stderr}`);
    expect(run.status, output.slice(-4000)).toBe(0);
    // Proof the build ran and logged as expected, so an empty list below means something.
    expect(output).toMatch(/\d+ page\(s\) built/);
    const flagged = output.split('\n').filter((line) => /\[(WARN|ERROR)\]/.test(line));
    expect(flagged).toEqual([]);
  }, 180_000);
});
