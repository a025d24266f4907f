/**
 * The form-file validator as the calculator loads it: only when a file is imported (the zod schema,
 * about 9 KB gzip, is not needed to fill in and score a form; see ./engine-client.ts).
 */
import { scoreInput } from '../../engine/score-input.ts';
import type { ScoreOutcome } from '../../engine/index.ts';

/**
 * Validates untrusted input (a parsed form file) against the form-file schema (form-format.md) and
 * scores it. Never throws: a problem in the engine becomes a Chinese message.
 */
export function scoreFile(input: unknown): ScoreOutcome {
  try {
    return scoreInput(input);
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `计分时出错：${String(error)}` }] };
  }
}
