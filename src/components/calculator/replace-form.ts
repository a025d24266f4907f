import type { Form } from '../../engine/index.ts';
import { isKnownRuleSet } from '../../engine/rule-sets/index.ts';
import type { RuleSet } from '../../engine/rule-sets/rule-set.ts';
import { layoutOf } from '../../forms/index.ts';
import { blankIndicator, blankSubproject, fromForm, templateRows, type Draft } from '../../forms/draft.ts';
import type { Editor } from './editor.ts';
import { loadCalculatorForm } from './forms/registry.ts';
import { keepReplaced } from './replaced-store.ts';
import { loadDraft, sameDraft } from './storage.ts';

/**
 * Replacing the form on screen: 新建空白表, 恢复示例, another kind of form chosen (自评表类型), a file
 * imported (form-files.ts), 编辑副本 of a shared form, a kept form restored or a paste undone. Each asks first when
 * there is work to lose, and sets the visitor's own form aside (找回被替换的表单, ReplacedForms.tsx),
 * so nothing typed is lost (issue 11). The question is asked within the click that asked for the
 * replacement (a dialog that came later would answer a click the visitor has moved on from), so this
 * module comes with the calculator; the replacements that first fetch a form's code or example (改选表,
 * 编辑副本, 恢复示例 of another kind) are in replace-actions.ts, fetched with that code; what only a file
 * import needs is in form-files.ts, what only a paste needs in paste-into.ts, both fetched when used (issue 13).
 */

/**
 * A blank form of a rule set: its template rows (R3) or else one empty row per category, so there
 * is a row to type in, and one empty 子项目 row when the form has them.
 */
export function blankDraft(rules: RuleSet): Draft {
  const rows = templateRows(rules, 1);
  const indicators = rows.length > 0 ? rows : rules.categories.map((c, i) => blankIndicator(c.id, i + 1));
  const hasList = layoutOf(rules.id).blocks.some((b) => b.kind === 'list');
  return {
    ...fromForm({ version: 1, ruleSet: rules.id, indicators: [] }),
    indicators,
    subprojects: hasList ? [blankSubproject(indicators.length + 1)] : [],
  };
}

/**
 * Keeps a form the visitor worked on in 找回被替换的表单 (in this browser's storage, at once) and opens
 * that list (its code fetched now). Kept even when the list's code cannot be fetched (the network
 * gone): the list then shows on the page's next load.
 */
function keepOwn(editor: Editor, own: Draft): void {
  keepReplaced(own);
  void import('./ReplacedForms.tsx').then(
    (m) => editor.showKept(m),
    () => undefined,
  );
}

/**
 * When to ask before a form is replaced: `changed` when what is on screen differs from the
 * replacement, `edited` only when it is the visitor's own work (not the untouched example or blank
 * form), `saved` when the visitor has their own autosaved form, `never` for a choice already made
 * (a kept form restored, a paste undone).
 */
export type Ask = 'changed' | 'edited' | 'saved' | 'never';

/**
 * Replaces the editor's form with `next`, after asking `question` (confirm) when `ask` says so.
 * The visitor's own form is kept (never the untouched example or blank form). Returns false when the
 * visitor said no (nothing changed).
 */
export function replaceDraft(editor: Editor, next: Draft, question: string, ask: Ask): boolean {
  const current = editor.draft();
  const { initial } = editor;
  const blank = blankDraft(editor.ruleSet);
  const saved = loadDraft();
  const mustAsk =
    ask === 'never'
      ? false
      : ask === 'saved'
        ? !!saved && !sameDraft(saved, initial) && !sameDraft(saved, next)
        : !sameDraft(current, next) && (ask === 'changed' || (!sameDraft(current, initial) && !sameDraft(current, blank)));
  if (mustAsk && !confirm(question)) return false;
  const own = ask === 'saved' ? saved : current;
  if (own && !sameDraft(own, next) && !sameDraft(own, initial) && !sameDraft(own, blank)) keepOwn(editor, own);
  // The form that replaces this one is not a new blank form nobody touched (新建空白表 says so itself).
  editor.setUntouched(null);
  editor.setDraft(next);
  return true;
}

/** 新建空白表: a blank form of the kind on screen, whose “not filled yet” checks wait until its rows are typed in. */
export function newBlank(editor: Editor): void {
  const blank = blankDraft(editor.ruleSet);
  if (replaceDraft(editor, blank, '新建空白表会清除当前填写的内容（原来的表会保留在“找回被替换的表单”里，可以恢复）。确定吗？', 'changed')) {
    editor.setUntouched(new Set(blank.indicators.map((r) => r.key)));
  }
}

/** Asked before 恢复示例 replaces a form the visitor changed (also by replace-actions.ts, for a form of another kind). */
export const RESTORE_QUESTION = '恢复示例会清除当前填写的内容（原来的表会保留在“找回被替换的表单”里，可以恢复）。确定吗？';

/** What 改选表 (自评表类型) and 编辑副本 say when the form's code, or replace-actions.ts, cannot be fetched (the network gone). */
const FORM_NOT_LOADED = '这种自评表所需的文件没有载入（网络可能已断开）：请稍后';

/**
 * The replacements that must first fetch a form's code or example (replace-actions.ts), fetched
 * when one is asked for, together with what it needs; `failed` (Chinese) is said when either cannot
 * be fetched (the network gone): the form on screen is unchanged.
 */
function later(editor: Editor, failed: string, run: (m: typeof import('./replace-actions.ts')) => unknown, ...needs: Promise<unknown>[]): void {
  Promise.all([import('./replace-actions.ts'), ...needs])
    .then(([m]) => run(m))
    .catch(() => editor.setNotice({ ok: false, text: failed }));
}

/**
 * 恢复示例: the example of the form on screen — the page's own, or, for a form of another kind, that
 * form's example fetched on demand (a visitor who chose 中央部门 100 分 on the Suzhou page gets the
 * central example, not the Suzhou one: replace-actions.ts).
 */
export function restoreExample(editor: Editor): void {
  const kind = editor.draft().ruleSet;
  if (kind === editor.initial.ruleSet) replaceDraft(editor, editor.initial, RESTORE_QUESTION, 'changed');
  else later(editor, '示例表没有载入（网络可能已断开）：请稍后再点一次“恢复示例”。当前的表格没有改动。', (m) => m.restoreOther(editor, kind));
}

/** Starts a blank form of another kind (苏州市级 / 中央部门, its code loaded now: replace-actions.ts), after asking when there is work to lose. */
export function chooseForm(editor: Editor, id: string): void {
  if (!isKnownRuleSet(id) || id === editor.ruleSet.id) return;
  later(editor, `${FORM_NOT_LOADED}再点一次。当前的表格没有改动。`, (m) => m.chooseForm(editor, id), loadCalculatorForm(id));
}

/** 编辑副本: a shared form copied into the editor once its form's code is loaded (replace-actions.ts). */
export function editCopy(editor: Editor, form: Form): void {
  later(editor, `${FORM_NOT_LOADED}再点“编辑副本”。`, (m) => m.editCopy(editor, form), loadCalculatorForm(form.ruleSet));
}
