import type { Form } from '../../engine/index.ts';
import { MAX_FORM_BYTES } from '../../engine/field-rules.ts';
import { fromForm, toInput, type Draft } from '../../forms/draft.ts';
import type { Editor } from './editor.ts';
import { score } from './engine-client.ts';
import { loadCalculatorForm } from './forms/registry.ts';
import { replaceDraft } from './replace-form.ts';
import type { Notice } from './Toolbar.tsx';

/**
 * A form moved in and out of the calculator as a file (the toolbar's 导入文件, 导出 JSON, 导出 CSV),
 * and the download of any text as a file. Files stay in the browser: nothing is uploaded. Fetched when
 * a visitor first uses one of these (issue 13); the CSV code, the form-file schema (zod) and the file
 * reader load with the action that needs them.
 */

/** Saves a text as a file in the browser's downloads (nothing is uploaded). */
export function downloadText(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the project name: `绩效自评表-项目名称.json`. */
function fileName(draft: Draft, ext: string): string {
  const name = (draft.fields['project/name'] ?? '').trim().replace(/[\\/:*?"<>|\s]+/g, '').slice(0, 40);
  return `绩效自评表${name ? `-${name}` : ''}.${ext}`;
}

/**
 * 导出 JSON: the form file of what is on screen. It never leaves a cell out silently (issue 14): it
 * keeps what was typed, and the notice names the cells that are not numbers yet.
 */
export async function exportJson(draft: Draft, onNotice: (notice: Notice) => void): Promise<void> {
  const typed = await import('../../export/typed-form.ts');
  const { form: asTyped, unread } = typed.typedForm(draft, toInput(draft));
  downloadText(`${JSON.stringify(asTyped, null, 2)}\n`, fileName(draft, 'json'), 'application/json');
  onNotice(unread.length === 0 ? { ok: true, text: '已导出 JSON 文件（自评表文件格式，可再导入本站）。' } : { ok: false, text: typed.jsonNotice(unread) });
}

/**
 * 导出 CSV (for spreadsheets) of `form`, the form file of what is on screen when it is valid (else
 * null): refused, naming the cells, until every cell can be read (issue 14).
 */
export async function exportCsv(draft: Draft, form: Form | null, onNotice: (notice: Notice) => void): Promise<void> {
  const unread = toInput(draft).fieldIssues;
  if (form && unread.length > 0) {
    const typed = await import('../../export/typed-form.ts');
    onNotice({ ok: false, text: typed.csvRefusal(unread) });
    return;
  }
  if (!form) {
    onNotice({ ok: false, text: '表格有无法计分的内容，暂时不能导出 CSV：请先修改上面列出的格子（也可以先导出 JSON 保存）。' });
    return;
  }
  const csv = await import('../../export/csv.ts');
  const outcome = score(form);
  downloadText(await csv.formToCsv(form, outcome.ok ? outcome.result : null), fileName(draft, 'csv'), 'text/csv;charset=utf-8');
  onNotice({ ok: true, text: '已导出 CSV 文件（UTF-8，Excel 和 WPS 可直接打开）。' });
}

/**
 * 导入文件: a JSON or CSV file read and validated by the form-file schema (a file is untrusted). A
 * valid form replaces the one on screen (asked first when it is the visitor's own work, kept in
 * 找回被替换的表单), its form's code loaded first; otherwise the notice says why, in Chinese.
 */
export async function importFile(editor: Editor, file: File): Promise<void> {
  const [io, validated] = await Promise.all([import('../../export/import-file.ts'), import('../../engine/score-input.ts')]);
  // Over the size limit, the file is refused before it is read (a wrong pick may be gigabytes).
  const read =
    file.size > MAX_FORM_BYTES
      ? { ok: false as const, message: io.tooBig(file.name) }
      : await io.readFormBytes(file.name, new Uint8Array(await file.arrayBuffer()), validated.scoreInput);
  if (!read.ok) return editor.setNotice({ ok: false, text: read.message });
  editor.setNotice(null);
  const what = file.name;
  try {
    await loadCalculatorForm(read.form.ruleSet);
  } catch {
    editor.setNotice({ ok: false, text: `“${what}”所需的文件没有载入（网络可能已断开）：请稍后再导入一次。当前的表格没有改动。` });
    return;
  }
  if (replaceDraft(editor, fromForm(read.form), `导入“${what}”会替换当前填写的内容（原来的表会保留在“找回被替换的表单”里）。确定吗？`, 'edited')) {
    editor.setNotice({ ok: true, text: `已导入“${what}”。` });
  }
}
