import { useState } from 'preact/hooks';
import type { Editor } from './editor.ts';
import { MAX_REPLACED, dropReplaced, loadReplaced } from './replaced-store.ts';
import { replaceDraft } from './replace-form.ts';

/** The kept forms' storage (replaced-store.ts), re-exported for the paste and the tests. */
export { REPLACED_KEY, MAX_REPLACED, loadReplaced, keepReplaced, dropReplaced, type Replaced } from './replaced-store.ts';

interface Props {
  /** The editor a kept form is put back in (the form on screen is kept in its turn: replace-form.ts, loaded with this module). */
  editor: Editor;
  /** Changes whenever a form was kept, to re-read the list and open it. */
  version: number;
}

/** “找回被替换的表单”: the kept forms, each with its project name, rows and time, and a button to restore it. */
export function ReplacedForms({ editor, version }: Props) {
  const [list, setList] = useState(loadReplaced);
  const [seen, setSeen] = useState(version);
  if (seen !== version) {
    setSeen(version);
    setList(loadReplaced());
  }
  if (list.length === 0) return null;
  return (
    <details class="replaced-forms" open={version > 0} data-testid="replaced-forms">
      <summary>找回被替换的表单（{list.length}）</summary>
      <p class="block-note">新建、恢复示例、导入、“编辑副本”或粘贴整张表替换掉的表单保留在这里（最近 {MAX_REPLACED} 张，只存在本浏览器中）。</p>
      <ul>
        {list.map((e, i) => (
          <li key={e.at}>
            <span>
              {(e.draft.fields?.['project/name'] ?? '').trim() || '（未填项目名称）'}，{e.draft.indicators.length} 项指标，
              {new Date(e.at).toLocaleString('zh-CN', { hour12: false })} 被替换
            </span>
            <button
              type="button"
              class="small-button"
              onClick={() => {
                dropReplaced(i);
                setList(loadReplaced());
                replaceDraft(editor, e.draft, '', 'never');
              }}
            >
              恢复这张表
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
