/**
 * `npm run -s link -- FILE.json` (or `-`): prints the site-relative share link of a form file,
 * e.g. `/calculator/#v1.…`. Exit 0 on success, 1 with a Chinese message when the file is not a
 * valid form, 2 on wrong usage. Trainers build example links in batches; tests use it.
 */
import { validateForm } from '../engine/index.ts';
import { shareLink } from '../share/link-codec.ts';
import { jsonErrorWhere, readInput, quietOnClosedPipe } from './read-input.ts';

function main(args: string[]): number {
  if (args.length !== 1 || args[0] === '-h' || args[0] === '--help') {
    process.stderr.write('用法：npm run -s link -- 表单文件.json    （用 - 表示从标准输入读取）\n');
    return 2;
  }
  const file = args[0]!;
  const name = file === '-' ? '标准输入' : file;
  const read = readInput(file);
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    return read.exitCode;
  }
  const text = read.text;
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    process.stderr.write(`${name} 不是有效的 JSON（${jsonErrorWhere(err, text)}）：请用本站“导出 JSON”得到的文件。\n`);
    return 1;
  }
  const valid = validateForm(input);
  if (!valid.ok) {
    process.stderr.write(`${name} 不是有效的自评表：\n${valid.issues.map((i) => `- ${i.message}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`${shareLink(valid.form)}\n`);
  return 0;
}

quietOnClosedPipe();
process.exitCode = main(process.argv.slice(2));
