import type { Form, ScoreOutcome } from '../engine/index.ts';

/**
 * Reads a file the visitor picked: a form file (JSON, form-format.md), a golden case (the form under
 * `form`), or a CSV written by this site. Validated with the engine, whose Chinese messages name the
 * field. Never throws.
 */
export type FileRead = { ok: true; form: Form } | { ok: false; message: string };

export async function readFormFile(name: string, text: string, scoreInput: (input: unknown) => ScoreOutcome): Promise<FileRead> {
  try {
    const body = text.replace(/^\uFEFF/, '');
    let data: unknown;
    const looksJson = /^\s*[{[]/.test(body);
    if (!looksJson || /\.csv$/i.test(name)) {
      const { csvToForm } = await import('./csv.ts');
      const read = await csvToForm(body);
      if (!read.ok) {
        // Neither JSON nor a .csv: say what can be imported rather than what the CSV lacked.
        const what = /\.csv$/i.test(name) ? read.message : '只能导入本站导出的自评表文件（.json 或 .csv），请检查是否选错了文件。';
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
    const outcome = scoreInput(data);
    if (!outcome.ok) {
      // The engine's messages already name the field in Chinese and end in 。: no paths, no doubled stops.
      const first = outcome.issues.slice(0, 3).map((i) => i.message.replace(/[。；]+$/, ''));
      const more = outcome.issues.length > 3 ? `等 ${outcome.issues.length} 处` : '';
      return { ok: false, message: `“${name}”不是有效的自评表文件：${first.join('；')}${more}。` };
    }
    return { ok: true, form: data as Form };
  } catch (error) {
    return { ok: false, message: `“${name}”无法导入：${String(error)}` };
  }
}
