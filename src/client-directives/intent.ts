import type { ClientDirective } from 'astro';

/** Events that show the user reaching for the island: its code starts loading on the first one. */
const INTENT = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/** A share code in the location hash (`#v1.…`, maybe percent-encoded): a form to open at once. */
const SHARE_HASH = /^#\s*(?:%20)*v\d/;

/**
 * `client:intent` — hydrates an island when the user first reaches for it, not on load, so a page
 * whose island is already rendered at build time runs no framework code until it is used (issue 5:
 * no blocking time on load). Until then the server-rendered HTML is the page, fully readable.
 *
 * Hydration starts on the first pointer over or down, touch, focus or key inside the island, or at
 * once when there is something to restore: the directive's value names a localStorage key (e.g.
 * `client:intent="szpe.calculator.draft.v1"`) whose presence means a saved form must be shown, and
 * a location hash holding a share code (`#v1.…`, now or after a `hashchange`) means a shared form.
 *
 * Nothing done while the code is on its way is lost: clicks are held (default prevented) and
 * replayed once the island is live; fields typed into or changed get their `input`/`change` event
 * again so the component reads what is in them. A paste goes in as the browser does it (pasting is
 * never blocked); a pasted block of several cells (tabs or line breaks, from a spreadsheet) is taken
 * back out and replayed as a paste event, so the component can spread it over its cells.
 */
const intentDirective: ClientDirective = (load, options, el) => {
  let started = false;
  let live = false;
  const clicks: HTMLElement[] = [];
  const edits = new Map<EventTarget, Set<string>>();
  const pastes: { target: HTMLInputElement | HTMLTextAreaElement; text: string; before: string; start: number; end: number }[] = [];

  const onClick = (e: Event) => {
    if (live) return;
    e.preventDefault();
    e.stopPropagation();
    if (e.target instanceof HTMLElement && clicks.length < 20) clicks.push(e.target);
  };
  const onEdit = (e: Event) => {
    if (live || !e.target) return;
    const types = edits.get(e.target) ?? new Set<string>();
    types.add(e.type);
    edits.set(e.target, types);
  };
  const onPaste = (e: ClipboardEvent) => {
    const target = e.target;
    if (live || !(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!/[\t\r\n]/.test(text.trim())) return;
    const end = target.selectionEnd ?? target.value.length;
    pastes.push({ target, text, before: target.value, start: target.selectionStart ?? end, end });
  };

  const replay = () => {
    live = true;
    for (const { target, before, start, end } of pastes) {
      target.value = before;
      try {
        target.setSelectionRange(start, end);
      } catch {
        // A field type without a text selection: the paste then goes at the end.
      }
    }
    for (const [target, types] of edits) for (const type of types) target.dispatchEvent(new Event(type, { bubbles: true }));
    for (const { target, text, start, end } of pastes) {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const taken = !target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      if (!taken) {
        target.setRangeText(text, start, end, 'end');
        target.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    for (const target of clicks) if (target.isConnected) target.click();
    el.removeEventListener('click', onClick, true);
    el.removeEventListener('input', onEdit, true);
    el.removeEventListener('change', onEdit, true);
    el.removeEventListener('paste', onPaste, true);
  };

  const start = async () => {
    if (started) return;
    started = true;
    for (const type of INTENT) el.removeEventListener(type, start, true);
    window.removeEventListener('hashchange', onHash);
    try {
      const hydrate = await load();
      await hydrate();
    } finally {
      replay();
    }
  };
  const onHash = () => {
    if (SHARE_HASH.test(location.hash)) void start();
  };

  el.addEventListener('click', onClick, true);
  el.addEventListener('input', onEdit, true);
  el.addEventListener('change', onEdit, true);
  el.addEventListener('paste', onPaste, true);
  for (const type of INTENT) el.addEventListener(type, start, { capture: true, passive: true });
  window.addEventListener('hashchange', onHash);

  let saved = false;
  try {
    saved = typeof options.value === 'string' && options.value !== '' && localStorage.getItem(options.value) !== null;
  } catch {
    // Storage blocked (private mode, policy): nothing saved to restore.
  }
  if (saved || SHARE_HASH.test(location.hash)) void start();
};

export default intentDirective;
