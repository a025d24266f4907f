import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeJsonError, isGoldenCase, lineColumn, readFormText } from '../../src/cli/read-form.ts';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'cli-messages-'));

/** Runs `npm run -s <command> -- ARGS` as the README says. */
function run(command: 'score' | 'link', args: string[], input?: string) {
  const r = spawnSync('npm', ['run', '-s', command, '--', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Any run of Latin letters that is not a file name, a field name or a command: English prose. */
const english = (text: string) => text.replace(/[\w./-]+\.json|npm run -s \w+|node -p "[^"]*"|\b(JSON|form|description|expected|version|ruleSet|indicators)\b/g, '').match(/[A-Za-z]{3,}( [A-Za-z]{2,})+/g);

describe('read-form (unit)', () => {
  it('gives line and column of an offset', () => {
    expect(lineColumn('{\n  "a": 1,\n}', 12)).toEqual({ line: 3, column: 1 });
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
  it('describes a JSON syntax error in Chinese, by line and column, without the parser’s English', () => {
    const text = '{\n  "version": 1,\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    const message = describeJsonError(text, error);
    expect(message).toBe('第 3 行第 1 个字符（“}”）处有语法错误：常见原因是少了逗号或引号、多了结尾的逗号，或用了中文引号');
    expect(describeJsonError('{"a":', new SyntaxError('Unexpected end of JSON input'))).toBe('内容在结尾处不完整（可能只复制了一部分，或缺少结尾的 } 或 ]）');
  });
  it('refuses an empty or blank file with its own message', () => {
    for (const text of ['', '   \n', '\uFEFF']) {
      const r = readFormText(text, 'a.json', 'score');
      expect(r).toEqual({ ok: false, message: expect.stringMatching(/^a\.json 是空的（没有任何内容）/) });
    }
  });
  it('recognises a golden-case file and says the form is under form', () => {
    expect(isGoldenCase({ description: 'x', form: { version: 1 }, expected: {} })).toBe(true);
    expect(isGoldenCase({ version: 1, indicators: [] })).toBe(false);
    const r = readFormText(JSON.stringify({ description: 'x', form: { version: 1 }, expected: {} }), 'c.json', 'link');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('c.json 是一个黄金用例文件（{ description, form, expected }），不是表单文件：表单在它的 “form” 字段里。');
    expect(!r.ok && r.message).toContain('| npm run -s link -- -');
  });
});

describe.each(['score', 'link'] as const)('npm run -s %s: messages', (command) => {
  it('--help prints the usage on stdout and exits 0', () => {
    const r = run(command, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`用法：npm run -s ${command} -- 表单文件.json`);
    expect(r.stdout).toContain('content/examples/seed-2020-old-residential-pilot.json');
    expect(r.stderr).toBe('');
    expect(run(command, ['-h']).code).toBe(0);
  });
  it('an empty file has its own message (exit 1)', () => {
    const file = join(dir, `empty-${command}.json`);
    writeFileSync(file, '');
    const r = run(command, [file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file} 是空的（没有任何内容）`);
    expect(r.stdout).toBe('');
  });
  it('a JSON syntax error is described in Chinese, with no English engine text', () => {
    const r = run(command, ['-'], '{\n  "version": 1,\n}');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('标准输入 不是有效的 JSON：第 3 行第 1 个字符');
    expect(r.stderr).not.toMatch(/Expected|position|Unexpected/);
    expect(english(r.stderr)).toBeNull();
  });
  it('a golden-case file is recognised: the form is under form, and the suggested pipe works', () => {
    const file = join(root, 'tests/cases/budget-mismatch.json');
    const r = run(command, [file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('是一个黄金用例文件');
    expect(r.stderr).toContain('表单在它的 “form” 字段里');
    const pipe = /node -p "([^"]*)"/.exec(r.stderr)![1]!;
    const form = spawnSync('node', ['-p', pipe, file], { encoding: 'utf8' }).stdout;
    const scored = run(command, ['-'], form);
    expect(scored.code).toBe(0);
  });
});
