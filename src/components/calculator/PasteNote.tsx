interface Props {
  note: { ok: boolean; text: string } | null;
}

/** What a paste from a spreadsheet did, or why it was refused (then nothing changed). */
export function PasteNote({ note }: Props) {
  if (!note) return null;
  return (
    <p class={note.ok ? 'paste-note ok' : 'paste-note'} role={note.ok ? 'status' : 'alert'} data-testid="paste-note">
      {note.text}
    </p>
  );
}
