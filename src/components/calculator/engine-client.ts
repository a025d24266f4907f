/**
 * The engine as the calculator island uses it: the rules, the mechanisms and decimal.js, without
 * the zod schema. The calculator builds its forms itself (draft.ts checks every typed cell with the
 * same field rules), so it scores them directly; files, which are untrusted, are validated by the
 * schema (engine/score-input.ts), loaded only when one is imported (links by the share decoder).
 * The sentences that explain a score (engine/explain.ts) and the curves are not here either: they
 * load when a visitor opens an explanation (Sentences.tsx).
 * None of it runs before the visitor reaches for the form: the page is rendered at build time with
 * the seed scored, and the island wakes on the first interaction (client:intent).
 */
// The scoring modules themselves, not the engine's index: the index also installs the explanation
// sentences, which the calculator loads only when an explanation is opened (Sentences.tsx).
import { scoreForm } from '../../engine/score-form.ts';
import { NO_INDICATORS } from '../../engine/field-rules.ts';
import type { Form, ScoreOutcome } from '../../engine/index.ts';

/**
 * Scores a form the calculator built from its draft (draft.ts `toInput`), or one already validated
 * (a file or link that passed the schema). Never throws: an empty indicator list gets the same
 * message the schema gives a file (R1 needs at least one indicator), anything else unexpected a
 * Chinese message rather than a broken page.
 */
export function score(form: Form): ScoreOutcome {
  if (form.indicators.length === 0) return { ok: false, issues: [{ path: 'indicators', message: `指标表：${NO_INDICATORS}。请用指标表下面的“＋ 添加…”按钮添加一行，或粘贴、导入一张表。` }] };
  try {
    return { ok: true, result: scoreForm(form) };
  } catch (error) {
    return { ok: false, issues: [{ path: '', message: `计分时出错：${String(error)}` }] };
  }
}
