import { useState } from 'preact/hooks';
import { scoreInput } from '../../engine/index.ts';
import type { Form } from '../../engine/types.ts';

interface Props {
  /** The form file of what is on screen, for download. */
  currentInput: () => unknown;
  onLoad: (form: Form) => void;
  onReset: () => void;
  onBlank: () => void;
}

/** Start over, and move a form in and out as a JSON file (form-format.md). Files stay in the browser. */
export function Toolbar({ currentInput, onLoad, onReset, onBlank }: Props) {
  const [message, setMessage] = useState<string | null>(null);

  const download = () => {
    const text = `${JSON.stringify(currentInput(), null, 2)}\n`;
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = '绩效自评表.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const upload = async (file: File) => {
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      setMessage(`“${file.name}”不是有效的 JSON 文件。`);
      return;
    }
    // A golden case file holds the form under `form`.
    if (data && typeof data === 'object' && 'form' in data && !('indicators' in data)) data = (data as { form: unknown }).form;
    const outcome = scoreInput(data);
    if (!outcome.ok) {
      const first = outcome.issues.slice(0, 3).map((i) => (i.path ? `${i.path}：${i.message}` : i.message));
      setMessage(`“${file.name}”不是有效的自评表文件：${first.join('；')}`);
      return;
    }
    setMessage(null);
    onLoad(data as Form);
  };

  return (
    <div class="toolbar" data-pagefind-ignore>
      <button type="button" class="small-button" onClick={onReset}>
        恢复示例
      </button>
      <button type="button" class="small-button" onClick={onBlank}>
        新建空白表
      </button>
      <button type="button" class="small-button" onClick={download}>
        导出 JSON
      </button>
      <label class="small-button file-button">
        导入 JSON
        <input
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void upload(file);
          }}
        />
      </label>
      {message && (
        <p class="toolbar-message" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
