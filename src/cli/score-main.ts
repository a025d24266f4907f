/**
 * The score command (see score.ts): `npm run -s score -- FILE.json` (or `-` for standard input): prints the result JSON of
 * form-format.md on stdout. Exit 0 when scored (checks do not change that), 1 with a Chinese
 * message on stderr when the input is not a valid form, 2 on wrong usage.
 * Thin on purpose: read the file, call the engine, print.
 */
import { scoreInput } from '../engine/index.ts';
import { jsonErrorWhere, readInput, quietOnClosedPipe } from './read-input.ts';
import { toCliJson } from './result-json.ts';

const USAGE = '用法：npm run -s score -- 表单文件.json    （用 - 表示从标准输入读取）';

function main(args: string[]): number {
  if (args.length !== 1 || args[0] === '-h' || args[0] === '--help') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = args[0]!;
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
    process.stderr.write(`${file === '-' ? '标准输入' : file} 不是有效的 JSON（${jsonErrorWhere(err, text)}）：请用本站“导出 JSON”得到的文件。\n`);
    return 1;
  }
  const outcome = scoreInput(input);
  if (!outcome.ok) {
    process.stderr.write(`${file === '-' ? '标准输入' : file} 不是有效的自评表：\n${outcome.issues.map((i) => `- ${i.message}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify(toCliJson(outcome.result), null, 2)}\n`);
  return 0;
}

quietOnClosedPipe();
process.exitCode = main(process.argv.slice(2));
