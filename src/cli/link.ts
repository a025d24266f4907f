/**
 * `npm run -s link -- FILE.json` (or `-`): prints the site-relative share link of a form file,
 * e.g. `/calculator/#v1.…`. Exit 0 on success, 1 with a Chinese message when the file is not a
 * valid form, 2 on wrong usage. Trainers build example links in batches; tests use it.
 */
import { readFileSync } from 'node:fs';
import { validateForm } from '../engine/index.ts';
import { shareLink } from '../share/link-codec.ts';

function main(args: string[]): number {
  if (args.length !== 1 || args[0] === '-h' || args[0] === '--help') {
    process.stderr.write('用法：npm run -s link -- 表单文件.json    （用 - 表示从标准输入读取）\n');
    return 2;
  }
  const file = args[0]!;
  const name = file === '-' ? '标准输入' : file;
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    process.stderr.write(code === 'ENOENT' ? `找不到文件：${file}\n` : code === 'EISDIR' ? `${file} 是文件夹，不是文件：请给出一个 .json 表单文件。\n` : `读不了文件 ${file}：${(err as Error).message}\n`);
    return 2;
  }
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    process.stderr.write(`${name} 不是有效的 JSON：${(err as Error).message}\n`);
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

process.exitCode = main(process.argv.slice(2));
