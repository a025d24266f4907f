import { useState } from 'preact/hooks';
import type { Draft } from '../../forms/draft.ts';
import type { Editor } from './editor.ts';
import { replaceDraft } from './replace-form.ts';
import { isDraft, sameDraft } from './storage.ts';

/**
 * Nothing typed is lost when a form is replaced (issue 11): 编辑副本, 新建空白表, 恢复示例, pasting a whole table, importing a
 * file and restoring set the visitor's own form aside here (the last {@link MAX_REPLACED}, newest
 * first, in this browser only), and the page offers each one back. Loaded only when there is
 * something to keep or to offer (its own chunk).
 */
export const REPLACED_KEY = 'szpe.calculator.replaced.v1';

/** How many replaced forms are kept. */
export const MAX_REPLACED = 5;

/** A replaced form and when it was replaced (ISO time). */
export interface Replaced {
  at: string;
  draft: Draft;
}

/** The kept forms, newest first; entries this page cannot read are left out. Never throws. */
export function loadReplaced(): Replaced[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(REPLACED_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((e): e is Replaced => !!e && typeof e.at === 'string' && isDraft(e.draft)) : [];
  } catch {
    return [];
  }
}

function store(list: Replaced[]): boolean {
  try {
    if (list.length === 0) localStorage.removeItem(REPLACED_KEY);
    else localStorage.setItem(REPLACED_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps a form that is about to be replaced (the same form is kept once, as the newest). Returns
 * false when the browser refuses to store it (storage full or blocked).
 */
export function keepReplaced(draft: Draft, at = new Date().toISOString()): boolean {
  return store([{ at, draft }, ...loadReplaced().filter((e) => !sameDraft(e.draft, draft))].slice(0, MAX_REPLACED));
}

/** Forgets the kept form at `index` (after it was restored). */
export function dropReplaced(index: number): void {
  store(loadReplaced().filter((_, i) => i !== index));
}

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
