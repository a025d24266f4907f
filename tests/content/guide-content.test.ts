import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curveMarks, D, fixed2, scoreForm, suzhou2017, type CategoryId, type Form, type RatioRule, type ScoringOptions } from '../../src/engine/index.ts';
import { scoreOne } from '../../src/components/docs/score-one.ts';
import { components, docFiles } from './docs-files.ts';
import { scoreRow, type GuideRow } from '../../src/components/docs/score-row.ts';
import { central, centralConstants } from '../../src/components/docs/central/central-data.ts';

const docs = docFiles();
const routes = new Set(['/', '/calculator/', '/calculator/central/', '/search/', ...docs.map((d) => d.route)]);

describe('guide pages', () => {
  it('cover every page the issue asks for', () => {
    const must = [
      '/guide/',
      '/indicators/fund-compliance/',
      '/indicators/financial-rules/',
      '/indicators/fund-arrival-rate/',
      '/indicators/budget-execution-rate/',
      '/indicators/earmarked-use-rate/',
      '/indicators/progress-management/',
      '/rules/grades/',
      '/rules/completion-ratio/',
      '/rules/band/',
      '/rules/outcome/',
      '/rules/impact/',
      '/rules/lower-is-better/',
      '/rules/zero-target/',
      '/rules/missing-values/',
      '/rules/weights/',
      '/rules/rounding/',
      '/rules/budget-tables/',
      '/readings/',
      '/guide/writing-indicators/',
      '/glossary/',
      '/faq/',
      '/examples/seed-2020/',
      '/examples/output-shortfall/',
      '/examples/output-over-130/',
      '/examples/lower-is-better/',
      '/examples/missing-actual/',
      '/examples/over-140/',
      '/guide/savings-and-execution-rate/',
      '/guide/deviation-notes/',
      '/guide/review/',
      '/guide/sub-projects/',
      '/guide/80-and-100/',
      '/guide/writing-values/',
      '/central/',
      '/central/readings/',
      '/central/compare/',
      '/central/example/',
      ...[
        'categories',
        'no-satisfaction',
        'weights',
        'categories-of-rows',
        'funds-table',
        'execution-score',
        'higher-is-better',
        'lower-is-better',
        'over-target',
        'values',
        'tiers',
        'tier-words',
        'self-score',
        'rounding',
        'grade',
        'deviation-note',
      ].map((p) => `/central/rules/${p}/`),
    ];
    for (const r of must) expect(routes, r).toContain(r);
  });

  it('each has a title and a description', () => {
    for (const d of docs) {
      expect(d.data.title?.length ?? 0, d.path).toBeGreaterThan(1);
      expect(d.data.description?.length ?? 0, d.path).toBeGreaterThan(20);
    }
  });

  it('link only to pages that exist (and to anchors of 本站解读 that exist)', () => {
    const readings = docs.find((d) => d.route === '/readings/')!.body;
    const centralReadings = docs.find((d) => d.route === '/central/readings/')!.body;
    for (const d of docs) {
      for (const m of d.body.matchAll(/\]\((\/[^)#]*)(#[^)]*)?\)|href=\{?["'`](\/[^"'`#]*)(#[^"'`]*)?/g)) {
        const path = m[1] ?? m[3]!;
        const hash = m[2] ?? m[4];
        expect(routes, `${d.path} → ${path}`).toContain(path);
        if (path === '/readings/' && hash) expect(readings, `${d.path} → ${hash}`).toContain(`id="${hash.slice(1)}"`);
        if (path === '/central/readings/' && hash) expect(centralReadings, `${d.path} → ${hash}`).toContain(`id="${hash.slice(1)}"`);
      }
    }
  });

  it('本站解读 explains every rule R1–R31, each with its anchor', () => {
    const readings = docs.find((d) => d.route === '/readings/')!.body;
    const decisions = Array.from({ length: 31 }, (_, i) => `r${i + 1}`);
    for (const r of decisions) expect(readings).toContain(`<span id="${r}">R${r.slice(1)}</span>`);
    // Every option of the rule set is compared on that page, by the engine.
    for (const o of suzhou2017.options) expect(readings).toContain(`option="${o.key}"`);
  });

  it('the central form’s 本站解读 explains every rule C1–C16, each with its anchor, and compares every option', () => {
    const readings = docs.find((d) => d.route === '/central/readings/')!.body;
    for (let i = 1; i <= 16; i++) expect(readings).toContain(`<span id="c${i}">C${i}</span>`);
    for (const o of central().options) expect(readings).toContain(`option="${o.key}"`);
  });

  it('every point that rests only on a recollection of 财预〔2020〕10号 is marked as such (C2, C4, C9)', () => {
    for (const route of ['/central/readings/', '/central/rules/no-satisfaction/', '/central/rules/categories-of-rows/', '/central/rules/over-target/', '/central/']) {
      const d = docs.find((x) => x.route === route)!;
      expect(d.body, route).toContain('仅凭记忆');
    }
  });

  it('each central rule page names its C-number in its title and frontmatter', () => {
    for (const d of docs.filter((x) => x.route.startsWith('/central/rules/'))) {
      const c = /^C(\d+) /.exec(d.data.title ?? '');
      expect(c, d.route).not.toBeNull();
      expect(d.data.rules, d.route).toContain(`C${c![1]}`);
    }
  });

  it('interpretations are marked 本站解读 on the rule pages that make them', () => {
    for (const d of docs.filter((x) => x.route.startsWith('/rules/') || x.route.startsWith('/indicators/'))) {
      if (['/rules/band/', '/rules/outcome/', '/rules/impact/', '/rules/lower-is-better/', '/rules/zero-target/', '/rules/missing-values/', '/rules/weights/', '/rules/rounding/', '/rules/budget-tables/', '/rules/grades/', '/rules/completion-ratio/', '/indicators/budget-execution-rate/'].includes(d.route))
        expect(d.body, d.route).toContain('<Reading r="');
    }
  });

  it('every 本站解读 block of the Suzhou pages names its rule numbers (no untagged reading blocks)', () => {
    // The central form's pages (/central/) mark their readings with C-numbers in their own way.
    for (const d of docs.filter((x) => !x.route.startsWith('/central/'))) {
      expect(d.body, d.route).not.toContain('class="reading"');
      for (const m of d.body.matchAll(/<Reading r="([^"]*)">/g)) for (const r of m[1]!.split(' ')) expect(r, d.route).toMatch(/^R([1-9]|[12]\d|3[01])$/);
    }
  });

  it('uses the term 反向指标 where lower-is-better targets are taught', () => {
    for (const route of ['/rules/lower-is-better/', '/examples/lower-is-better/', '/glossary/', '/readings/', '/guide/writing-indicators/']) {
      expect(docs.find((d) => d.route === route)!.body, route).toContain('反向指标');
    }
    expect(docs.find((d) => d.route === '/rules/lower-is-better/')!.data.title).toContain('反向指标');
  });

  it('the rounding page shows a row where rounding the ratio first changes the score, and one where it does not', () => {
    const page = docs.find((d) => d.route === '/rules/rounding/')!;
    const rows = components(page.body, 'RoundFirst');
    expect(rows.length).toBe(2);
    const differs = rows.map((p) => {
      const exact = scoreOne({ category: p.category as CategoryId, target: String(p.target), actual: String(p.actual), weight: String(p.weight) });
      if (!exact.ok || exact.result.ratio === null) throw new Error('bad row');
      const first = scoreOne({ category: p.category as CategoryId, target: '=100%', actual: `${exact.result.ratio}%`, weight: String(p.weight) });
      if (!first.ok) throw new Error('bad row');
      return exact.result.score !== first.result.score;
    });
    expect(differs).toEqual([true, false]);
  });
});

/** Numbers a page may state in its own words: the rule set's constants (rules, not results). */
function ruleConstants(): Set<string> {
  const rs = suzhou2017;
  const values = new Set<string>([rs.total, rs.tolerance, '0', '1', '100', ...centralConstants()]);
  for (const c of rs.categories) values.add(c.total);
  for (const g of rs.grades) values.add(g.share);
  for (const t of rs.inputTemplate) values.add(t.weight);
  for (const r of Object.values(rs.ratioRules)) {
    const m = curveMarks(r);
    // Suzhou's rules are all band rules (R10, R11); a proportional rule has no band constants.
    const band = r.kind === 'proportional' ? [] : [r.fullFrom, r.fullTo, r.shortfallPerPoint, r.overPerPoint];
    for (const v of [...band, m.zeroBelow, m.zeroAbove]) if (v !== null) values.add(String(v));
  }
  return values;
}

/** Prose only: no frontmatter, code, components, quotes of the 填表说明 (source) or tables of inputs. */
function prose(body: string): string {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/^export .*$/gm, '')
    .replace(/<div class="source">[\s\S]*?<\/div>/g, '')
    .replace(/`[^`]*`/g, '')
    .replace(/<[A-Z]\w*[\s\S]*?\/>/g, '')
    .replace(/<[^>]+>/g, '');
}

describe('no number about scoring is typed by hand', () => {
  const allowed = ruleConstants();
  it('percentages and points in prose are rule constants (results come from components)', () => {
    const bad: string[] = [];
    for (const d of docs) {
      const text = prose(d.body);
      for (const m of text.matchAll(/(\d+(?:\.\d+)?)\s*(%|％|分)/g)) {
        if (!allowed.has(m[1]!)) bad.push(`${d.route}: “${text.slice(Math.max(0, m.index! - 12), m.index! + m[0].length + 4).replace(/\n/g, ' ')}”`);
      }
      for (const m of text.matchAll(/\b\d+\.\d{2}\b/g)) {
        if (!allowed.has(m[0])) bad.push(`${d.route}: two-decimal figure ${m[0]}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('titles state the band the engine uses', () => {
    const band = suzhou2017.ratioRules.band as RatioRule;
    const bandDoc = docs.find((d) => d.route === '/rules/band/')!;
    expect(bandDoc.data.title).toContain(`${band.fullFrom}%～${band.fullTo}%`);
    const outcome = docs.find((d) => d.route === '/rules/outcome/')!;
    expect(outcome.data.title).toContain(`${(suzhou2017.ratioRules.threshold as RatioRule).fullFrom}% 及以上`);
  });
});

