import type { Form } from '../../engine/index.ts';
import type { Draft } from '../../forms/draft.ts';
import type { Editor } from './editor.ts';

/** A message under the toolbar: what an action did (`ok`), or why it could not. */
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
  /** The calculator's state, for a file imported (form-files.ts puts its form on screen). */
  editor: Editor;
  onReset: () => void;
  onBlank: () => void;
  onShare: () => void;
  /** Prints the form as the official table (the print sheet's code may still be on its way). */
  onPrint: () => void;
}

/**
 * Start over, move a form in and out as a JSON or CSV file, print, and share. Files stay in the
 * browser; their code (form-files.ts), the CSV code and the share dialog are loaded only when used.
 */
export function Toolbar({ draft, form, notice, onNotice, editor, onReset, onBlank, onShare, onPrint }: Props) {
  /**
   * Runs a file action (form-files.ts, fetched the first time one is used, and the export or import
   * code it fetches in turn). If that code cannot be fetched (the network gone), says so by the
   * action's name; the form on screen is unchanged.
   */
  const files = (action: string, run: (m: typeof import('./form-files.ts')) => unknown) =>
    void import('./form-files.ts')
      .then(run)
      .catch(() => onNotice({ ok: false, text: `“${action}”所需的文件没有载入（网络可能已断开）：请联网后再试一次。当前的表格没有改动。` }));

  return (
    // Each action's outcome replaces the last one's message (an error stays until the next action).
    <div class="toolbar" data-pagefind-ignore onClickCapture={(e) => (e.target as Element).closest('button, label') && onNotice(null)}>
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
              if (file) files('导入文件', (m) => m.importFile(editor, file));
            }}
          />
        </label>
      </div>
      <div class="toolbar-group" role="group" aria-label="导出">
        <button type="button" class="small-button" onClick={() => files('导出 JSON', (m) => m.exportJson(draft, onNotice))}>
          导出 JSON
        </button>
        <button type="button" class="small-button" onClick={() => files('导出 CSV', (m) => m.exportCsv(draft, form, onNotice))}>
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
