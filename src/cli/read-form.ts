/**
 * What the command-line tools (`score`, `link`) share between reading a file and calling the
 * engine: the text of a form file turned into a JSON value, with a Chinese message for every way
 * it can fail (empty file, a JSON syntax error by line and column, a golden-case file whose form
 * sits under `form`). No English engine text ever reaches the user: the JSON parser's own message
 * is replaced by a Chinese description of where the text stops being JSON.
 */

/** The outcome of reading a form file's text: the parsed value, or a Chinese message. */
export type ReadOutcome = { ok: true; value: unknown } | { ok: false; message: string };

/** Line and column (both 1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * A Chinese description of a JSON.parse failure on `text`: where it happened (line, column and the
 * characters there) when the parser says, or that the text ends too early. Never the parser's English.
 */
export function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  if (/Unexpected end of JSON input/i.test(raw)) return '内容在结尾处不完整（可能只复制了一部分，或缺少结尾的 } 或 ]）';
  const at = /position (\d+)/.exec(raw);
  if (at) {
    const offset = Number(at[1]);
    const { line, column } = lineColumn(text, offset);
    const near = text.slice(offset, offset + 12).replace(/\s+/g, ' ').trim();
    return `第 ${line} 行第 ${column} 个字符${near ? `（“${near}”）` : ''}处有语法错误：常见原因是少了逗号或引号、多了结尾的逗号，或用了中文引号`;
  }
  const token = /Unexpected token '?(.)'?/.exec(raw);
  if (token) return `开头的“${token[1]}”不是 JSON 的写法：表单文件应以 { 开头`;
  return '有语法错误';
}

/** Whether a parsed value looks like a golden-case file of tests/cases: `{ description, form, expected }`. */
export function isGoldenCase(value: unknown): value is { form: unknown } {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'form' in value &&
    'expected' in value &&
    !('indicators' in value) &&
    typeof (value as { form: unknown }).form === 'object'
  );
}

/**
 * Reads the text of a form file named `name` (a path, or 标准输入) as JSON. A leading BOM is
 * ignored. Refuses, in Chinese: an empty (or whitespace-only) file, text that is not JSON (with
 * line and column), and a golden-case file, saying the form is under `form` and how to score it.
 */
export function readFormText(text: string, name: string, command: 'score' | 'link'): ReadOutcome {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    return { ok: false, message: `${name} 是空的（没有任何内容）：请给出一个表单文件，例如计算器“导出 JSON”得到的文件，或 content/examples/seed-2020-old-residential-pilot.json。` };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, message: `${name} 不是有效的 JSON：${describeJsonError(body, error)}。请用本站“导出 JSON”得到的文件。` };
  }
  if (isGoldenCase(value)) {
    return {
      ok: false,
      message:
        `${name} 是一个黄金用例文件（{ description, form, expected }），不是表单文件：表单在它的 “form” 字段里。` +
        `可以这样取出来再${command === 'score' ? '计分' : '生成链接'}：node -p "JSON.stringify(JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')).form)" ${name === '标准输入' ? '用例.json' : name} | npm run -s ${command} -- -`,
    };
  }
  return { ok: true, value };
}

/** A Chinese message for a file that cannot be read (by Node's error code, never its English text). */
export function describeReadError(file: string, error: unknown, folderHint = ''): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `找不到文件：${file}`;
  if (code === 'EISDIR') return `${file} 是文件夹，不是文件：请给出一个 .json 表单文件${folderHint}。`;
  if (code === 'EACCES' || code === 'EPERM') return `没有权限读取文件 ${file}：请检查文件权限。`;
  return `读不了文件 ${file}${code ? `（错误代码 ${code}）` : ''}：请确认它是一个可读的 .json 表单文件。`;
}
