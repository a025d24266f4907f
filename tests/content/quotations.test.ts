import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { QUOTATIONS } from '../../content/quotations.ts';
import { ruleSets } from '../../src/engine/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = readFileSync(join(ROOT, 'content/source/tianbiao-shuoming.txt'), 'utf8');
const SEED = join(ROOT, '../shared/seeds/000_55edd880770744bd.txt');

/** Whitespace is layout in the extracted text (line breaks, spaces around digits), not wording. */
const squash = (s: string) => s.replace(/\s+/g, '');

function walk(dir: string, exts: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, exts) : exts.test(p) ? [relative(ROOT, p)] : [];
  });
}

/** Files whose words a reader sees: guide pages, routes, components, and the engine's messages. */
const FILES = [
  ...walk(join(ROOT, 'content/docs'), /\.mdx$/),
  ...walk(join(ROOT, 'src/pages'), /\.astro$/),
  ...walk(join(ROOT, 'src/components'), /\.(astro|tsx|ts)$/),
  ...walk(join(ROOT, 'src/engine'), /\.ts$/).filter((p) => /explain|score-indicator|score-form|checks/.test(p)),
];

/**
 * The quotations a file attributes to the 填表说明: the body of each `<div class="source">` block
 * (without its “（填表说明第 N 条）”), and each 「…」 or “…” of eight or more characters that follows
 * “填表说明” within a few characters (“填表说明第 4 条：“…””, “按填表说明“…””). A 「…」 may hold “…”.
 * A quotation filled in from data (`${…}`) is skipped here; the data itself is checked below.
 */
export function attributedQuotes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/<div class="source">([\s\S]*?)<\/div>/g)) out.push(m[1]!.replace(/（填表说明第\s*\d\s*条）/g, '').trim());
  for (const m of text.matchAll(/填表说明[^“「。\n]{0,12}?[“「]/g)) {
    const open = text[m.index! + m[0].length - 1]!;
    const start = m.index! + m[0].length;
    const end = text.indexOf(open === '「' ? '」' : '”', start);
    if (end < 0) continue;
    const q = text.slice(start, end);
    // A template (“${ruleSet.missingActualQuote}”) quotes data; that data is checked below.
    if (squash(q).length >= 8 && !q.includes('${')) out.push(q);
  }
  return out;
}

describe('quotations of the 填表说明', () => {
  it('the project copy of the 填表说明 is the seed form’s text (when ../shared is present)', () => {
    if (!existsSync(SEED)) return;
    expect(squash(readFileSync(SEED, 'utf8'))).toContain(squash(SOURCE));
  });

  it('each listed quotation is in the 填表说明, word for word', () => {
    const bad = QUOTATIONS.filter((q) => !squash(SOURCE).includes(squash(q.text))).map((q) => q.text);
    expect(bad).toEqual([]);
  });

  it('each listed file really contains its quotation', () => {
    const bad: string[] = [];
    for (const q of QUOTATIONS) {
      expect(q.files.length, q.text).toBeGreaterThan(0);
      for (const f of q.files) {
        const path = join(ROOT, f);
        if (!existsSync(path) || !squash(readFileSync(path, 'utf8')).includes(squash(q.text))) bad.push(`${f}: ${q.text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every quotation a page attributes to the 填表说明 is listed, with that page', () => {
    const missing: string[] = [];
    for (const f of FILES) {
      for (const q of attributedQuotes(readFileSync(join(ROOT, f), 'utf8'))) {
        const listed = QUOTATIONS.find((x) => squash(x.text) === squash(q));
        if (!listed || !listed.files.includes(f)) missing.push(`${f}: ${q}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the quotations a rule set carries as data (shown in row explanations) are listed', () => {
    for (const rs of Object.values(ruleSets)) {
      if (!rs.missingActualQuote) continue;
      const listed = QUOTATIONS.find((x) => squash(x.text) === squash(rs.missingActualQuote!));
      expect(listed?.files, rs.id).toContain(`src/engine/rule-sets/${rs.id}.ts`);
    }
  });

  it('finds the quotations it should (the extractor itself)', () => {
    expect(attributedQuotes('按填表说明“某项指标无法提供具体数值，且无说明，得 0 分”。')).toEqual(['某项指标无法提供具体数值，且无说明，得 0 分']);
    expect(attributedQuotes('填表说明第 4 条：「除指标解释中有特别说明的以外，“投入”类指标评分规则同“产出”类指标」')).toEqual(['除指标解释中有特别说明的以外，“投入”类指标评分规则同“产出”类指标']);
    expect(attributedQuotes('<div class="source">\n\n各项数据采集的时间节点均为 2019 年 12 月 31 日。（填表说明第 4 条）\n\n</div>')).toEqual(['各项数据采集的时间节点均为 2019 年 12 月 31 日。']);
    expect(attributedQuotes('填表说明只说“投入”类')).toEqual([]);
  });
});
