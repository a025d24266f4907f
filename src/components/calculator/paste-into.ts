import type { CellKind } from '../../forms/layout.ts';
import type { IndicatorTextKey } from '../../forms/draft.ts';
import { cellText, htmlHasTable, normalizeAmount, normalizeNumber } from '../../paste/parse.ts';
import type { Editor } from './editor.ts';

/**
 * A paste the calculator took over (Calculator.tsx `onPaste` decides, while the event lasts, and
 * stops the browser's own paste): what was copied, and the cell it was pasted into.
 */
export interface Pasted {
  /** The cell's draft path (its `data-path`): `project/name`, `indicators/3/weight`, `subprojects/0/amount`. */
  path: string;
  /** What the layout says the cell holds (forms/layout.ts `cellKindAt`). */
  kind: CellKind;
  /** The clipboard's text, and its HTML ('' when there is none): a spreadsheet's copy holds a table there. */
  text: string;
  html: string;
  /** The id of the cell, under which the paste note shows. */
  anchor: string;
  /** The cell's text and its selection when only part of it was selected, else null (the paste replaces the cell). */
  selection: { value: string; from: number; to: number } | null;
}

/**
 * A paste from Excel/WPS into any table of the layout (its fields blocks, amounts, 项目资金构成, the
 * indicators), fetched with the paste code on the first paste (issue 13): the field's path says where
 * it lands, the layout what each column is. Text with a tab or a line break is never pasted raw: one Excel
 * cell (quoted when it holds a line break) goes into the cell without its quotes, a note keeps the
 * lines of a text (not of a spreadsheet's column: the clipboard's HTML then holds a table), and a
 * block is mapped onto the table (paste/apply.ts) or refused with a message (nothing changed). What
 * a block did is said under its cell (PasteNote.tsx); a whole table that took typed rows out keeps the
 * form as it was (找回被替换的表单) and offers 撤销粘贴. One Excel cell pasted over a whole number cell
 * is normalised (1,234.50, full-width digits, 万元); one line of text never comes here (Calculator.tsx).
 */
export async function pasteInto(editor: Editor, pasted: Pasted): Promise<void> {
  const { path, kind, text, selection } = pasted;
  const row = /^(indicators|subprojects)\/(\d+)\/(\w+)$/.exec(path);
  const amount = kind === 'money';
  const number = !selection && (amount || kind === 'weight' || kind === 'selfScore');
  /** Puts one cell's text where the paste was: over the selection, as the browser would. */
  const putCell = (cell: string) => {
    const next = selection ? selection.value.slice(0, selection.from) + cell + selection.value.slice(selection.to) : cell;
    if (row?.[1] === 'subprojects') editor.setSubproject(Number(row[2]), row[3] as 'name' | 'amount', next);
    else if (row) editor.setIndicator(Number(row[2]), row[3] as IndicatorTextKey, next);
    else editor.setField(path, next);
  };
  const asNumber = (cell: string) => (amount ? normalizeAmount(cell) : normalizeNumber(cell));
  const one = cellText(text, kind === 'note', htmlHasTable(pasted.html));
  if (one !== null) {
    // One Excel cell (a quoted one with a line break), or a note's lines: into this cell only.
    putCell(number ? (asNumber(one) ?? one) : one);
    return;
  }
  // 找回被替换的表单 comes too: a whole table that takes typed rows out keeps the form as it was, shown with the pasted one.
  const [paste, note, replaced] = await Promise.all([import('../../paste/apply.ts'), import('./PasteNote.tsx'), import('./ReplacedForms.tsx')]);
  editor.showPasteNote(note);
  const d = editor.draft();
  const outcome =
    row?.[1] === 'indicators'
      ? paste.pasteIndicators(d, Number(row[2]), row[3] as IndicatorTextKey, text)
      : row?.[1] === 'subprojects'
        ? paste.pasteSubprojects(d, Number(row[2]), row[3] as 'name' | 'amount', text)
        : paste.pasteAt(d, path, text);
  if (outcome.ok) {
    editor.setDraft(outcome.draft);
    editor.setUntouched(null);
    // A whole table took typed rows out: the form as it was is kept (找回被替换的表单) and 撤销粘贴 offered.
    if (outcome.removed) {
      replaced.keepReplaced(d);
      editor.showKept(replaced);
    }
  }
  const undo = outcome.ok && outcome.removed ? { undo: d } : {};
  editor.setPasteNote((prev) => ({ anchor: pasted.anchor, ok: outcome.ok, text: outcome.ok ? outcome.summary : outcome.message, seq: (prev?.seq ?? 0) + 1, ...undo }));
}
