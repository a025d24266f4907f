/**
 * `npm run -s link -- FILE.json` (or `-`): prints the site-relative share link of a form file,
 * e.g. `/calculator/#v1.…`. Exit 0 on success, 1 with a Chinese message when the file is not a
 * valid form, 2 on wrong usage. Trainers build example links in batches; tests use it.
 */
import { validateForm } from '../engine/index.ts';
import { labelOnForm } from '../forms/all.ts';
import { shareLink } from '../share/link-codec.ts';
import { describeReadError, readFormText } from './read-form.ts';
import { quietOnClosedPipe, readInput } from './read-input.ts';

const USAGE = [
  '用法：npm run -s link -- 表单文件.json    （用 - 表示从标准输入读取）',
  '',
  '打印这张表的站内分享链接（/calculator/#v1.…），表单内容都在 # 后面，不经服务器。',
  '可以先试示例表：npm run -s link -- content/examples/seed-2020-old-residential-pilot.json',
  '退出码：0 已打印链接；1 文件不是有效的自评表（标准错误输出中文原因）；2 用法错误。',
].join('\n');

function main(args: string[]): number {
  if (args.length === 1 && (args[0] === '-h' || args[0] === '--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = args[0]!;
  const name = file === '-' ? '标准输入' : file;
  // At most MAX_FORM_BYTES (4 MB) is read: /dev/zero or a wrong file is refused while reading.
  let text: string;
  try {
    const input = readInput(file);
    if (!input.ok) {
      process.stderr.write(`${input.message}\n`);
      return 1;
    }
    text = input.text;
  } catch (err) {
    process.stderr.write(`${describeReadError(file, err)}\n`);
    return 2;
  }
  const read = readFormText(text, name, 'link');
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    return 1;
  }
  const valid = validateForm(read.value, labelOnForm);
  if (!valid.ok) {
    process.stderr.write(`${name} 不是有效的自评表：\n${valid.issues.map((i) => `- ${i.message}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`${shareLink(valid.form)}\n`);
  return 0;
}

quietOnClosedPipe();
process.exitCode = main(process.argv.slice(2));
