/**
 * Reading a form file for the command line (score, link): at most MAX_FORM_BYTES (4 MB, the limit
 * shared with file import, share links and autosave), stopping as soon as a file is bigger, so
 * `/dev/zero` or `/dev/urandom` is refused at once instead of filling memory (issue 14). Also makes
 * a closed pipe (`… | head`) end the command quietly.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_FORM_BYTES, MAX_FORM_SIZE_TEXT } from '../engine/field-rules.ts';

/** The outcome of reading: the text (UTF-8, byte-order mark removed), or a Chinese message and the exit code. */
export type InputRead = { ok: true; text: string } | { ok: false; message: string; exitCode: 1 | 2 };

/** Bytes read at a time. */
const CHUNK = 64 * 1024;

/**
 * Reads `file` (`-` for standard input) as UTF-8, refusing more than `max` bytes (default
 * MAX_FORM_BYTES) while reading. Exit code 2 when the file cannot be read (missing, a folder),
 * 1 when it is too big or not text. Never throws.
 * @example readInput('form.json') // { ok: true, text: '{"version":1,…}' }
 */
export function readInput(file: string, max = MAX_FORM_BYTES): InputRead {
  const name = file === '-' ? '标准输入' : file;
  let fd: number;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
  } catch (err) {
    return { ok: false, exitCode: 2, message: openMessage(file, err) };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for (;;) {
      const buffer = Buffer.alloc(CHUNK);
      let n: number;
      try {
        n = readSync(fd, buffer, 0, CHUNK, null);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if (code === 'EOF') break;
        return { ok: false, exitCode: 2, message: openMessage(file, err) };
      }
      if (n === 0) break;
      size += n;
      if (size > max) {
        return {
          ok: false,
          exitCode: 1,
          message: `${name} 超过了 ${MAX_FORM_SIZE_TEXT} 的上限，没有读完就停下了：一张自评表的文件通常只有几十 KB，请检查是否给错了文件。`,
        };
      }
      chunks.push(buffer.subarray(0, n));
    }
  } finally {
    if (file !== '-') closeSync(fd);
  }
  const bytes = Buffer.concat(chunks);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\u0000')) {
    return { ok: false, exitCode: 1, message: `${name} 不是文字文件（含有二进制内容）：请给出本站“导出 JSON”得到的 .json 文件。` };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}

/**
 * Where a JSON text stops being valid, in Chinese (V8's own message is English): “第 3 行第 14 列附近”,
 * or “文件在中途结束” when it is cut short.
 * @example jsonErrorWhere(new SyntaxError('… in JSON at position 10 (line 2 column 3)'), text) // '第 2 行第 3 列附近有错'
 */
export function jsonErrorWhere(err: unknown, text: string): string {
  const message = String((err as Error)?.message ?? '');
  if (text.trim() === '') return '文件是空的';
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `第 ${lineCol[1]} 行第 ${lineCol[2]} 列附近有错`;
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `第 ${line} 行第 ${column} 列附近有错`;
  }
  if (/end of (JSON )?input|Unterminated/i.test(message)) return '文件在中途结束，可能不完整';
  return '格式有错';
}

function openMessage(file: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `找不到文件：${file}`;
  if (code === 'EISDIR') return `${file} 是文件夹，不是文件：请给出一个 .json 表单文件（批量计分请逐个文件调用）。`;
  if (code === 'EACCES' || code === 'EPERM') return `没有权限读取文件 ${file}：请检查文件权限。`;
  return `读不了文件 ${file}（系统错误 ${code ?? '未知'}）。`;
}

/**
 * Makes writing to a closed pipe (`npm run -s score -- f.json | head -1`) end the command quietly
 * with the exit code it already had, instead of a stack trace and exit 1.
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw err;
    });
  }
}
