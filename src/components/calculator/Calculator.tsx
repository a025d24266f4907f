import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { keepFocus, sameControlAt } from './focus.ts';
import { normalizeAmount, normalizeScore } from '../../paste/number.ts';
import type { CategoryId, CategoryResult, Form, ScoreOutcome } from '../../engine/index.ts';
import { getRuleSet, isKnownRuleSet, RULE_SET_CHOICES } from '../../engine/rule-sets/index.ts';
import type { RuleSet } from '../../engine/rule-sets/rule-set.ts';
import { layoutOf } from '../../forms/index.ts';
import { blockViews, loadCalculatorForm } from './forms/registry.ts';
import { showPageWords } from './page-words.ts';
import { cellKindAt, type LayoutBlock, type MoneyBlock as MoneyBlockData } from '../../forms/layout.ts';
import { executionBaseColumn, indicatorPoints, resultView, ruleSetView, scoreParts } from '../../forms/view.ts';
import { ChecksList } from './ChecksList.tsx';
import { blankIndicator, blankSubproject, fromForm, isBlankIndicator, isBlankSubproject, nextKey, templateRows, toInput, type Draft, type IndicatorTextKey } from '../../forms/draft.ts';
import { FieldsBlock } from './FieldsBlock.tsx';
import { FormChoice } from './FormChoice.tsx';
import { IndicatorTable } from './IndicatorTable.tsx';
import { IssuesList } from './IssuesList.tsx';
import { OptionsPanel } from './OptionsPanel.tsx';
import type { PasteNoteState } from './PasteNote.tsx';
import { deriveScored, untouchedRows } from './scored.ts';
import { keepUnreadable, keptForms, readSaved, readSavedText, sameDraft, saveDraft, STORAGE_KEY, storedRuleSet } from './storage.ts';
import type { ConflictState, UnreadableState } from './SavedNotices.tsx';
import type { Editor } from './editor.ts';
import { chooseForm, editCopy, newBlank, replaceDraft, restoreExample } from './replace-form.ts';
import { score } from './engine-client.ts';
import { Toolbar, type Notice } from './Toolbar.tsx';
import { REPLACED_KEY } from './replaced-store.ts';
import { TotalBar } from './TotalBar.tsx';
import { selfTotalNote } from '../report/self-score.ts';

/** The layout's blocks, with each run of one-row amount blocks (市级预算执行情况, 资金使用情况) grouped. */
function groupMoney(blocks: LayoutBlock[]): (Exclude<LayoutBlock, MoneyBlockData> | MoneyBlockData[])[] {
  const out: (Exclude<LayoutBlock, MoneyBlockData> | MoneyBlockData[])[] = [];
  for (const b of blocks) {
    const last = out[out.length - 1];
    if (b.kind === 'money') {
      if (Array.isArray(last)) last.push(b);
      else out.push([b]);
    } else out.push(b);
  }
  return out;
}

type SharedModule = typeof import('./SharedView.tsx');

/**
 * In place of a block whose view is not installed: the calculator installs a form's blocks with its
 * rule set and layout (forms/registry.ts), so this shows only if that was forgotten, never a blank.
 */
function notInstalled(block: { id: string; title: string }) {
  return (
    <section key={block.id} class="form-block" aria-busy="true">
      <h2>{block.title}</h2>
      <p>正在加载…</p>
    </section>
  );
}

interface Props {
  /**
   * The form the calculator opens with: the page's example (/calculator/ the Suzhou one,
   * /calculator/central/ the central one). Its form must be installed before the island renders:
   * each page uses as its island the module of its example's form (forms/suzhou-2017.ts, …).
   */
  initial: Form;
}

/**
 * The rule set of an installed form.
 * @throws Error when the form's code is not installed: the calculator installs a form
 * (forms/registry.ts) before it shows one of its kind, so this is a programming error.
 */
function installedRuleSet(id: string): RuleSet {
  const ruleSet = getRuleSet(id);
  if (!ruleSet) throw new Error(`规则集 ${id} 尚未载入`);
  return ruleSet;
}

/** What the page shows: the editor, or a shared form as an explained report, or a link that could not be opened. */
type View =
  | { kind: 'edit' }
  | { kind: 'opening' }
  | { kind: 'shared'; form: Form; outcome: ScoreOutcome; module: SharedModule }
  | { kind: 'broken'; message: string; details: string[] };

