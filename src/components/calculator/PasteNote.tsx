import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from '../../forms/draft.ts';

/** What a paste did, and where: `anchor` is the id of the cell the block was pasted into. */
export interface PasteNoteState {
  ok: boolean;
  text: string;
  anchor: string;
  /** Increases with every paste, so the same text pasted twice is announced again. */
  seq: number;
  /** The form as it was before a paste that took rows out (a whole table, apply.ts): 撤销粘贴 puts it back. */
  undo?: Draft;
}

interface Props {
  note: PasteNoteState | null;
  onClose: () => void;
  /** Puts back the form of `note.undo` (撤销粘贴). */
  onUndo: (draft: Draft) => void;
}

/**
 * What a paste from a spreadsheet did, or why it was refused (then nothing changed), shown where
 * the user is looking: right under the cell the block was pasted into (positioned against the
 * calculator, so a paste into a lower row is not reported off screen). Escape or × closes it. After
 * a paste that took rows out (a whole table), 撤销粘贴 puts the form back as it was.
 * Loaded with the paste code, on the first paste (its own chunk); the calculator announces the
 * same text through live regions that are always on the page.
 */
export function PasteNote({ note, onClose, onUndo }: Props) {
  // Pressing a button of the note leaves the focus in the cell being edited: its blur would change the
  // layout on a phone (the compact total bar, calculator.css) and move the note before the tap ends,
  // so the first tap on 撤销粘贴 or × would land elsewhere. The click (and keyboard use) is unchanged.
  const stay = (e: MouseEvent) => e.preventDefault();
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  useLayoutEffect(() => {
    if (!note) return;
    const anchor = document.getElementById(note.anchor);
    const box = ref.current?.offsetParent as HTMLElement | null;
    if (!anchor || !box) return setPlace(null);
    const a = anchor.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    const width = Math.min(ref.current!.offsetWidth || 320, b.width);
    setPlace({ top: a.bottom - b.top + 4, left: Math.max(0, Math.min(a.left - b.left, b.width - width)) });
  }, [note?.seq, note?.anchor]);
  return (
    <>
      {note && (
        <div
          ref={ref}
          class={note.ok ? 'paste-note floating ok' : 'paste-note floating'}
          style={place ? { top: `${place.top}px`, left: `${place.left}px` } : undefined}
          onKeyDown={(e) => e.key === 'Escape' && onClose()}
        >
          <p data-testid="paste-note">{note.text}</p>
          {note.undo && (
            <button type="button" class="small-button" data-testid="paste-undo" onMouseDown={stay} onClick={() => onUndo(note.undo!)}>
              撤销粘贴
            </button>
          )}
          <button type="button" class="icon-button" aria-label="关闭粘贴提示" onMouseDown={stay} onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </>
  );
}
