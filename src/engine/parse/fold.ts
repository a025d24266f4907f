/**
 * Folding what people type before it is read (R4, R22, C12): Unicode NFKC (full-width digits,
 * letters, `．`, `％`, `＝`, `﹦`, `＞`, `＜`, `，`, `～`, the ideographic space and the like become
 * their ASCII forms; `㎡` becomes `m2`), then the glyphs NFKC leaves alone: `═` → `=`, `⩾` → `≥`,
 * `⩽` → `≤`, the minus sign `−` → `-`.
 */

const EXTRA: Record<string, string> = {
  '═': '=',
  '⩾': '≥',
  '⩽': '≤',
  '−': '-',
};
const EXTRA_RE = /[═⩾⩽−]/g;
// Only text outside printable ASCII can change under NFKC; skip the call for plain ASCII cells.
const NEEDS_NFKC = /[^\x20-\x7e]/;

/**
 * Folds a cell as the form means it (R4, R22). Never throws.
 * @example foldWidth('＝１３個') // '=13個'
 * @example foldWidth('﹦100 %') // '=100 %'
 * @example foldWidth('═100 %') // '=100 %'
 */
export function foldWidth(text: string): string {
  if (!NEEDS_NFKC.test(text)) return text;
  return text.normalize('NFKC').replace(EXTRA_RE, (ch) => EXTRA[ch] ?? ch);
}

/**
 * A cell as compared with another (C12's actual that repeats its target, R27's zero word copied):
 * folded, trimmed, a leading `=` dropped.
 * @example sameText('＝ 零事故 ') // '零事故'
 */
export function sameText(text: string): string {
  return foldWidth(text).trim().replace(/^=\s*/, '');
}
