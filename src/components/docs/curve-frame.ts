/**
 * The frame every scoring curve of the guide is drawn in (CurveSvg.tsx for the Suzhou rules,
 * central/ProportionalCurve.astro for the central form), and the placement of its text, so the
 * picture reads on a 375 px phone as on a wide screen.
 *
 * Sizes are SVG user units. The picture is 480 × 270 units and at most 36rem wide; docs.css sets
 * its text to FONT (17.5) units below 30rem, so that on a 375 px phone text is about 12.5 px tall
 * (the picture about 343 px wide) and 11.2 px inside a mini-calculator (about 307 px), and to 13
 * units from 30rem (about 15.6 px at 36rem). Margins, tick spacing and label places are computed
 * for the larger size, so nothing overlaps at either.
 */

/** The picture (W × H) and the plot area inside it (L…R across, T…B down), in user units. */
export const FRAME = { W: 480, H: 270, L: 62, R: 462, T: 14, B: 222 } as const;

/** The largest font size (user units) docs.css gives any text of the picture (below 30rem). */
export const FONT = 17.5;

/** A box in user units: left, right, top, bottom. */
export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** A point in user units. */
export interface Pt {
  x: number;
  y: number;
}

/**
 * The width of a one-line text at `font` units, estimated from its characters: Chinese and
 * full-width characters 1 em, `%` 0.85 em, digits and other narrow characters 0.62 em, a space 0.3 em.
 */
export function textWidth(text: string, font = FONT): number {
  let em = 0;
  for (const ch of text) {
    if (ch === ' ') em += 0.3;
    else if (ch === '%') em += 0.85;
    else if (/[\u2e80-\uffff]/.test(ch)) em += 1;
    else em += 0.62;
  }
  return em * font;
}

/**
 * The x-axis ticks to print: `wanted` values (%, any order) kept while their labels (centred at
 * `x(v)`, `label(v)` wide at FONT) do not touch a label already kept (6 units apart at least). Values in
 * `first` (e.g. the 100 % mark) are kept before the others, then 0 and the last value, then the rest
 * left to right. Returned in ascending order.
 */
export function keepTicks(wanted: number[], x: (v: number) => number, label: (v: number) => string, first: number[] = []): number[] {
  const all = [...new Set(wanted)].sort((a, b) => a - b);
  const ends = [all[0]!, all[all.length - 1]!];
  const order = [...first.filter((v) => all.includes(v)), ...ends, ...all];
  const kept: { v: number; x1: number; x2: number }[] = [];
  for (const v of order) {
    if (kept.some((k) => k.v === v)) continue;
    const w = textWidth(label(v));
    const x1 = x(v) - w / 2 - 3;
    const x2 = x(v) + w / 2 + 3;
    if (kept.some((k) => x1 < k.x2 && k.x1 < x2)) continue;
    kept.push({ v, x1, x2 });
  }
  return kept.map((k) => k.v).sort((a, b) => a - b);
}

/**
 * The points along polylines (each a list of points), at most 2 units apart: what a label must not
 * cover (the scoring curve, the dashed comparison curve).
 */
export function densify(lines: Pt[][]): Pt[] {
  const out: Pt[] = [];
  for (const line of lines) {
    line.forEach((p, i) => {
      const q = line[i + 1];
      out.push(p);
      if (!q) return;
      const n = Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / 2);
      for (let k = 1; k < n; k++) out.push({ x: p.x + ((q.x - p.x) * k) / n, y: p.y + ((q.y - p.y) * k) / n });
    });
  }
  return out;
}

/** A placed label: where its text goes (x, baseline y) and which side of x it reads from. */
export interface Placed {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The box a one-line text covers (2 units of room around it), placed at `p`, `font` units tall. */
function boxOf(p: Placed, text: string, font = FONT): Box {
  const w = textWidth(text, font);
  const x1 = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - w : p.x - w / 2;
  return { x1: x1 - 2, x2: x1 + w + 2, y1: p.y - font * 0.85 - 2, y2: p.y + font * 0.2 + 2 };
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const covers = (a: Box, p: Pt) => p.x >= a.x1 && p.x <= a.x2 && p.y >= a.y1 && p.y <= a.y2;

/** The first of `tries` whose box stays in `within` and covers no point of `avoid` and no box of `taken`; else the first that stays in `within`; else the first. Its box is added to `taken`. */
function firstFree(tries: Placed[], text: string, within: Box, avoid: Pt[], taken: Box[]): Placed {
  const fits = tries.filter((t) => {
    const b = boxOf(t, text);
    return b.x1 >= within.x1 && b.x2 <= within.x2 && b.y1 >= within.y1 && b.y2 <= within.y2;
  });
  const chosen = fits.find((t) => {
    const b = boxOf(t, text);
    return !avoid.some((p) => covers(b, p)) && !taken.some((o) => overlaps(b, o));
  }) ?? fits[0] ?? tries[0]!;
  taken.push(boxOf(chosen, text));
  return chosen;
}

/**
 * Where the text of a curve goes so that nothing covers anything else (C8's 「100%」 sat on point 1):
 * - `numbers`: each marked point's number (when there are two or more points), above the dot, else
 *   below, right or left of it, away from the curves, the other dots and the numbers placed before;
 * - `marks`: the label of each vertical mark (e.g. 「100%」 beside the dashed 100 % line), right of the
 *   line on the plot's first line of text, else left of it, else the same a line lower, and so on
 *   down the plot, away from the curves, the dots, their numbers and the labels placed before.
 * `curves` are polylines in user units (densified here), `dots` the marked points' centres.
 */
export function layoutLabels(curves: Pt[][], dots: Pt[], marks: { x: number; text: string }[]): { numbers: Placed[]; marks: Placed[] } {
  const { W, H, L, R, T, B } = FRAME;
  const line = densify(curves);
  const taken: Box[] = dots.map((d) => ({ x1: d.x - 8, x2: d.x + 8, y1: d.y - 8, y2: d.y + 8 }));
  const picture: Box = { x1: 0, x2: W, y1: 0, y2: H };
  const numbers =
    dots.length > 1
      ? dots.map((d, i) => {
          const own = taken.splice(i, 1)[0]!;
          const placed = firstFree(
            [
              { x: d.x, y: d.y - 11, anchor: 'middle' },
              { x: d.x, y: d.y + FONT + 8, anchor: 'middle' },
              { x: d.x + 10, y: d.y + FONT * 0.35, anchor: 'start' },
              { x: d.x - 10, y: d.y + FONT * 0.35, anchor: 'end' },
              { x: d.x + 8, y: d.y + FONT + 6, anchor: 'start' },
              { x: d.x - 8, y: d.y + FONT + 6, anchor: 'end' },
            ],
            String(i + 1),
            picture,
            line,
            taken,
          );
          taken.splice(i, 0, own);
          return placed;
        })
      : [];
  const plot: Box = { x1: L - 2, x2: R + 2, y1: T, y2: B };
  const rows = Math.floor((B - T - 4) / (FONT + 3));
  const placedMarks = marks.map((m) => {
    const tries: Placed[] = [];
    for (let row = 0; row < rows; row++) {
      const y = T + FONT + 2 + row * (FONT + 3);
      tries.push({ x: m.x + 4, y, anchor: 'start' }, { x: m.x - 4, y, anchor: 'end' });
    }
    return firstFree(tries, m.text, plot, line, taken);
  });
  return { numbers, marks: placedMarks };
}
