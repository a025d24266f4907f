import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { MAX_PAYLOAD_CHARS, decodeShareCode, encodeForm, extractShareCode, inflateCapped, shareLink } from '../../src/share/link-codec.ts';
import { goldenCases, seedForm } from '../helpers/forms.ts';
import { labelOnForm } from '../../src/forms/all.ts';

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

/** A fixture of issue 14 (copied from ../shared/repro or made once by a script), as text. */
const fixture = (name: string) => readFileSync(new URL(`../fixtures/hostile/${name}`, import.meta.url), 'utf8').trim();

describe('hostile links (issue 14): capped, checked before inflating, every reason in Chinese', () => {
  const TOO_BIG = '这个链接里的内容超过了 4 MB 的上限（一张自评表通常只有几十 KB），本站不打开它：请让对方检查后改用 JSON 文件发送。';

  it('refuses the 15 KB link of a 10 MB name: the inflate stops at 4 MB', () => {
    expect(decodeShareCode(fixture('link-10mb-name.txt'))).toEqual({ ok: false, problem: 'too-big', message: TOO_BIG });
  });

  it('refuses a deflate bomb (192 MB) with a right or a wrong checksum, stopping at the cap', () => {
    const bomb = fixture('link-bomb-192mb.txt');
    expect(decodeShareCode(bomb)).toEqual({ ok: false, problem: 'too-big', message: TOO_BIG });
    expect(decodeShareCode(`${bomb.slice(0, -8)}00000000`)).toEqual({ ok: false, problem: 'too-big', message: TOO_BIG });
  });

  it('refuses a payload longer than a 4 MB form could deflate to before inflating anything', () => {
    expect(MAX_PAYLOAD_CHARS).toBe(5_592_470);
    expect(decodeShareCode(`v1.${'A'.repeat(MAX_PAYLOAD_CHARS + 1)}.00000000`)).toEqual({ ok: false, problem: 'too-big', message: TOO_BIG });
  });

  it('inflateCapped stops past the cap and hashes what it inflated', () => {
    const bytes = new TextEncoder().encode('x'.repeat(10_000));
    const data = deflateSync(bytes);
    expect(inflateCapped(data, 9_999)).toBe('too-big');
    // FNV-1a of 10,000 × 'x', as encodeForm would write it for that text.
    const check = [...bytes].reduce((h, b) => Math.imul(h ^ b, 0x01000193) >>> 0, 0x811c9dc5).toString(16).padStart(8, '0');
    expect(inflateCapped(data, 10_000)).toEqual({ bytes, check });
    expect(inflateCapped(data.subarray(0, data.length - 2), 20_000)).toBe('corrupt');
  });

  it('refuses a text field over 32,767 characters with the field named', () => {
    const form = seedForm();
    form.project = { ...form.project, name: '名'.repeat(32_768) };
    const r = decodeShareCode(encodeForm(form));
    expect(r).toMatchObject({ ok: false, problem: 'invalid', message: '链接里的表单有问题，无法打开：' });
    expect(r.ok ? [] : r.issues).toEqual([{ path: 'project/name', message: '“项目名称”：太长：每一格最多 32,767 个字符（与 Excel 一个单元格相同），请删减。' }]);
  });

  it('opens what mail clients and chat apps make of a link: V1., fully percent-encoded, an upper-case checksum', () => {
    const frozen = readFileSync(new URL('./fixtures/seed-v1.link', import.meta.url), 'utf8').trim();
    const code = frozen.slice(frozen.indexOf('#') + 1);
    const everyCharEncoded = [...code].map((c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).join('');
    for (const variant of [`#V1.${code.slice(3)}`, `#${everyCharEncoded}`, `#${code.slice(0, -8)}${code.slice(-8).toUpperCase()}`, `/calculator/#V1.${code.slice(3)}`]) {
      expect(decodeShareCode(variant), variant.slice(0, 20)).toEqual({ ok: true, form: seedForm() });
    }
  });

  it('never shows English: a block of the wrong type in a link is named in Chinese', () => {
    const value = JSON.parse(fixture('indicator-not-object.json'));
    const r = decodeShareCode(encodeForm(value));
    expect(r.ok ? [] : r.issues?.map((i) => i.message)).toEqual([
      '项目信息 project：应为对象（{…}），现在是空值 null：请按表单文件格式填写（见 /schema/form-v1.json），或用本站“导出 JSON”得到的文件。',
      '第 1 项指标：应为对象（{…}），现在是数字：请按表单文件格式填写（见 /schema/form-v1.json），或用本站“导出 JSON”得到的文件。',
    ]);
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

describe('a shared form that does not validate', () => {
  const central = JSON.parse(readFileSync(new URL('../../content/examples/central-2022-skills-training.json', import.meta.url), 'utf8'));
  const broken = { ...central, project: { ...central.project, department: 12 }, indicators: central.indicators.map((r: object, i: number) => (i === 0 ? { ...r, target: 5 } : r)) };
  const messages = (labels?: typeof labelOnForm) => {
    const decoded = decodeShareCode(shareLink(broken), labels);
    if (decoded.ok) throw new Error('the broken form decoded');
    return (decoded.issues ?? []).map((i) => i.message);
  };
  it('names each field as the form on screen labels it, given the layouts (as an imported file does)', () => {
    expect(messages(labelOnForm)).toEqual(['“主管部门”：应为文字（主管部门名称）。', '第 1 项指标的“年度指标值”：应为文字（如“≥95%”“=13 个”“合规”）。']);
  });
  it('names them in the rule set’s words without the layouts', () => {
    expect(messages()).toEqual(['“项目主管部门（单位）”：应为文字（主管部门名称）。', '第 1 项指标的“目标值”：应为文字（如“≥95%”“=13 个”“合规”）。']);
  });
});
