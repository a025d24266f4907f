import { fieldId } from '../../forms/draft.ts';
/**
 * Keyboard focus across a change that moves or removes the focused element (row ↑/↓/×, closing a
 * dialog): without this the browser drops focus to <body> and a keyboard user is sent to the top.
 */

/**
 * Call just before a state change. After the next render, if focus was lost, it goes back to the
 * element that had it (still on the page and enabled), else to its nearest enabled sibling control
 * in the same cell, else to what `fallback` returns.
 */
export function keepFocus(fallback?: () => HTMLElement | null | undefined): void {
  const had = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const cell = had?.parentElement ?? null;
  requestAnimationFrame(() => {
    const now = document.activeElement;
    if (now && now !== document.body && now.isConnected) return;
    const usable = (el: Element | null | undefined): el is HTMLElement => el instanceof HTMLElement && el.isConnected && !(el as HTMLButtonElement).disabled;
    if (usable(had)) return had.focus();
    const sibling = cell?.isConnected ? [...cell.querySelectorAll('button, input')].find(usable) : undefined;
    if (sibling) return sibling.focus();
    const target = fallback?.();
    if (usable(target)) target.focus();
  });
}

/** The control of the same kind (same aria-label prefix, e.g. “删除”) in the row now at `index` of `selector`, or the last one. */
export function sameControlAt(selector: string, index: number): HTMLElement | null {
  const list = [...document.querySelectorAll<HTMLElement>(selector)];
  return list[Math.min(index, list.length - 1)] ?? null;
}

/**
 * Moves keyboard focus to the field a path names, or to its nearest existing parent
 * (`indicators/6/actual` → `indicators/6` → `indicators`), and scrolls it into view.
 */
export function focusField(path: string): void {
  const parts = path.split('/');
  while (parts.length > 0) {
    const el = document.getElementById(fieldId(parts.join('/')));
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (!el.matches('input, select, textarea, button, a[href]') && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
      el.focus({ preventScroll: true });
      return;
    }
    parts.pop();
  }
}
