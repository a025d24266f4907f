import type { ScoreOutcome } from './result.ts';
import { validateForm, type FieldLabels } from './schema.ts';
import { scoreForm } from './score-form.ts';

/**
 * Validates untrusted input (a parsed JSON value: an imported file, a share link) as a form file
 * and scores it. Never throws. Kept apart from scoreForm so that a page which builds its forms
 * itself can score without loading the zod schema.
 * @example scoreInput(seedForm) // { ok: true, result: { total: '80.00', … } }
 * `labels` (the forms' layouts, forms/all.ts `labelOnForm`) names a field in a message as the form on
 * screen labels it (validateForm).
 * @example scoreInput({}) // { ok: false, issues: [{ path: 'version', message: '版本号 version：缺失…' }, …] }
 */
export function scoreInput(input: unknown, labels?: FieldLabels): ScoreOutcome {
  const valid = validateForm(input, labels);
  if (!valid.ok) return valid;
  return { ok: true, result: scoreForm(valid.form) };
}
