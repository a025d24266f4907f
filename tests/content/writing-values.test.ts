import { describe, expect, it } from 'vitest';
import { scoreRow } from '../../src/components/docs/score-row.ts';
import { docFiles } from './docs-files.ts';

/**
 * The page on how values are written (/guide/writing-values/) lists every operator glyph and word
 * the site accepts (R4, R22). This checks the list against the engine: each word or glyph, written
 * as the page says (before the number, or after the number and unit), scores exactly like the
 * plain glyph of its direction, on both forms, met and not met.
 */
const page = docFiles().find((d) => d.route === '/guide/writing-values/')!;

interface Direction {
  label: string;
  before: string[];
  after: string[];
}

/** The rows of the page's operator table: 方向 | glyphs before | words before | words after. */
function operatorTable(): Direction[] {
  const rows = page.body.split('\n').filter((l) => /^\| (不低于|高于|不超过|低于|等于)/.test(l));
  return rows.map((l) => {
    const cells = l.split('|').slice(1, -1).map((c) => c.trim());
    const glyphs = Array.from(cells[1]!.matchAll(/`([^`]+)`/g), (m) => m[1]!);
    const words = cells[2]!.split('、').map((w) => w.trim()).filter((w) => w && w !== '—');
    const after = cells[3]!.split('、').map((w) => w.trim()).filter((w) => w && w !== '—');
    return { label: cells[0]!, before: [...glyphs, ...words], after };
  });
}

const plain: Record<string, string> = { 不低于: '≥', 高于: '>', 不超过: '≤', 低于: '<', 等于: '=' };

describe('the operator words on /guide/writing-values/ are the ones the engine reads', () => {
  const table = operatorTable();
  it('lists the five directions', () => {
    expect(table.map((d) => d.label.replace(/（.*$/, ''))).toEqual(['不低于', '高于', '不超过', '低于', '等于']);
  });

  for (const d of table) {
    const dir = d.label.replace(/（.*$/, '');
    const glyph = plain[dir]!;
    // Values where the direction matters: met on one side, missed on the other.
    const [target, actuals] = glyph === '≥' || glyph === '>' ? ['95', ['98%', '90%']] : glyph === '=' ? ['100', ['100%', '90%']] : ['5', ['3%', '8%']];
    for (const rs of ['suzhou-2017', 'central-2020']) {
      for (const actual of actuals) {
        const expected = scoreRow(rs, { category: 'output', target: `${glyph}${target}%`, actual, weight: '10' }).result.score;
        for (const w of d.before) {
          it(`${rs}: “${w}${target}%” with ${actual} scores as “${glyph}${target}%”`, () => {
            expect(scoreRow(rs, { category: 'output', target: `${w}${target}%`, actual, weight: '10' }).result.score).toBe(expected);
          });
        }
        for (const w of d.after) {
          it(`${rs}: “${target}%${w}” with ${actual} scores as “${glyph}${target}%”`, () => {
            expect(scoreRow(rs, { category: 'output', target: `${target}%${w}`, actual, weight: '10' }).result.score).toBe(expected);
          });
        }
      }
    }
  }
});
