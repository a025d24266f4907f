import type { Form } from '../../engine/index.ts';
import { MAX_FORM_BYTES } from '../../engine/field-rules.ts';
import { score } from './engine-client.ts';
import { toInput, type Draft } from '../../forms/draft.ts';

export interface Notice {
  ok: boolean;
  text: string;
}

interface Props {
  draft: Draft;
  /** The form file of what is on screen when it is valid (for CSV and sharing), else null. */
  form: Form | null;
  notice: Notice | null;
  onNotice: (notice: Notice | null) => void;
  /** A valid form read from a file; `what` names the file. */
  onLoad: (form: Form, what: string) => void;
  onReset: () => void;
  onBlank: () => void;
  onShare: () => void;
  /** Prints the form as the official table (the print sheet's code may still be on its way). */
  onPrint: () => void;
}

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
 * Start over, move a form in and out as a JSON or CSV file, print, and share. Files stay in the
 * browser; the CSV code and the share dialog are loaded only when used.
 */
export function Toolbar({ draft, form, notice, onNotice, onLoad, onReset, onBlank, onShare, onPrint }: Props) {
  // Exports never leave a cell out silently (issue 14): JSON keeps what was typed and names the cells
  // that are not numbers yet; CSV (for spreadsheets) is refused until they are fixed, naming them.
  const exportJson = async () => {
    const typed = await import('../../export/typed-form.ts');
    const { form: asTyped, unread } = typed.typedForm(draft, toInput(draft));
    downloadText(`${JSON.stringify(asTyped, null, 2)}\n`, fileName(draft, 'json'), 'application/json');
    onNotice(unread.length === 0 ? { ok: true, text: '已导出 JSON 文件（自评表文件格式，可再导入本站）。' } : { ok: false, text: typed.jsonNotice(unread) });
  };

  const exportCsv = async () => {
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
  };

  const upload = async (file: File) => {
    // A file is untrusted: validated by the form-file schema (zod), loaded only now.
    const [io, validated] = await Promise.all([import('../../export/import-file.ts'), import('../../engine/score-input.ts')]);
    // Over the size limit, the file is refused before it is read (a wrong pick may be gigabytes).
    const read =
      file.size > MAX_FORM_BYTES
        ? { ok: false as const, message: io.tooBig(file.name) }
        : await io.readFormBytes(file.name, new Uint8Array(await file.arrayBuffer()), validated.scoreInput);
    if (read.ok) {
      onNotice(null);
      onLoad(read.form, file.name);
    } else onNotice({ ok: false, text: read.message });
  };

  return (
    <div class="toolbar" data-pagefind-ignore>
      <div class="toolbar-group" role="group" aria-label="表单">
        <button type="button" class="small-button" onClick={onBlank}>
          新建空白表
        </button>
        <button type="button" class="small-button" onClick={onReset}>
          恢复示例
        </button>
        <label class="small-button file-button">
          导入文件
          <input
            type="file"
            accept="application/json,.json,text/csv,.csv,text/plain,.txt,text/tab-separated-values,.tsv"
            class="visually-hidden"
            data-testid="import-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void upload(file);
            }}
          />
        </label>
      </div>
      <div class="toolbar-group" role="group" aria-label="导出">
        <button type="button" class="small-button" onClick={() => void exportJson()}>
          导出 JSON
        </button>
        <button type="button" class="small-button" onClick={() => void exportCsv()}>
          导出 CSV
        </button>
        <button type="button" class="small-button" onClick={onPrint}>
          打印
        </button>
        <button data-share-opener type="button" class="small-button primary-button" onClick={onShare}>
          分享链接
        </button>
      </div>
      <p class="autosave-note">自动保存在本浏览器中，不会上传。</p>
      {notice && (
        <p class={notice.ok ? 'toolbar-message ok' : 'toolbar-message'} role={notice.ok ? 'status' : 'alert'} data-testid="toolbar-message">
          {notice.text}
        </p>
      )}
    </div>
  );
}
