/**
 * The score command (see score.ts): `npm run -s score -- FILE.json` (or `-` for standard input): prints the result JSON of
 * form-format.md on stdout. Exit 0 when scored (checks do not change that), 1 with a Chinese
 * message on stderr when the input is not a valid form, 2 on wrong usage.
 * Thin on purpose: read the file, call the engine, print.
 */
import { scoreInput } from '../engine/index.ts';
import { labelOnForm } from '../forms/all.ts';
import { describeReadError, readFormText } from './read-form.ts';
import { quietOnClosedPipe, readInput } from './read-input.ts';
import { toCliJson } from './result-json.ts';

const USAGE = [
  '用法：npm run -s score -- 表单文件.json    （用 - 表示从标准输入读取）',
  '',
  '在标准输出打印计分结果 JSON（总分、四类小计、各项得分及计算步骤、核对结果）。',
  '可以先试示例表：npm run -s score -- content/examples/seed-2020-old-residential-pilot.json',
  '退出码：0 已计分（有核对提示也是 0）；1 文件不是有效的自评表（标准错误输出中文原因）；2 用法错误。',
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
    process.stderr.write(`${describeReadError(file, err, '（批量计分请逐个文件调用）')}\n`);
    return 2;
  }
  const read = readFormText(text, file === '-' ? '标准输入' : file, 'score');
  if (!read.ok) {
    process.stderr.write(`${read.message}\n`);
    return 1;
  }
  const outcome = scoreInput(read.value, labelOnForm);
  if (!outcome.ok) {
    process.stderr.write(`${file === '-' ? '标准输入' : file} 不是有效的自评表：\n${outcome.issues.map((i) => `- ${i.message}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(toCliJson(outcome.result), null, 2)}\n`);
  return 0;
}

quietOnClosedPipe();
process.exitCode = main(process.argv.slice(2));
