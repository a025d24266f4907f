import type { ClientDirective } from 'astro';

/** Events that show the user reaching for the island: its code starts loading on the first one. */
const INTENT = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

/**
 * Whether the location hash holds a share code, to open at once: a hash shaped like one that is not
 * an anchor of the page. So `#v1.…`, `#V1.…` and a fully percent-encoded `#%76%31…` (what mail
 * clients and chat apps make of a link) open, and a broken one is explained, never silently ignored;
 * any other hash (`#main`, `#c2`) is an anchor and wakes nothing (as Calculator.tsx's hashCode).
 */
function shareHash(): boolean {
  return shareShaped() && !document.getElementById(hashText());
}

/** The location hash without `#`, percent-decoded where it can be. */
function hashText(): string {
  const hash = location.hash.slice(1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

/**
 * Whether the hash has the shape of a share code (`v1.…`, any case): known before the rest of the
 * page is parsed. Any other hash may be an anchor further down the page (`#f-budget`, `#h-checks`),
 * which cannot be looked up yet; it is judged once the page is parsed (shareHash).
 */
function shareShaped(): boolean {
  return /^v\d+\./i.test(hashText().trim());
}

/*
 * This script runs just before the island's server-rendered content is parsed, so a share code in
 * the address is known before that content is first painted: <html data-opening="share"> lets the
 * page's CSS lay out for the shared form from the first paint (calculator.css), so nothing moves
 * when it arrives. The directive clears it when the hash turns out to be an anchor in the island.
 */
if (shareShaped()) document.documentElement.dataset.opening = 'share';

/** Controls that do nothing without the island's code: their clicks are held and replayed. */
const NEEDS_CODE = 'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]';

/** Fields whose typed value the component reads from `input`/`change` events. */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** A new task: what follows does not lengthen the one running now (the code's evaluation, a render). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Lets the page (and Preact's queued renders and effects) catch up: a frame, then a task. */
const settle = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * `client:intent` — hydrates an island when the user first reaches for it, not on load, so a page
 * whose island is already rendered at build time runs no framework code until it is used (issue 5:
 * no blocking time on load). Until then the server-rendered HTML is the page, fully readable.
 *
 * When: on the first pointer over or down, touch, focus or key inside the island; or at once when
 * there is something to restore — the directive's value names a localStorage key (e.g.
 * `client:intent="szpe.calculator.draft.v1"`) whose presence means a saved form must be shown, and
 * a location hash holding a share code (`#v1.…`, now or after a `hashchange`) means a shared form.
 * While such a restore is on its way the island is `inert` and marked `data-waking="restore"`, so
 * nothing can be typed into the form that is about to be replaced (the page shows a note by CSS).
 * A share code is known before the island is parsed (`<html data-opening="share">`, for CSS), and its
 * server-rendered content is dropped, not hydrated, once the code has arrived.
 *
 * Nothing done before the code arrives is lost:
 * - clicks on controls that need the code (buttons) are held and replayed one at a time, the page
 *   re-rendering in between, so a held 删除 still removes the row that was tapped and a second tap
 *   on a button that is gone by then is dropped; links, labels, fields and <summary> work natively;
 * - fields typed into or changed get their `input`/`change` event again, so the component reads them
 *   (a text area first gets back what was typed: hydration resets its value to the rendered one);
 * - a paste goes in as the browser does it (pasting is never blocked), then is taken back out and
 *   replayed as a paste event with all of its clipboard data (the text and a spreadsheet's HTML), so
 *   the component can clean a number or spread a spreadsheet block exactly as on a later paste;
 * - leaving the page with edits not yet taken asks first (beforeunload).
 * If the code cannot be loaded (network), the island is marked `data-waking="failed"` (the page
 * shows a note by CSS), held clicks are dropped, and the next interaction tries again.
 */
const intentDirective: ClientDirective = (load, options, el) => {
  let started = false;
  let live = false;
  let clicks: HTMLElement[] = [];
  const edits = new Map<Field, Set<string>>();
  /** What was typed in each text area: hydration sets a text area's value back to the rendered one (Preact). */
  const typed = new Map<HTMLTextAreaElement, string>();
  /** Each paste held: its field, a copy of all its clipboard data (text/plain, and a spreadsheet's text/html table), and the field before it. */
  const pastes: { target: HTMLInputElement | HTMLTextAreaElement; clip: DataTransfer; before: string; start: number; end: number }[] = [];

  const onClick = (e: MouseEvent) => {
    if (live || !(e.target instanceof Element)) return;
    const control = e.target.closest<HTMLElement>(NEEDS_CODE);
    if (!control || !el.contains(control)) return;
    e.preventDefault();
    e.stopPropagation();
    if (clicks.length < 20) clicks.push(control);
  };
  const onEdit = (e: Event) => {
    const target = e.target;
    if (live || !(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) return;
    if (target instanceof HTMLTextAreaElement) typed.set(target, target.value);
    const types = edits.get(target) ?? new Set<string>();
    types.add(e.type);
    edits.set(target, types);
  };
  const onPaste = (e: ClipboardEvent) => {
    const target = e.target;
    if (live || !(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) return;
    const end = target.selectionEnd ?? target.value.length;
    // Every type, not only the text: a column copied from Excel is then spread down the rows on replay, as a later paste is.
    const clip = new DataTransfer();
    for (const type of e.clipboardData?.types ?? []) clip.setData(type, e.clipboardData!.getData(type));
    pastes.push({ target, clip, before: target.value, start: target.selectionStart ?? end, end });
  };
  const onLeave = (e: BeforeUnloadEvent) => {
    if (!live && (edits.size > 0 || pastes.length > 0)) e.preventDefault();
  };

  const listen = (on: boolean) => {
    const method = on ? 'addEventListener' : 'removeEventListener';
    el[method]('click', onClick as EventListener, true);
    el[method]('input', onEdit, true);
    el[method]('change', onEdit, true);
    el[method]('paste', onPaste as EventListener, true);
    window[method]('beforeunload', onLeave as EventListener);
  };

  const replay = async () => {
    live = true;
    for (const [target, value] of typed) target.value = value;
    typed.clear();
    for (const { target, before, start, end } of pastes) {
      target.value = before;
      try {
        target.setSelectionRange(start, end);
      } catch {
        // A field type without a text selection: the paste then goes at the end.
      }
    }
    for (const [target, types] of edits) for (const type of types) target.dispatchEvent(new Event(type, { bubbles: true }));
    for (const { target, clip, start, end } of pastes.splice(0)) {
      const taken = !target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clip, bubbles: true, cancelable: true }));
      if (!taken) {
        target.setRangeText(clip.getData('text/plain'), start, end, 'end');
        target.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    edits.clear();
    listen(false);
    for (const control of clicks.splice(0)) {
      await settle();
      if (control.isConnected && !(control as HTMLButtonElement).disabled) control.click();
    }
  };

  const wake = async () => {
    if (started) return;
    started = true;
    for (const type of INTENT) el.removeEventListener(type, wake, true);
    window.removeEventListener('hashchange', onHash);
    const restoring = el.dataset.waking === 'restore';
    const hydrate = await load();
    // A shared form replaces the page's server-rendered form at once: when the code has arrived
    // (Astro has set the island's Component), that form is dropped rather than hydrated, the most
    // costly work of opening a link, and the component renders from scratch (Calculator opens the link).
    if (restoring && shareHash() && (el as HTMLElement & { Component?: unknown }).Component) el.replaceChildren();
    // Evaluating the code and the first render are two tasks, not one long one.
    await nextTask();
    await hydrate();
    if (el.hasAttribute('ssr')) {
      // The code did not arrive (Astro has logged why): say so, drop held clicks, try again on the next interaction.
      el.dataset.waking = 'failed';
      el.removeAttribute('inert');
      el.removeAttribute('aria-busy');
      clicks = [];
      started = false;
      for (const type of INTENT) el.addEventListener(type, wake, { capture: true, passive: true });
      return;
    }
    // Let the component restore what it restores on mount before anything held is replayed.
    if (restoring) await settle();
    el.removeAttribute('inert');
    el.removeAttribute('aria-busy');
    delete el.dataset.waking;
    await replay();
  };
  const restoreNow = () => {
    el.dataset.waking = 'restore';
    el.setAttribute('aria-busy', 'true');
    el.inert = true;
    void wake();
  };
  const onHash = () => {
    if (shareHash()) restoreNow();
  };

  listen(true);
  for (const type of INTENT) el.addEventListener(type, wake, { capture: true, passive: true });
  window.addEventListener('hashchange', onHash);

  let saved = false;
  try {
    saved = typeof options.value === 'string' && options.value !== '' && localStorage.getItem(options.value) !== null;
  } catch {
    // Storage blocked (private mode, policy): nothing saved to restore.
  }
  // A share code opens at once; any other hash is judged once the page is parsed (an anchor further
  // down cannot be looked up before), and opens then if it is not an anchor (a broken link is explained).
  const judgeHash = () => {
    if (shareHash()) restoreNow();
    else delete document.documentElement.dataset.opening;
  };
  if (saved || shareShaped()) restoreNow();
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', judgeHash, { once: true });
  else judgeHash();
};

export default intentDirective;
