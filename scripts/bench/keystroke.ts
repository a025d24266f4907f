/**
 * Time from a keystroke in an 实际完成值 cell to the updated total on the page, in the browser,
 * for a given form (the bench uses a 100-indicator form). The form is put in the calculator's
 * autosave first, as a returning user would have it. The first edits load the engine and are
 * left out; the median and the slowest of the rest are reported.
 */
import type { Form } from '../../src/engine/index.ts';
import '../../src/forms/all.ts';
import '../../src/engine/rule-sets/all.ts';
import { fromForm } from '../../src/forms/draft.ts';
import { STORAGE_KEY } from '../../src/components/calculator/storage.ts';
import { launchBrowser } from '../../tests/browser/browser.ts';

/** Latency figures in milliseconds. */
export interface KeystrokeLatency {
  samples: number;
  medianMs: number;
  maxMs: number;
}

export async function keystrokeLatency(baseUrl: string, form: Form, samples = 25): Promise<KeystrokeLatency> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(fromForm(form))] as const);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/calculator/`, { waitUntil: 'networkidle' });
    const times = (await page.evaluate(async (n: number) => {
      // The cells are text areas since long values wrap (an <input> before): take either.
      const inputs = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].filter((i) => (i.getAttribute('aria-label') ?? '').endsWith('实际完成值'));
      if (inputs.length === 0) throw new Error('bench: no 实际完成值 cell on /calculator/');
      const total = document.querySelector('[data-testid="total-score"]')!;
      const setterOf = (el: HTMLInputElement | HTMLTextAreaElement) => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el) as object, 'value')!.set!;
      const out: number[] = [];
      for (let i = 0; i < n + 3; i++) {
        // Toggle a cell between its value and blank (blank scores 0), so every edit moves the total.
        const input = inputs[Math.floor(i / 2) % inputs.length]!;
        const before = total.textContent;
        const original = input.dataset.benchOriginal ?? input.value;
        input.dataset.benchOriginal = original;
        const next = input.value === '' ? original : '';
        const done = new Promise<number>((resolve) => {
          const mo = new MutationObserver(() => {
            if (total.textContent !== before && total.textContent !== '…') {
              mo.disconnect();
              resolve(performance.now());
            }
          });
          mo.observe(total, { childList: true, characterData: true, subtree: true });
          setTimeout(() => {
            mo.disconnect();
            resolve(performance.now());
          }, 3000);
        });
        input.focus();
        const t0 = performance.now();
        setterOf(input).call(input, next);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const t1 = await done;
        if (i >= 3) out.push(t1 - t0);
      }
      return out;
    }, samples)) as number[];
    times.sort((a, b) => a - b);
    return { samples: times.length, medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10, maxMs: Math.round(times[times.length - 1]! * 10) / 10 };
  } finally {
    await browser.close();
  }
}
