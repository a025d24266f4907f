import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCases, seedForm } from '../helpers/forms.ts';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'score-cli-'));

/** Runs the score command exactly as the README says: npm run -s score -- ARG. */
function run(args: string[], input?: string) {
  const r = spawnSync('npm', ['run', '-s', 'score', '--', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run -s score', () => {
  it('prints the result JSON of the seed form: 80.00 of 80, exit 0', () => {
    const file = join(dir, 'seed.json');
    writeFileSync(file, JSON.stringify(seedForm()));
    const r = run([file]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ total: '80.00', max: '80.00', checks: [] });
    expect(out.categories.outcome).toMatchObject({ score: '26.00', max: '26.00' });
    expect(out.indicators[6]).toMatchObject({ name: '改造小区数量', weight: '4.80', ratio: '123.08', score: '4.80' });
    expect(out.indicators[6].steps.length).toBeGreaterThan(3);
  });
  it('prints the central form’s grade, execution row and tiers (C6, C11, C15)', () => {
    const c = goldenCases().find((g) => g.file === 'central-worked-example.json')!;
    const r = run(['-'], JSON.stringify(c.form));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ruleSet: 'central-2020', total: '96.98', max: '100.00', grade: '优', execution: { rate: '92.00', score: '9.20', weight: '10.00' } });
    expect(out.categories.execution).toMatchObject({ score: '9.20', max: '10.00' });
    expect(out.indicators[4]).toMatchObject({ name: '社会效益', level2: '社会效益指标', tier: '达成', band: { from: '12.00', to: '15.00' }, score: '15.00' });
  });
  it('reads standard input with -, and exits 0 when checks fire', () => {
    const c = goldenCases().find((g) => g.file === 'budget-mismatch.json')!;
    const r = run(['-'], JSON.stringify(c.form));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe('80.00');
    expect(out.checks.map((k: { code: string }) => k.code)).toEqual(['QUOTA_BALANCE_MISMATCH']);
  });
  it('exits 1 with a Chinese message naming the field when the file is not a valid form', () => {
    const file = join(dir, 'bad.json');
    const f = seedForm() as unknown as { indicators: { weight: unknown }[] };
    f.indicators[6]!.weight = '4.805';
    writeFileSync(file, JSON.stringify(f));
    const r = run([file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('第 7 项指标的“权重”');
  });
  it('exits 1 on text that is not JSON', () => {
    const r = run(['-'], '{ not json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('不是有效的 JSON');
  });
  it('exits 2 on wrong usage or a missing file', () => {
    expect(run([]).code).toBe(2);
    expect(run(['a.json', 'b.json']).code).toBe(2);
    const missing = run([join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
    const folder = run([dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('是文件夹');
  });
});

describe('hostile input to the command line (issue 14)', () => {
  const TOO_BIG = (name: string) => `${name} 超过了 4 MB 的上限，没有读完就停下了：一张自评表的文件通常只有几十 KB，请检查是否给错了文件。\n`;

  it('refuses /dev/zero and /dev/urandom while reading (4 MB), exit 1, a Chinese message', () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const r = run([device]);
      expect(r).toEqual({ code: 1, stdout: '', stderr: TOO_BIG(device) });
    }
  });

  it('refuses standard input over 4 MB the same way', () => {
    const r = run(['-'], ' '.repeat(4 * 1024 * 1024 + 1));
    expect(r).toEqual({ code: 1, stdout: '', stderr: TOO_BIG('标准输入') });
  });

  it('names a block of the wrong type in Chinese (no zod “Invalid input”), for score and link', () => {
    const file = new URL('../fixtures/hostile/indicator-not-object.json', import.meta.url).pathname;
    const expected = `${file} 不是有效的自评表：
- 项目信息 project：应为对象（{…}），现在是空值 null：请按表单文件格式填写（见 /schema/form-v1.json），或用本站“导出 JSON”得到的文件。
- 第 1 项指标：应为对象（{…}），现在是数字：请按表单文件格式填写（见 /schema/form-v1.json），或用本站“导出 JSON”得到的文件。
`;
    expect(run([file])).toEqual({ code: 1, stdout: '', stderr: expected });
    const link = spawnSync('npm', ['run', '-s', 'link', '--', file], { cwd: root, encoding: 'utf8' });
    expect({ code: link.status, stderr: link.stderr }).toEqual({ code: 1, stderr: expected });
  });

  it('ends quietly with exit 0 when the reader closes the pipe (| head -1)', () => {
    const form = seedForm();
    for (let i = 0; i < 480; i++) form.indicators.push({ category: 'output', name: `指标${i + 1}`, target: '=10 个', actual: '10 个' });
    const file = join(dir, 'big.json');
    writeFileSync(file, JSON.stringify(form));
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `npm run -s score -- '${file}' | head -c 1`], { cwd: root, encoding: 'utf8' });
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ code: 0, stdout: '{', stderr: '' });
  });
});
