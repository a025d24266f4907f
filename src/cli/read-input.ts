/**
 * Reading a form file for the command line (score, link): at most MAX_FORM_BYTES (4 MB, the limit
 * shared with file import, share links and autosave), stopping as soon as a file is bigger, so
 * `/dev/zero` or `/dev/urandom` is refused at once instead of filling memory (issue 14). Also makes
 * a closed pipe (`… | head`) end the command quietly.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_FORM_BYTES, MAX_FORM_SIZE_TEXT } from '../engine/field-rules.ts';

/** The outcome of reading: the text (UTF-8), or a Chinese message (exit 1) when it is too big or not text. */
export type InputRead = { ok: true; text: string } | { ok: false; message: string };

/** Bytes read at a time. */
const CHUNK = 64 * 1024;

/**
 * Reads `file` (`-` for standard input) as UTF-8, refusing more than `max` bytes (default
 * MAX_FORM_BYTES) while reading, and bytes that are not text (a NUL). Throws Node's error when the
 * file cannot be opened or read (missing, a folder): the caller describes it (describeReadError).
 * @example readInput('form.json') // { ok: true, text: '{"version":1,…}' }
 */
export function readInput(file: string, max = MAX_FORM_BYTES): InputRead {
  const name = file === '-' ? '标准输入' : file;
  const fd = file === '-' ? 0 : openSync(file, 'r');
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
          // Standard input not ready yet (a non-blocking pipe): wait a moment and read on.
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
          continue;
        }
        if (code === 'EOF') break;
        throw err;
      }
      if (n === 0) break;
      size += n;
      if (size > max) {
        return { ok: false, message: `${name} 超过了 ${MAX_FORM_SIZE_TEXT} 的上限，没有读完就停下了：一张自评表的文件通常只有几十 KB，请检查是否给错了文件。` };
      }
      chunks.push(buffer.subarray(0, n));
    }
  } finally {
    if (file !== '-') closeSync(fd);
  }
  const text = new TextDecoder('utf-8').decode(Buffer.concat(chunks));
  if (text.includes('\u0000')) {
    return { ok: false, message: `${name} 不是文字文件（含有二进制内容）：请给出本站“导出 JSON”得到的 .json 文件。` };
  }
  return { ok: true, text };
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
