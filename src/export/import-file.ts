import type { FieldLabels, Form, ScoreOutcome } from '../engine/index.ts';
import { MAX_FORM_BYTES, MAX_FORM_SIZE_TEXT } from '../engine/field-rules.ts';
import { labelOnForm } from '../forms/all.ts';

/** The engine's validation and scoring of a parsed file (engine score-input.ts `scoreInput`). */
type ScoreInput = (input: unknown, labels?: FieldLabels) => ScoreOutcome;

/**
 * The text of a file's bytes, whatever Excel or WPS saved it as (issue 14): a byte-order mark says
 * UTF-8 or UTF-16 (Excel's “Unicode 文本”, little- or big-endian); bytes that are valid UTF-8 are
 * UTF-8; anything else is GB18030 (a superset of GBK, what Excel writes on a Chinese Windows
 * machine as “CSV (逗号分隔)”). The byte-order mark is removed.
 * @example decodeFileBytes(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e])) // '中'
 */
export function decodeFileBytes(bytes: Uint8Array): string {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (a === 0xff && b === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (a === 0xfe && b === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * Reads a picked file's bytes: refuses one over MAX_FORM_BYTES (4 MB, the limit shared with share
 * links, the CLI and autosave) before decoding anything, decodes it (decodeFileBytes) and reads it
 * as a form (readFormFile). Never throws.
 */
export async function readFormBytes(name: string, bytes: Uint8Array, scoreInput: ScoreInput): Promise<FileRead> {
  if (bytes.length > MAX_FORM_BYTES) return { ok: false, message: tooBig(name) };
  return readFormFile(name, decodeFileBytes(bytes), scoreInput);
}

/** What a file over MAX_FORM_BYTES is told (checked on File.size before it is read, too). */
export function tooBig(name: string): string {
  return `“${name}”超过了 ${MAX_FORM_SIZE_TEXT} 的上限，没有导入：一张自评表的文件通常只有几十 KB，请检查是否选错了文件。`;
}

/**
 * Reads a file the visitor picked: a form file (JSON, form-format.md), a golden case (the form under
 * `form`), or a CSV written by this site. Validated with the engine, whose Chinese messages name the
 * field as the file's form labels it on screen (forms/all.ts `labelOnForm`). Never throws.
 */
export type FileRead = { ok: true; form: Form } | { ok: false; message: string };

export async function readFormFile(name: string, text: string, scoreInput: ScoreInput): Promise<FileRead> {
  try {
    const body = text.replace(/^\uFEFF/, '');
    let data: unknown;
    const looksJson = /^\s*[{[]/.test(body);
    if (!looksJson || /\.(csv|tsv)$/i.test(name)) {
      const { csvToForm } = await import('./csv.ts');
      const read = await csvToForm(body);
      if (!read.ok) {
        // Neither JSON nor a .csv: say what can be imported rather than what the CSV lacked.
        const what = /\.(csv|tsv)$/i.test(name) ? read.message : '只能导入本站导出的自评表文件（.json 或 .csv），请检查是否选错了文件。';
        return { ok: false, message: `“${name}”无法导入：${what}` };
      }
      data = read.form;
    } else {
      try {
        data = JSON.parse(body);
      } catch {
        return { ok: false, message: `“${name}”不是有效的 JSON 文件（可能不完整或被改动过）。` };
      }
      // A golden case file holds the form under `form`.
      if (data && typeof data === 'object' && 'form' in data && !('indicators' in data)) data = (data as { form: unknown }).form;
    }
    // A file's errors name its fields as its form on screen labels them (主管部门 on a central file).
    const outcome = scoreInput(data, labelOnForm);
    if (!outcome.ok) {
      // The engine's messages already name the field in Chinese and end in 。: no paths, no doubled stops.
      const first = outcome.issues.slice(0, 3).map((i) => i.message.replace(/[。；]+$/, ''));
      const more = outcome.issues.length > 3 ? `等 ${outcome.issues.length} 处` : '';
      return { ok: false, message: `“${name}”不是有效的自评表文件：${first.join('；')}${more}。` };
    }
    return { ok: true, form: data as Form };
  } catch (error) {
    return { ok: false, message: `“${name}”无法导入：文件内容无法读取（${error instanceof Error ? error.name : '未知错误'}），请检查是否选错了文件。` };
  }
}
