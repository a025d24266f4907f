import { useEffect, useRef } from 'preact/hooks';
import { MAX_FORM_BYTES, MAX_FORM_SIZE_TEXT, MAX_ROWS } from '../../engine/field-rules.ts';
import { getRuleSet, isKnownRuleSet } from '../../engine/rule-sets/index.ts';
import type { Draft } from '../../forms/draft.ts';
import { dropKept, knownOptions, readSavedText, sameDraft, type KeptForm } from './storage.ts';
import { downloadText } from './form-files.ts';
import type { Editor } from './editor.ts';
import { loadCalculatorForm } from './forms/registry.ts';
import { keepReplaced } from './replaced-store.ts';
import { replaceDraft } from './replace-form.ts';
import { untouchedRows } from './scored.ts';

/**
 * Why this page cannot open a saved text (storage.ts readSavedText said it cannot), in Chinese:
 * too big, cut short, from a newer version, too many rows, an unknown rule set or option, a form
 * whose code could not be fetched, or another shape.
 * Loaded only when such a form is found.
 */
export function unreadableReason(text: string): string {
  if (text.length > MAX_FORM_BYTES) return `内容超过了 ${MAX_FORM_SIZE_TEXT} 的上限`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return '内容不完整（可能在保存时被中断）';
  }
  if (!value || typeof value !== 'object') return '内容不是本站保存的表单';
  const d = value as Record<string, unknown>;
  if (typeof d.version === 'number' && d.version > 1) return '它由更新版本的本站保存，当前页面版本较旧（请刷新页面后再试）';
  for (const [key, what] of [['indicators', '指标'], ['subprojects', '子项目']] as const) {
    const rows = d[key];
    if (Array.isArray(rows) && rows.length > MAX_ROWS) return `有 ${rows.length} 行${what}，超过了 ${MAX_ROWS} 行的上限`;
  }
  if (typeof d.ruleSet === 'string' && !isKnownRuleSet(d.ruleSet)) return `它使用的规则集“${d.ruleSet.slice(0, 40)}”本页面不认识`;
  // A form of another kind whose code could not be fetched (the page loads each form's code when one is opened).
  if (typeof d.ruleSet === 'string' && !getRuleSet(d.ruleSet)) return '这种自评表所需的文件没有载入（网络可能已断开），请联网后刷新本页';
  if (typeof d.ruleSet === 'string' && !knownOptions(d.ruleSet, d.options)) return '它的“本站解读”选项本页面不认识';
  return '它的格式与本页面的版本不符';
}