describe('worked examples are valid rows the engine can score', () => {
  const kinds = ['Example', 'Num', 'MiniCalc'];
  it('every <Example>, <Num> and mini-calculator row is a valid form row', () => {
    let n = 0;
    for (const d of docs) {
      for (const kind of kinds) {
        for (const p of components(d.body, kind)) {
          const out = scoreOne(
            { category: p.category as CategoryId, target: String(p.target), actual: String(p.actual ?? ''), weight: String(p.weight ?? '') },
            p.options as Partial<ScoringOptions> | undefined,
          );
          expect(out.ok, `${d.route} ${kind} ${JSON.stringify(p)}`).toBe(true);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(60);
  });

  it('every central example, value table and form comparison row is a valid row of its rule set', () => {
    let n = 0;
    const check = (rs: string, row: GuideRow, where: string) => {
      expect(() => scoreRow(rs, row), where).not.toThrow();
      n++;
    };
    for (const d of docs) {
      for (const p of components(d.body, 'CentralExample')) check('central-2020', p as unknown as GuideRow, `${d.route} ${JSON.stringify(p)}`);
      for (const p of components(d.body, 'ValueTable')) {
        const rows = p.rows as Partial<GuideRow>[] | undefined;
        expect(rows, `${d.route} ValueTable rows`).toBeDefined();
        const defaults = (p.defaults ?? {}) as Partial<GuideRow>;
        for (const r of rows!) check(String(p.ruleSet ?? 'suzhou-2017'), { category: 'output', weight: '24', ...defaults, ...r } as GuideRow, `${d.route} ${JSON.stringify(r)}`);
      }
      for (const p of components(d.body, 'FormsCompare')) {
        for (const r of p.rows as { name: string; target: string; actual: string; suzhou: Partial<GuideRow>; central: Partial<GuideRow> }[]) {
          check('suzhou-2017', { name: r.name, target: r.target, actual: r.actual, ...r.suzhou } as GuideRow, `${d.route} ${r.name}`);
          check('central-2020', { name: r.name, target: r.target, actual: r.actual, ...r.central } as GuideRow, `${d.route} ${r.name}`);
        }
      }
    }
    expect(n).toBeGreaterThan(100);
  });

  it('every central option comparison shows a difference (a reading that changes nothing teaches nothing)', () => {
    let n = 0;
    for (const d of docs) {
      for (const p of components(d.body, 'OptionCompare')) {
        const o = central().options.find((x) => x.key === p.option)!;
        expect(o, `${d.route} ${String(p.option)}`).toBeDefined();
        const scores = o.values.map((v) => {
          const options = { [o.key]: v.value } as ScoringOptions;
          if (p.row) return scoreRow('central-2020', p.row as GuideRow, options).result.score;
          const base: Form = p.form
            ? (JSON.parse(readFileSync(new URL(`../cases/${String(p.form)}.json`, import.meta.url), 'utf8')) as { form: Form }).form
            : ({ version: 1, ruleSet: 'central-2020', execution: p.execution, indicators: [{ category: 'output', name: '示例指标', target: '≥1', actual: '1', weight: '90' }] } as Form);
          return scoreForm({ ...base, options: { ...(base.options ?? {}), ...options } } as Form).total;
        });
        expect(new Set(scores).size, `${d.route} ${o.key}`).toBeGreaterThan(1);
        n++;
      }
    }
    expect(n).toBeGreaterThanOrEqual(central().options.length);
  });

  it('every <Compare> row scores, and option comparisons differ where the page says a reading matters', () => {
    for (const d of docs) {
      for (const p of components(d.body, 'Compare')) {
        if (p.option) {
          const row = p.row as { category: CategoryId; target: string; actual: string; weight: string };
          const key = p.option as keyof ScoringOptions;
          const scores = suzhou2017.options
            .find((o) => o.key === key)!
            .values.map((v) => {
              const out = scoreOne(row, { [key]: v.value });
              if (!out.ok) throw new Error(`${d.route}: ${JSON.stringify(row)}`);
              return out.result.score;
            });
          // A comparison of readings that all give the same score teaches nothing.
          expect(new Set(scores).size, `${d.route} ${key} ${JSON.stringify(row)}`).toBeGreaterThan(1);
        } else {
          for (const r of p.rows as { category: CategoryId; target: string; actual: string; weight: string }[]) expect(scoreOne(r).ok).toBe(true);
        }
      }
    }
  });
});

describe('example pages', () => {
  const cases = ['output-shortfall-linear', 'output-over-130', 'lower-is-better', 'missing-actual'];
  it('each golden case the guide teaches is shown, and its total is what the case expects', () => {
    const shown = docs.map((d) => d.data.form).filter(Boolean);
    expect(shown).toContain('seed-2020-old-residential-pilot');
    for (const c of cases) {
      expect(shown).toContain(c);
      const golden = JSON.parse(readFileSync(new URL(`../cases/${c}.json`, import.meta.url), 'utf8')) as { form: Form; expected: { total: string } };
      expect(scoreForm(golden.form).total).toBe(golden.expected.total);
    }
  });

  it('the seed form totals 80.00, as the seed itself states', () => {
    const seed = JSON.parse(readFileSync(new URL('../../content/examples/seed-2020-old-residential-pilot.json', import.meta.url), 'utf8')) as Form;
    const result = scoreForm(seed);
    expect(result.total).toBe(fixed2(new D(suzhou2017.total)));
    expect(result.checks).toEqual([]);
  });
});
