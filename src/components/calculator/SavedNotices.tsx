import type { KeptForm } from './storage.ts';
import { downloadText } from './Toolbar.tsx';

/** A saved form this page could not read (issue 14): why, and the forms kept aside. */
export interface UnreadableState {
  /** Why the form saved in this browser could not be opened now (Chinese), or null when it was set aside earlier. */
  reason: string | null;
  /** Saved forms set aside (storage.ts UNREADABLE_PREFIX), each downloadable as is. */
  kept: KeptForm[];
  /** The unreadable text when it could not be set aside (storage full): autosave waits until the visitor decides. */
  pending: string | null;
}

/** Another tab saved a different version of the form while this one is open (a `storage` event). */
export interface ConflictState {
  /** The other tab's saved text, as stored. */
  text: string;
  /** Whether this page can open it (else it can only be downloaded). */
  readable: boolean;
}

/** A file name for a saved form downloaded as is. */
const keptName = (key: string) => `本浏览器保存的自评表-${key.replace(/\D+/g, '') || '原样'}.json`;

/**
 * The notice about a saved form this page cannot read: it is kept, why it cannot be opened, and a
 * download of it exactly as stored (to open with a newer page, or to send for help).
 */
export function UnreadableNotice({ state, onDrop, onDropPending }: { state: UnreadableState; onDrop: (key: string) => void; onDropPending: () => void }) {
  return (
    <section class="link-problem saved-problem" role="alert" aria-labelledby="h-saved-problem" data-testid="saved-unreadable">
      <h2 id="h-saved-problem">本浏览器里保存的表单无法打开</h2>
      <p data-testid="saved-unreadable-reason">
        {state.reason
          ? `上次自动保存的表单本页面读不了：${state.reason}。`
          : '本浏览器里还保留着一份本页面读不了的表单。'}
        {state.pending
          ? '浏览器的存储空间不够，无法另外保留它：在您下载或放弃它之前，本页的修改不会自动保存。'
          : '它已原样保留，不会被覆盖；下面是示例表（或您新填的表），可以照常使用。'}
      </p>
      <p class="shared-actions">
        {state.pending !== null && (
          <>
            <button type="button" class="small-button primary-button" onClick={() => downloadText(state.pending!, keptName('原样'), 'application/json')}>
              下载原来保存的内容
            </button>
            <button type="button" class="small-button" onClick={onDropPending}>
              放弃它，继续自动保存
            </button>
          </>
        )}
        {state.kept.map((k, i) => (
          <span key={k.key} class="saved-kept">
            <button type="button" class="small-button primary-button" onClick={() => downloadText(k.text, keptName(k.key), 'application/json')}>
              下载原来保存的内容{state.kept.length > 1 ? `（第 ${i + 1} 份）` : ''}
            </button>
            <button type="button" class="small-button" onClick={() => confirm('删除后无法找回。确定已经下载或不再需要它了吗？') && onDrop(k.key)}>
              删除{state.kept.length > 1 ? `第 ${i + 1} 份` : '它'}
            </button>
          </span>
        ))}
      </p>
    </section>
  );
}

/**
 * The notice shown when another tab saved a different version of the form: autosave waits until
 * the visitor chooses which version to keep, so neither tab overwrites the other silently.
 */
export function ConflictNotice({ conflict, onTheirs, onMine }: { conflict: ConflictState; onTheirs: () => void; onMine: () => void }) {
  return (
    <section class="link-problem saved-problem" role="alert" aria-labelledby="h-saved-conflict" data-testid="saved-conflict">
      <h2 id="h-saved-conflict">另一个标签页改动了这张表</h2>
      <p>
        您在另一个标签页（或窗口）中也打开了计算器，它刚刚保存了不同的内容。两边同时编辑会互相覆盖，所以本页暂停了自动保存：请选择保留哪一份。
      </p>
      <p class="shared-actions">
        {conflict.readable && (
          <button type="button" class="small-button" onClick={onTheirs}>
            改用另一个标签页的内容
          </button>
        )}
        <button type="button" class="small-button primary-button" onClick={onMine}>
          保留本页的内容（覆盖另一个标签页保存的）
        </button>
        <button type="button" class="small-button" onClick={() => downloadText(conflict.text, '另一个标签页保存的自评表.json', 'application/json')}>
          先下载另一个标签页的内容
        </button>
      </p>
    </section>
  );
}
