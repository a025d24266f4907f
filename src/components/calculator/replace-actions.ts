import type { Form } from '../../engine/index.ts';
import { getRuleSet } from '../../engine/rule-sets/index.ts';
import { layoutOf } from '../../forms/index.ts';
import { fromForm } from '../../forms/draft.ts';
import { ruleSetView } from '../../forms/view.ts';
import type { Editor } from './editor.ts';
import { loadCalculatorForm } from './forms/registry.ts';
import { blankDraft, replaceDraft, RESTORE_QUESTION } from './replace-form.ts';

/**
 * The replacements of the form on screen that must first fetch a form's code or example: 改选表
 * (自评表类型), 编辑副本 and 恢复示例 while a form of another kind than the page's is on screen. Fetched
 * when one is asked for, together with that code (replace-form.ts `later`, which says so in Chinese
 * when either cannot be fetched), so none of this loads to fill in and score a form (issue 13). Each
 * asks, as replace-form.ts `replaceDraft` does, before work is lost, and keeps the visitor's own form.
 */

/**
 * Each form's example (content/examples), fetched when 恢复示例 is pressed while a form of another
 * kind than the page's own example is on screen (the page's example comes with the page). A third
 * form adds its line here.
 */
const examples: Record<string, () => Promise<{ default: unknown }>> = {
  'suzhou-2017': () => import('../../../content/examples/seed-2020-old-residential-pilot.json'),
  'central-2020': () => import('../../../content/examples/central-2022-skills-training.json'),
};

/**
 * The example form of this rule set, or null for a rule set without one.
 * @throws the import's error when its file cannot be fetched (the network gone): the caller says so in Chinese.
 */
export async function loadExample(ruleSetId: string): Promise<Form | null> {
  if (!Object.hasOwn(examples, ruleSetId)) return null;
  return (await examples[ruleSetId]!()).default as Form;
}

/**
 * 恢复示例 with a form of another kind than the page's on screen: that form's example (a visitor who
 * chose 中央部门 100 分 on the Suzhou page gets the central example), fetched now, or the page's own
 * when that kind has none.
 * @throws the import's error when the example cannot be fetched (the caller says so).
 */
export async function restoreOther(editor: Editor, kind: string): Promise<void> {
  const example = await loadExample(kind);
  replaceDraft(editor, example ? fromForm(example) : editor.initial, RESTORE_QUESTION, 'changed');
}

/** Starts a blank form of another kind (its code loaded by the caller), after asking when there is work to lose, and says so. */
export async function chooseForm(editor: Editor, id: string): Promise<void> {
  if (!(await loadCalculatorForm(id))) return;
  // This action's outcome replaces the last one's message (also when the visitor says no).
  editor.setNotice(null);
  const rules = getRuleSet(id)!;
  const name = ruleSetView(rules).shortLabel;
  if (replaceDraft(editor, blankDraft(rules), `改用“${name ?? rules.label}”会新建一张空白表，替换当前填写的内容（原来的表会保留在“找回被替换的表单”里，可以恢复）。确定吗？`, 'edited')) {
    editor.setNotice({ ok: true, text: `已新建一张空白的${layoutOf(rules.id).title}（${name ?? rules.total + ' 分'}）。` });
  }
}

/** 编辑副本: a shared form (its code loaded by the caller) copied into the editor, in place of the visitor's autosaved one (asked first), and the editor shown. */
export function editCopy(editor: Editor, form: Form): void {
  if (!replaceDraft(editor, fromForm(form), '“编辑副本”会用分享的表单替换您在本浏览器中自动保存的表单（原来的表会保留在“找回被替换的表单”里，可以恢复）。确定吗？', 'saved')) return;
  editor.showEditor();
  editor.setNotice({ ok: true, text: '已把分享的表单复制到编辑区，之后的修改只保存在您的浏览器中。' });
}
