import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareCode, encodeForm, extractShareCode, shareLink } from '../../src/share/link-codec.ts';
import { goldenCases, seedForm } from '../helpers/forms.ts';

describe('share link codec', () => {
  it('round-trips every golden case exactly', () => {
    for (const c of goldenCases()) {
      expect(decodeShareCode(shareLink(c.form)), c.file).toEqual({ ok: true, form: c.form });
    }
  });
  it('keeps the seed form link under 1,500 characters, ASCII only', () => {
    const link = shareLink(seedForm());
    expect(link.length).toBeLessThan(1500);
    expect(link).toMatch(/^\/calculator\/#v1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  });
  it('ignores query keys that chat apps add before the #', () => {
    const code = encodeForm(seedForm());
    expect(decodeShareCode(`https://example.invalid/calculator/?from=singlemessage&isappinstalled=0#${code}`).ok).toBe(true);
  });
  it('survives line breaks, spaces, percent-encoding and trailing punctuation from a chat message', () => {
    const code = encodeForm(seedForm());
    const wrapped = `${code.slice(0, 300)}\n${code.slice(300, 700)} ${code.slice(700)}。`;
    expect(decodeShareCode(wrapped).ok).toBe(true);
    expect(decodeShareCode(encodeURIComponent(`#${code}`)).ok).toBe(true);
  });
  it('says a link cut short is incomplete', () => {
    const link = shareLink(seedForm());
    for (const cut of [20, 400, link.length - 4]) {
      const r = decodeShareCode(link.slice(0, cut));
      expect(r.ok, `cut at ${cut}`).toBe(false);
      if (!r.ok) expect(['truncated', 'corrupt']).toContain(r.problem);
    }
    const r = decodeShareCode(link.slice(0, link.length - 4));
    expect(r).toMatchObject({ ok: false, problem: 'truncated', message: expect.stringContaining('不完整') });
  });
  it('says a tampered link is damaged', () => {
    const code = encodeForm(seedForm());
    const i = 500;
    const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(decodeShareCode(tampered)).toMatchObject({ ok: false, problem: 'corrupt', message: expect.stringContaining('损坏') });
  });
  it('says a link from a newer version needs a newer page', () => {
    const code = encodeForm(seedForm()).replace(/^v1\./, 'v2.');
    expect(decodeShareCode(code)).toMatchObject({ ok: false, problem: 'future', message: expect.stringContaining('更新版本') });
  });
  it('says an empty link is empty', () => {
    expect(decodeShareCode('')).toMatchObject({ ok: false, problem: 'empty' });
    expect(decodeShareCode('#')).toMatchObject({ ok: false, problem: 'empty' });
  });
  it('extracts the code from a whole URL', () => {
    expect(extractShareCode('https://a.b/calculator/?x=1#v1.abc.0123abcd')).toBe('v1.abc.0123abcd');
  });
  it('never throws on any input (fuzz)', () => {
    const code = encodeForm(seedForm());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.string().map((s) => `v1.${s}`),
          fc.tuple(fc.nat({ max: code.length }), fc.string({ maxLength: 3 })).map(([i, s]) => code.slice(0, i) + s + code.slice(i + s.length)),
        ),
        (s) => {
          expect(() => decodeShareCode(s)).not.toThrow();
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('links written by version 1 open in every later version', () => {
  it('decodes the frozen v1 link of the seed form to exactly the seed form', () => {
    // Written once by this version's encoder and never regenerated: a later codec must still read it.
    const frozen = readFileSync(new URL('./fixtures/seed-v1.link', import.meta.url), 'utf8').trim();
    expect(decodeShareCode(frozen)).toEqual({ ok: true, form: seedForm() });
  });
});

describe('links written before R28', () => {
  it('a v1 link whose form scored NEGATIVE_VALUE then opens and is rescored by today\'s rules', async () => {
    const { scoreForm } = await import('../../src/engine/index.ts');
    const code = readFileSync(new URL('./fixtures/negative-values-v1.link', import.meta.url), 'utf8').trim();
    const decoded = decodeShareCode(code);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const r = scoreForm(decoded.form);
    expect(r.checks.map((c) => c.code).sort()).toEqual(['EMPTY_CATEGORY', 'EMPTY_CATEGORY', 'EMPTY_CATEGORY', 'NEGATIVE_TARGET', 'ZERO_TARGET']);
    expect(r.indicators.map((i) => i.score)).toEqual(['12.00', '0.00']);
  });
});