/** A saved form this page could not read (issue 14): why, and the forms kept aside. */
export interface UnreadableState {
  /** The text saved in this browser that could not be opened now (its reason: unreadableReason), or null when it was set aside earlier. */
  text: string | null;
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
        {state.text !== null
          ? `上次自动保存的表单本页面读不了：${unreadableReason(state.text)}。`
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

/** The calculator's state the saved-form notices read and change (Calculator.tsx holds it). */
export interface SavedNoticesProps {
  /** The form on screen, for a set-aside form that waited for its code and opens now (openWaiting). */
  editor: Editor;
  conflict: ConflictState | null;
  setConflict: (conflict: ConflictState | null) => void;
  unreadable: UnreadableState | null;
  setUnreadable: (state: UnreadableState | null | ((state: UnreadableState | null) => UnreadableState | null)) => void;
  /** Puts a form on screen (the other tab's, when the visitor chooses it). */
  setDraft: (draft: Draft) => void;
  /** True while an unreadable form that could not be set aside waits: autosave must not overwrite it. */
  pendingRef: { current: boolean };
}

/**
 * The notices about the saved form, as the calculator shows them under 自评表类型: another tab's
 * version (keep theirs or mine), and a saved form this page cannot read (download or drop it).
 */
export function SavedFormNotices({ editor, conflict, setConflict, unreadable, setUnreadable, setDraft, pendingRef }: SavedNoticesProps) {
  // Set-aside forms that only wait for their code are not called unreadable: they open once it loads.
  const waiting = unreadable?.kept.filter((k) => waits(k.text)) ?? [];
  const asked = useRef(false);
  useEffect(() => {
    if (waiting.length > 0 && !asked.current) {
      asked.current = true;
      retrying(() => openWaiting(editor, waiting, setUnreadable));
    }
  }, [unreadable]);
  const shown = unreadable && {
    ...unreadable,
    text: unreadable.pending === null && unreadable.text !== null && waits(unreadable.text) ? null : unreadable.text,
    kept: unreadable.kept.filter((k) => !waiting.includes(k)),
  };
  return (
    <>
      {conflict && (
        <ConflictNotice
          conflict={conflict}
          onTheirs={() => {
            const theirs = readSavedText(conflict.text);
            if (theirs.kind === 'draft') setDraft(theirs.draft);
            setConflict(null);
          }}
          onMine={() => setConflict(null)}
        />
      )}
      {shown && (shown.text !== null || shown.pending !== null || shown.kept.length > 0) && (
        <UnreadableNotice
          state={shown}
          onDrop={(key) => {
            dropKept(key);
            const kept = unreadable.kept.filter((k) => k.key !== key);
            setUnreadable(kept.length > 0 || unreadable.pending ? { ...unreadable, kept } : null);
          }}
          onDropPending={() => {
            pendingRef.current = false;
            setUnreadable(unreadable.kept.length > 0 ? { ...unreadable, pending: null } : null);
          }}
        />
      )}
    </>
  );
}

/**
 * Whether a saved text set aside is a form of a kind this page knows whose code is not loaded (it
 * could not be fetched: the network gone), or one that reads now: it is not unreadable, it waits
 * for its code and then opens (openWaiting).
 */
export function waits(text: string): boolean {
  let id: unknown;
  try {
    id = (JSON.parse(text) as { ruleSet?: unknown } | null)?.ruleSet;
  } catch {
    return false;
  }
  return typeof id === 'string' && isKnownRuleSet(id) && (!getRuleSet(id) || readSavedText(text).kind === 'draft');
}

const RETRY_ON = ['online', 'pointerdown', 'keydown'];

/** Runs `load` and, while it fails (its code could not be fetched: the network gone), again once online or at the visitor's next click or key. */
function retrying(load: () => Promise<unknown>): void {
  load().catch(() => {
    const again = () => {
      for (const t of RETRY_ON) removeEventListener(t, again, true);
      retrying(load);
    };
    for (const t of RETRY_ON) addEventListener(t, again, true);
  });
}

/**
 * Opens the saved forms that waited for their code ({@link waits}: a form of another kind whose
 * file could not be fetched when the page opened, the network gone), once it loads: the first takes
 * the place of the page's untouched example; any other, or every one when the visitor has worked on
 * the form on screen meanwhile, goes to 找回被替换的表单 (never a silent replacement). Each is then no
 * longer set aside; one that still cannot be read after all is shown as unreadable (it no longer
 * waits). Nothing is dropped before it is open or kept.
 * @throws when a form's code still cannot be fetched: the caller tries again later (nothing changed).
 */
export async function openWaiting(editor: Editor, waiting: KeptForm[], setUnreadable: SavedNoticesProps['setUnreadable']): Promise<void> {
  for (const k of waiting) await loadCalculatorForm((JSON.parse(k.text) as { ruleSet: string }).ruleSet);
  const done: KeptForm[] = [];
  let opened = false;
  let kept = false;
  for (const k of waiting) {
    const read = readSavedText(k.text);
    const own = editor.draft();
    if (read.kind !== 'draft') continue;
    if (sameDraft(own, read.draft)) done.push(k);
    else if (!opened && sameDraft(own, editor.initial)) {
      opened = replaceDraft(editor, read.draft, '', 'never');
      editor.setUntouched(untouchedRows(read.draft, getRuleSet(read.draft.ruleSet)!.inputTemplate ?? []));
      done.push(k);
    } else if (keepReplaced(read.draft)) {
      kept = true;
      done.push(k);
    }
  }
  for (const k of done) dropKept(k.key);
  if (kept) void import('./ReplacedForms.tsx').then(editor.showKept, () => undefined);
  if (opened || kept) {
    editor.setNotice({ ok: true, text: opened ? '已打开本浏览器里保存的表单（刚才它所需的文件没有载入）。' : '本浏览器里保存的表单（刚才它所需的文件没有载入）已放进“找回被替换的表单”，可以随时恢复。' });
  }
  // Shown again: the forms dropped are gone, one that cannot be read after all no longer waits.
  setUnreadable((u) => u && { ...u, kept: u.kept.filter((k) => !done.includes(k)) });
}