/**
 * The share code in the location hash: a hash shaped like one (`v1.…`, any case, `#%76%31…`
 * percent-encoded included), so that a broken link is explained, never silently replaced by the
 * example (issue 14). Any other hash (`#main`, or an anchor this page lacks such as `#c2`) is an
 * anchor, not a link: '' (the browser scrolls to it when it exists, else nothing happens).
 */
function hashCode(): string {
  let hash = location.hash.slice(1);
  try {
    hash = decodeURIComponent(hash);
  } catch {
    /* keep */
  }
  return /^v\d+\./i.test(hash.trim()) && !document.getElementById(hash) ? hash : '';
}

/** The rule set a saved form's text names, or null when it names none (not JSON, or no `ruleSet`). */
function ruleSetOf(text: string): string | null {
  try {
    const id = (JSON.parse(text) as { ruleSet?: unknown } | null)?.ruleSet;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/** Focuses the element with this id once the next render has put it on the page. */
function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** Whether the hash has the shape of a share code (`v1.…`, any case), known before the page is parsed to its end. */
function shareShaped(): boolean {
  return typeof location !== 'undefined' && /^v\d+\./i.test(hashCode().trim());
}

// A share link in the address: the report's code starts loading with the calculator's, not after it
// has started (a failed fetch is retried, and explained, when the link is opened).
if (shareShaped()) void import('./SharedView.tsx').catch(() => undefined);

function dropHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

/**
 * The self-evaluation calculator: the whole form, editable cell by cell, rescored by the engine on
 * every keystroke, autosaved in this browser. The draft keeps exactly what was typed; the engine
 * scores it (draft.ts checks each typed cell by the form file's field rules). The page renders it
 * at build time with the seed scored; the island and its engine load on the first interaction, or
 * at once when a saved form or a share link is waiting (client:intent).
 */
export default function Calculator({ initial }: Props) {
  const initialDraft = useMemo(() => fromForm(initial), [initial]);
  const [draft, setDraft] = useState<Draft>(initialDraft);
  // A share link in the address opens at once (client:intent drops the page's example form for it).
  const [view, setView] = useState<View>(() => (shareShaped() ? { kind: 'opening' } : { kind: 'edit' }));
  // While a shared form opens or is shown, the page lays out for it (calculator.css, html[data-opening]):
  // also for a link pasted into the address later, and no longer once the editor is back.
  useLayoutEffect(() => {
    const root = document.documentElement.dataset;
    if (view.kind === 'opening' || view.kind === 'shared') root.opening = 'share';
    else delete root.opening;
  }, [view.kind]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pasteNote, setPasteNote] = useState<PasteNoteState | null>(null);
  const [noteModule, setNoteModule] = useState<typeof import('./PasteNote.tsx') | null>(null);
  const [shareModule, setShareModule] = useState<typeof import('./ShareDialog.tsx') | null>(null);
  const [replaced, setReplaced] = useState<typeof import('./ReplacedForms.tsx') | null>(null);
  const [replacedVersion, setReplacedVersion] = useState(0);
  const mounted = useRef(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const ruleSet = installedRuleSet(draft.ruleSet);
  const layout = layoutOf(ruleSet.id);
  // The page's heading and title name the form on screen: the shared one while it is shown, else the
  // editor's (a form of the other kind chosen, imported or restored); nothing changes while a link opens.
  const formOnScreen = view.kind === 'shared' ? view.form.ruleSet : view.kind === 'opening' ? null : ruleSet.id;
  useEffect(() => {
    if (formOnScreen) showPageWords(formOnScreen, initialDraft.ruleSet);
  }, [formOnScreen]);

  // The engine's outcome for the draft, on every change.
  const mapped = useMemo(() => toInput(draft), [draft]);
  // Row keys of a new blank form the user has not touched yet: their “not filled yet” checks wait (null: show all).
  const [untouched, setUntouched] = useState<ReadonlySet<number> | null>(null);
  // While a shared form opens or is shown the editor is off screen: its form is scored once it is back.
  const editing = view.kind === 'edit' || view.kind === 'broken';
  const scored = useMemo(() => deriveScored(draft, editing ? score(mapped.scoring) : { ok: false, issues: [] }, mapped, untouched), [mapped, untouched, editing]);
  const { result, issues, checks, problems, messages } = scored;

  // A saved form this page cannot read is kept and named (never replaced silently); another tab's
  // save pauses autosave until the visitor chooses (issue 14).
  const [unreadable, setUnreadable] = useState<UnreadableState | null>(null);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  /** Set at once on restore (before the first autosave runs): an unreadable form that could not be kept must not be overwritten. */
  const pendingRef = useRef(false);
  const skipFirstSave = useRef(false);

  // Restore the autosaved form, then open a share link if the address carries one.
  // A saved form of another kind first loads what that form needs (its layout, its blocks).
  useEffect(() => {
    let onStorage: ((e: StorageEvent) => void) | null = null;
    // `missing`: the saved form's code could not be fetched (the network gone).
    const restore = (missing?: unknown) => {
      const saved = readSaved();
      if (saved.kind === 'draft' && !sameDraft(saved.draft, initialDraft)) {
        setDraft(saved.draft);
        // A new blank form nobody has typed in yet stays as quiet as it was before the reload.
        setUntouched(untouchedRows(saved.draft, installedRuleSet(saved.draft.ruleSet).inputTemplate ?? []));
      }
      const pending = saved.kind === 'unreadable' && !keepUnreadable(saved.text) ? saved.text : null;
      pendingRef.current = pending !== null;
      const kept = keptForms();
      if (saved.kind === 'unreadable' || kept.length > 0) setUnreadable({ text: saved.kind === 'unreadable' ? saved.text : null, kept, pending });
      // Said now; it opens once its code loads (SavedNotices.tsx openWaiting), never called unreadable.
      if (missing) setNotice({ ok: false, text: '保存的表单还打不开：它所需的文件没有载入（网络可能已断开）。它仍原样保存着，联网后自动打开。' });
      onStorage = (e: StorageEvent) => {
        if (e.key !== STORAGE_KEY || e.newValue === null) return;
        const text = e.newValue;
        const judge = () => {
          const theirs = readSavedText(text);
          if (theirs.kind === 'draft' && sameDraft(theirs.draft, draftRef.current)) return;
          setConflict({ text, readable: theirs.kind === 'draft' });
        };
        // Another tab saved a form of another kind: its code loads first, or it could not be read.
        const other = ruleSetOf(text);
        if (other && isKnownRuleSet(other)) void ensureForm(other).then(judge, judge);
        else judge();
      };
      addEventListener('storage', onStorage);
      mounted.current = true;
      try {
        if (localStorage.getItem(REPLACED_KEY)) void import('./ReplacedForms.tsx').then((m) => setReplaced(() => m), () => undefined);
      } catch {
        /* storage blocked: nothing kept */
      }
    };
    // A saved form of another kind first loads what that form needs (its layout, its blocks): until
    // then it could not be read (and would be taken for an unreadable one).
    const stored = storedRuleSet();
    if (stored && stored !== initialDraft.ruleSet && isKnownRuleSet(stored)) void ensureForm(stored).then(() => restore(), restore);
    else {
      restore();
      // The autosave effect of this same first render must not store the untouched example over the
      // saved form (another tab would see that as a change): it is skipped once. (Restored later, after
      // a form's code, nothing is skipped: that would drop the visitor's first edit.)
      skipFirstSave.current = true;
    }
    const onHash = () => void openShared();
    // An anchor further down the page can only be told from a share code once the page is parsed.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onHash, { once: true });
    else onHash();
    addEventListener('hashchange', onHash);
    return () => {
      removeEventListener('hashchange', onHash);
      document.removeEventListener('DOMContentLoaded', onHash);
      if (onStorage) removeEventListener('storage', onStorage);
    };
  }, []);

  /**
   * The print sheet: its code (a file of its own, not needed to fill in or score the form) loads when
   * the visitor asks to print: 打印, Ctrl/⌘+P (caught here, printed once the sheet is there), or the
   * browser's own print command (beforeprint), issue 13. Until then the page's sheet of the example,
   * rendered at build time beside the island (calculator/index.astro), prints while the form on
   * screen is still that example; once it differs, a note saying how to print takes its place, so a
   * stale sheet never prints.
   */
  const [printModule, setPrintModule] = useState<typeof import('./print-sheet-entry.ts') | null>(null);
  const loadPrint = () => import('./print-sheet-entry.ts').then((m) => (setPrintModule(() => m), m));
  const printNow = () => {
    setNotice(null);
    loadPrint().then(
      () => requestAnimationFrame(() => setTimeout(() => print(), 0)),
      () => setNotice({ ok: false, text: '打印用的表格没有载入（网络可能已断开）：请联网后再点“打印”或按 Ctrl+P。表单内容没有改动。' }),
    );
  };
  /** The view on screen, for the page-wide print keys (a shared report prints as it is, without the sheet). */
  const viewKind = useRef(view.kind);
  viewKind.current = view.kind;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (viewKind.current !== 'edit' && viewKind.current !== 'broken') return;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        printNow();
      }
    };
    const onBeforePrint = () => void loadPrint().catch(() => undefined);
    addEventListener('keydown', onKey);
    addEventListener('beforeprint', onBeforePrint);
    return () => {
      removeEventListener('keydown', onKey);
      removeEventListener('beforeprint', onBeforePrint);
    };
  }, []);
  const PrintSheet = printModule?.PrintSheet;

  /**
   * Loads and installs (once) what a form of a rule set needs beyond the page: its rule set with the
   * mechanisms only it uses, its layout and the blocks only it has (forms/registry.ts).
   * @throws when its file cannot be fetched (the network gone): each caller says so in Chinese.
   */
  const ensureForm = (ruleSetId: string) => loadCalculatorForm(ruleSetId);
  /** The views of the blocks only some forms have, as installed with their forms. */
  const views = blockViews();

  // Once the form on screen is not the prefilled example, the page stops calling it the example.
  const isExample = useMemo(() => sameDraft(draft, initialDraft), [draft]);
  useEffect(() => {
    document.body.classList.toggle('own-form', !isExample);
  }, [isExample]);

  // Autosave every change (never the untouched page: a visitor's saved form is only replaced by their
  // own edits). When the browser refuses (storage full or blocked), say so: it is not saved.
  const [saveFailed, setSaveFailed] = useState(false);
  // The notices are loaded only when needed (rare), to keep the calculator's script small; when their
  // code cannot be fetched (the network gone), again once online or at the next edit.
  const [noticesModule, setNoticesModule] = useState<typeof import('./SavedNotices.tsx') | null>(null);
  useEffect(() => {
    const load = () => void import('./SavedNotices.tsx').then((m) => setNoticesModule(() => m), () => undefined);
    if ((conflict || unreadable) && !noticesModule) {
      load();
      addEventListener('online', load);
      return () => removeEventListener('online', load);
    }
  }, [conflict, unreadable, noticesModule, draft]);
  // Autosave waits while another tab's version or an unreadable form that could not be kept is pending,
  // and only while its notice is on screen to say so: nothing typed is lost unsaid.
  const autosavePaused = !!noticesModule && (conflict !== null || unreadable?.pending != null);
  useEffect(() => {
    if (skipFirstSave.current) {
      skipFirstSave.current = false;
      return;
    }
    if (mounted.current && !autosavePaused && !pendingRef.current) setSaveFailed(!saveDraft(draft));
  }, [draft, autosavePaused]);

  const openShared = async () => {
    const code = hashCode();
    if (!code) {
      // An anchor of the page (`#main`) leaves the view as it is; only an empty hash (Back) shows the editor.
      if (location.hash.length <= 1) setView((v) => (v.kind === 'edit' ? v : { kind: 'edit' }));
      return;
    }
    // Until the shared form is decoded, the page says so instead of showing a form that is not it.
    setView({ kind: 'opening' });
    setNotice(null);
    try {
      const module = await import('./SharedView.tsx');
      const opened = await module.openLink(location.href);
      setView(opened.ok ? { kind: 'shared', form: opened.form, outcome: opened.outcome, module } : { kind: 'broken', message: opened.message, details: opened.details });
    } catch {
      // The report's code could not be fetched (the network gone): the link itself may well be fine.
      setView({ kind: 'broken', message: '打开这个链接所需的文件没有载入（网络可能已断开）：链接本身可能没有问题，请联网后刷新本页再试。', details: [] });
    }
    scrollTo(0, 0);
  };

  const update = (change: (d: Draft) => Draft) => setDraft((d) => change(d));
  const setField = (path: string, value: string) => update((d) => ({ ...d, fields: { ...d.fields, [path]: value } }));
  const setSubproject = (index: number, key: 'name' | 'amount', value: string) =>
    update((d) => ({ ...d, subprojects: d.subprojects.map((s, i) => (i === index ? { ...s, [key]: value } : s)) }));
  const setIndicator = (index: number, key: IndicatorTextKey, value: string) => {
    const rowKey = draftRef.current.indicators[index]?.key;
    setUntouched((u) => (u && u.has(rowKey!) ? new Set([...u].filter((k) => k !== rowKey)) : u));
    update((d) => ({ ...d, indicators: d.indicators.map((row, i) => (i === index ? { ...row, [key]: value } : row)) }));
  };
  /**
   * Adds a row to a category and puts the cursor in its first editable cell (the layout's first
   * column: 指标名称 on the Suzhou form, 二级指标 on the central form), as a spreadsheet user expects.
   */
  const addIndicator = (category: CategoryId) => {
    // Keep the rows grouped: a new row goes after the last row of its category (or of an earlier one).
    const order = ruleSet.categories.map((c) => c.id);
    const rank = order.indexOf(category);
    let at = 0;
    draftRef.current.indicators.forEach((row, i) => {
      if (order.indexOf(row.category) <= rank) at = i + 1;
    });
    update((d) => {
      const indicators = [...d.indicators];
      indicators.splice(at, 0, blankIndicator(category, nextKey(d)));
      return { ...d, indicators };
    });
    const first = layout.blocks.find((b) => b.kind === 'indicators')?.screen[0] ?? 'name';
    focusSoon(`f-indicators-${at}-${first}`);
  };
  const removeIndicator = (index: number) => {
    const rows = draftRef.current.indicators;
    const row = rows[index];
    if (row && !isBlankIndicator(row)) {
      // Named as the row's buttons name it: 产出第 2 项“改造小区数量”.
      const number = rows.slice(0, index + 1).filter((r) => r.category === row.category).length;
      const label = ruleSet.categories.find((c) => c.id === row.category)?.label ?? '';
      if (!confirmRemoval(`${label}第 ${number} 项${row.name.trim() ? `“${row.name.trim()}”` : ''}`)) return;
    }
    keepFocus(() => sameControlAt('.indicator-row .icon-button[aria-label^="删除"]', index) ?? document.querySelector<HTMLElement>('.add-row, .add-button'));
    update((d) => ({ ...d, indicators: d.indicators.filter((_, i) => i !== index) }));
  };
  /**
   * Asks before a row with something typed in it is deleted (nothing the visitor typed is lost
   * without their say; a blank row goes without asking). `what` names the row, e.g. 产出第 2 项“改造小区数量”.
   */
  const confirmRemoval = (what: string) => confirm(`删除${what}？这一行填写的内容将被删除，不能撤销。`);
  /** Moves an indicator up (-1) or down (+1) past the neighbouring row of its category. */
  const moveIndicator = (index: number, dir: -1 | 1) => {
    keepFocus();
    update((d) => {
      const row = d.indicators[index];
      if (!row) return d;
      let j = index + dir;
      while (j >= 0 && j < d.indicators.length && d.indicators[j]!.category !== row.category) j += dir;
      if (j < 0 || j >= d.indicators.length) return d;
      const indicators = [...d.indicators];
      indicators[index] = indicators[j]!;
      indicators[j] = row;
      return { ...d, indicators };
    });
  };
  const moveSubproject = (index: number, dir: -1 | 1) => {
    keepFocus();
    update((d) => {
      const j = index + dir;
      if (j < 0 || j >= d.subprojects.length) return d;
      const subprojects = [...d.subprojects];
      [subprojects[index], subprojects[j]] = [subprojects[j]!, subprojects[index]!];
      return { ...d, subprojects };
    });
  };
  const addInputTemplate = () => update((d) => ({ ...d, indicators: [...templateRows(ruleSet, nextKey(d)), ...d.indicators] }));
  const setOption = (key: string, value: string) =>
    update((d) => {
      const options: Record<string, string> = { ...d.options };
      if (value === (ruleSet.defaultOptions as unknown as Record<string, string>)[key]) delete options[key];
      else options[key] = value;
      return { ...d, options };
    });

  const rate = result?.derived?.executionRate ?? null;
  const rateRowIndex = scored.executionRateRow;
  const rateRow = rateRowIndex != null ? draft.indicators[rateRowIndex] : undefined;
  const rateDiffers =
    rateRowIndex != null && (rateRow?.actual.trim() === '' || checks.some((c) => c.code === 'EXECUTION_RATE_MISMATCH'));
  const useRate =
    rate != null && rateRowIndex != null && rateDiffers ? () => setIndicator(rateRowIndex, 'actual', `${rate}%`) : null;

  // Cells that cannot be read count as errors too: they are left out of the score.
  const errors = checks.filter((c) => c.severity === 'error').length + issues.length;
  const warnings = checks.filter((c) => c.severity === 'warning').length;

  /**
   * A paste into a cell of the layout: while the event lasts, what is needed to know whether the
   * page takes it over (the browser pastes everything else itself). One number with separators,
   * full-width digits or 万 over a whole amount, weight or self-score cell is cleaned here, by the
   * parser that reads the cell when typed (draft.ts numberCell: 1,234.50 / １２万 → 1234.50 / 12), and
   * goes in as typed input: no code to fetch, so it works offline too. Text with a tab or a line break
   * (a block from Excel/WPS, or one cell of it): paste-into.ts, fetched then, does the rest.
   */
  const onPaste = (e: ClipboardEvent) => {
    const target = e.target as HTMLInputElement | HTMLTextAreaElement | null;
    const path = target?.dataset?.path ?? '';
    const kind = path ? cellKindAt(layout, path) : null;
    if (!target || !kind) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    const { selectionStart: from, selectionEnd: to, value } = target;
    const whole = from == null || (from === 0 && to === value.length);
    if (!/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))) {
      const clean = whole && /[,，\uFF01-\uFF5E\u2212万]/.test(text) && (kind === 'money' ? normalizeAmount(text) : kind === 'weight' || kind === 'selfScore' ? normalizeScore(text) : null);
      if (clean) {
        e.preventDefault();
        setNotice(null);
        target.value = clean;
        target.dispatchEvent(new Event('input', { bubbles: true }));
      }
      return;
    }
    e.preventDefault();
    setNotice(null);
    const pasted = { path, kind, text, html: e.clipboardData?.getData('text/html') ?? '', anchor: target.id, selection: whole ? null : { value, from: from ?? value.length, to: to ?? value.length } };
    // The paste's code is fetched now; if it cannot be (the network gone), nothing was pasted and the
    // clipboard still holds what was copied: say so, so the visitor pastes again once online.
    void import('./paste-into.ts')
      .then((m) => m.pasteInto(editor, pasted))
      .catch(() => setNotice({ ok: false, text: '粘贴所需的文件没有载入（网络可能已断开）：这次没有粘贴任何内容，复制的内容还在剪贴板里，请联网后再粘贴一次。' }));
  };

  /**
   * Enter / ↓ and Shift+Enter / ↑ in a cell of the indicator table, 项目资金构成 or a table of
   * amounts (the central 项目资金) move to the same column of the next / previous row (in the order
   * on screen), as in Excel/WPS; in a one-line field that wraps (TextField's `wrap`) too, where Enter
   * would otherwise add a line break. In a table of amounts a column is the cells at the same position
   * (every row starts with its label; the 分值/执行率/得分 cells of the first row have none below).
   * In a block of fields (项目信息), Enter / Shift+Enter go to the next / previous field.
   */
  const onKeyDown = (e: KeyboardEvent) => {
    const t = e.target as HTMLInputElement;
    if ((t.tagName !== 'INPUT' && !t.classList.contains('field-wrap')) || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
    const m = /^f-(indicators|subprojects)-\d+-(\w+)$/.exec(t.id);
    const cell = m ? null : t.closest<HTMLTableCellElement>('.money-table td');
    // A block of labelled fields (项目信息): Enter / Shift+Enter go to the next / previous field, as a
    // form in a spreadsheet does (a text area for notes keeps Enter for its line breaks).
    const grid = m || cell ? null : t.closest('.field-grid');
    if (grid && e.key === 'Enter') {
      e.preventDefault();
      const fields = [...grid.querySelectorAll<HTMLInputElement>('input, .field-wrap')];
      const next = fields[fields.indexOf(t) + (e.shiftKey ? -1 : 1)];
      next?.focus();
      next?.select();
      return;
    }
    if (!m && !cell) return;
    const dir = e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey) ? 1 : e.key === 'ArrowUp' || e.key === 'Enter' ? -1 : 0;
    if (!dir) return;
    e.preventDefault();
    const column = m
      ? [...document.querySelectorAll<HTMLInputElement>(`:is(input, .field-wrap)[id^="f-${m[1]}-"][id$="-${m[2]}"]`)]
      : [...cell!.closest('table')!.querySelectorAll<HTMLInputElement>(`tbody tr > :nth-child(${cell!.cellIndex + 1}) input`)];
    const next = column[column.indexOf(t) + dir];
    next?.focus();
    next?.select();
  };

  const openShare = () => {
    void import('./ShareDialog.tsx').then(
      (m) => setShareModule(() => m),
      () => setNotice({ ok: false, text: '“分享链接”所需的文件没有载入（网络可能已断开）：请联网后再点一次。当前的表格没有改动。' }),
    );
  };

  const backToMine = () => {
    dropHash();
    setView({ kind: 'edit' });
  };

  /** The calculator's state as the on-demand actions change it (editor.ts). */
  const editor: Editor = {
    draft: () => draftRef.current,
    initial: initialDraft,
    ruleSet,
    setDraft,
    setUntouched,
    setNotice,
    setField,
    setSubproject,
    setIndicator,
    setPasteNote,
    showPasteNote: (m) => setNoteModule(() => m),
    showKept: (m) => {
      setReplaced(() => m);
      setReplacedVersion((v) => v + 1);
    },
    showEditor: backToMine,
  };

  if (view.kind === 'opening') {
    return (
      <div class="calculator" id="calculator" data-pagefind-ignore>
        <p class="opening-link" role="status" aria-busy="true">
          正在打开分享的自评表…
        </p>
      </div>
    );
  }

  if (view.kind === 'shared') {
    const { SharedView } = view.module;
    return (
      <div class="calculator" id="calculator" data-pagefind-ignore>
        <SharedView
          form={view.form}
          outcome={view.outcome}
          onEditCopy={() => void editCopy(editor, view.form)}
          onBack={backToMine}
          problem={notice && !notice.ok ? notice.text : null}
        />
      </div>
    );
  }

  const validForm = result ? mapped.input : null;

  return (
    <div
      class="calculator"
      id="calculator"
      data-pagefind-ignore
      onPaste={onPaste}
      onKeyDown={onKeyDown}
    >
      {view.kind === 'broken' && (
        <section class="link-problem" role="alert" aria-labelledby="h-link-problem">
          <h2 id="h-link-problem">分享链接无法打开</h2>
          <p data-testid="link-problem">{view.message}</p>
          {view.details.length > 0 && (
            <ul>
              {view.details.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          )}
          <p>
            下面是您自己的表单，可以照常使用。
            <button type="button" class="small-button" onClick={backToMine}>
              关闭提示
            </button>
          </p>
        </section>
      )}
      <FormChoice choices={RULE_SET_CHOICES} current={ruleSet.id} onChoose={(id) => void chooseForm(editor, id)} />
      {noticesModule && (
        <noticesModule.SavedFormNotices editor={editor} conflict={conflict} setConflict={setConflict} unreadable={unreadable} setUnreadable={setUnreadable} setDraft={setDraft} pendingRef={pendingRef} />
      )}
      <Toolbar
        draft={draft}
        form={validForm}
        notice={notice}
        onNotice={setNotice}
        editor={editor}
        onReset={() => void restoreExample(editor)}
        onBlank={() => newBlank(editor)}
        onShare={openShare}
        onPrint={printNow}
      />
      {replaced && <replaced.ReplacedForms version={replacedVersion} editor={editor} />}
      {saveFailed && (
        <p class="toolbar-message" role="alert" data-testid="autosave-failed">
          这张表没有自动保存：浏览器的存储空间不够或不允许本站存储（表单可能太大）。关闭页面前请用“导出 JSON”保存，以后可再导入。
        </p>
      )}
      {shareModule && <shareModule.ShareOrFix
          form={validForm}
          onClose={() => {
            keepFocus(() => document.querySelector<HTMLElement>('[data-share-opener]'));
            setShareModule(null);
          }}
        />}
      <TotalBar
        total={result?.total ?? null}
        max={ruleSet.total}
        parts={scoreParts(ruleSet)}
        categoryResults={(result?.categories as Record<string, CategoryResult> | undefined) ?? null}
        grade={resultView(result).grade}
        errors={errors}
        warnings={warnings}
        invalid={!result && !scored.quiet}
        selfTotal={scored.selfTotals?.total ?? null}
        selfNote={scored.selfTotals ? selfTotalNote(scored.selfTotals, ruleSet.selfScoreTerm) : null}
        selfTerm={ruleSet.selfScoreTerm}
        quiet={scored.quiet}
        summaryId={issues.length > 0 ? 'h-issues' : 'h-checks'}
      />
      {issues.length > 0 && <IssuesList issues={issues} scored={result !== null} />}
      {(result || scored.quiet > 0) && <ChecksList checks={checks} quiet={scored.quiet} onCheckAll={() => setUntouched(null)} weightTerm={ruleSet.weightTerm} selfScoreTerm={ruleSet.selfScoreTerm} />}
      {groupMoney(layout.blocks).map((group) => {
        if (Array.isArray(group)) {
          const MoneyBlock = views.money;
          if (!MoneyBlock) return group.map(notInstalled);
          // Blocks of amounts in one row sit side by side on wide screens, as on paper.
          return (
            <div class="money-blocks" key={group.map((b) => b.id).join('+')}>
              {group.map((block) => (
                <MoneyBlock
                  key={block.id}
                  block={block}
                  fields={draft.fields}
                  derived={result?.derived ?? null}
                  input={mapped.input}
                  problems={problems}
                  messages={messages}
                  onChange={setField}
                  rateRow={rateRow ? { name: rateRow.name } : null}
                  onUseRate={useRate}
                />
              ))}
            </div>
          );
        }
        const block = group;
        switch (block.kind) {
          case 'fields':
            return <FieldsBlock key={block.id} block={block} fields={draft.fields} problems={problems} messages={messages} onChange={setField} />;
          case 'moneyTable': {
            const part = (result?.categories as Record<string, CategoryResult> | undefined)?.[block.category];
            const MoneyTable = views.moneyTable;
            if (!MoneyTable) return notInstalled(block);
            return (
              <MoneyTable
                key={block.id}
                block={block}
                fields={draft.fields}
                execution={resultView(result).execution ?? null}
                part={part ?? null}
                problems={problems}
                messages={messages}
                onChange={setField}
                baseColumn={executionBaseColumn(ruleSet, draft.options)}
              />
            );
          }
          case 'list': {
            const SubprojectTable = views.list;
            if (!SubprojectTable) return notInstalled(block);
            return (
              <SubprojectTable
                key={block.id}
                block={block}
                rows={draft.subprojects}
                sum={((result?.derived as unknown as Record<string, string | null> | undefined)?.[block.sumDerived]) ?? null}
                problems={problems}
                messages={messages}
                onChange={setSubproject}
                onAdd={() => {
                  focusSoon(`f-subprojects-${draftRef.current.subprojects.length}-name`);
                  update((d) => ({ ...d, subprojects: [...d.subprojects, blankSubproject(nextKey(d))] }));
                }}
                onRemove={(index) => {
                  const row = draftRef.current.subprojects[index];
                  if (row && !isBlankSubproject(row) && !confirmRemoval(`第 ${index + 1} 个子项目“${row.name.trim() || '（未命名）'}”`)) return;
                  keepFocus(() => sameControlAt('.subproject-table .icon-button[aria-label^="删除"]', index));
                  update((d) => ({ ...d, subprojects: d.subprojects.filter((_, i) => i !== index) }));
                }}
                onMove={moveSubproject}
              />
            );
          }
          case 'indicators':
            return (
              <IndicatorTable
                key={block.id}
                block={block}
                tiers={ruleSetView(ruleSet).tiers ?? null}
                indicators={draft.indicators}
                categories={ruleSet.categories}
                results={scored.results}
                categoryResults={result?.categories ?? null}
                total={result?.total ?? null}
                weightTotal={scored.weightTotal}
                selfTotals={scored.selfTotals}
                max={ruleSet.total}
                points={indicatorPoints(ruleSet, result?.categories)}
                rowChecks={scored.rowChecks}
                problems={problems}
                messages={messages}
                ruleSetId={ruleSet.id}
                options={draft.options}
                onChange={setIndicator}
                onAdd={addIndicator}
                onRemove={removeIndicator}
                onMove={moveIndicator}
                onInputTemplate={(ruleSet.inputTemplate ?? []).length === 0 || draft.indicators.some((r) => r.category === ruleSet.categories[0]!.id) ? null : addInputTemplate}
              />
            );
        }
      })}
      <OptionsPanel ruleSet={ruleSet} options={draft.options} onChange={setOption} />
      {noteModule && <noteModule.PasteNote
          note={pasteNote}
          onClose={() => setPasteNote(null)}
          onUndo={(before) => {
            // As any replacement: the form on screen (the pasted one, with any later edits) is kept in its turn.
            replaceDraft(editor, before, '', 'never');
            setPasteNote((prev) => prev && { anchor: prev.anchor, ok: true, text: '已撤销粘贴：表格恢复到粘贴之前。', seq: prev.seq + 1 });
          }}
        />}
      {/* What a paste did, or why it was refused, announced to screen readers (the note under the cell shows it). */}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="paste-announce">
        {pasteNote?.ok ? pasteNote.text : ''}
      </div>
      <div class="visually-hidden" aria-live="assertive" aria-atomic="true" data-testid="paste-announce-error">
        {pasteNote && !pasteNote.ok ? `粘贴未完成：${pasteNote.text}` : ''}
      </div>
      {PrintSheet ? (
        <PrintSheet draft={draft} scored={scored} ruleSet={ruleSet} />
      ) : (
        draft !== initialDraft && (
          <p class="print-sheet print-pending" data-testid="print-pending">
            打印用的表格正在准备：请关闭打印预览，点页面上的“打印”按钮，或再按一次 Ctrl+P（Mac 为 ⌘+P）。
          </p>
        )
      )}
    </div>
  );
}
