import type { RuleSet } from '../../engine/rule-sets/rule-set.ts';
import type { Draft, IndicatorTextKey } from '../../forms/draft.ts';
import type { PasteNoteState } from './PasteNote.tsx';
import type { Notice } from './Toolbar.tsx';

/**
 * What the calculator's actions that live outside Calculator.tsx may do to the form on screen: those
 * that replace it (replace-form.ts) and those fetched only when used, so that none of their code loads
 * to fill in and score a form (issue 13): a paste (paste-into.ts) and a file imported (form-files.ts).
 * The calculator hands them this view of its state at the moment of the action; they change the page
 * only through it. Types only: nothing here runs.
 */
export interface Editor {
  /** The form on screen now (also after an await: the latest, not the one of the render that started the action). */
  draft: () => Draft;
  /** The page's own example as the island opened with it: replacing it asks nothing, and it is never kept. */
  initial: Draft;
  /** The rule set of the form on screen when the action started (installed: the calculator shows its form). */
  ruleSet: RuleSet;
  setDraft: (change: Draft | ((draft: Draft) => Draft)) => void;
  /** Row keys of a new blank form nobody has typed in yet (their “not filled yet” checks wait), or null for none. */
  setUntouched: (rows: ReadonlySet<number> | null) => void;
  /** The message under the toolbar (what an action did, or why it could not), or null for none. */
  setNotice: (notice: Notice | null) => void;
  /** One single cell (a form-file path such as `project/name`). */
  setField: (path: string, value: string) => void;
  /** One cell of a 子项目 row. */
  setSubproject: (index: number, key: 'name' | 'amount', value: string) => void;
  /** One cell of an indicator row (it is then no longer untouched). */
  setIndicator: (index: number, key: IndicatorTextKey, value: string) => void;
  /** What the last paste did, announced and shown under its cell (PasteNote.tsx). */
  setPasteNote: (change: (previous: PasteNoteState | null) => PasteNoteState | null) => void;
  /** Puts the paste note on the page (`module`: PasteNote.tsx, fetched with a block's paste code). */
  showPasteNote: (module: typeof import('./PasteNote.tsx')) => void;
  /** Shows 找回被替换的表单 opened, re-read after a form was kept there (`module`: ReplacedForms.tsx). */
  showKept: (module: typeof import('./ReplacedForms.tsx')) => void;
  /** Leaves a shared form for the editor (编辑副本): the address loses its share code. */
  showEditor: () => void;
}
