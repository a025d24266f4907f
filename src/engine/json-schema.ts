import * as z from 'zod/mini';
import { formSchema } from './schema.ts';

/**
 * The JSON Schema (draft 2020-12) of the form file, version 1 (form-format.md), one branch per rule
 * set (`ruleSet` chooses it), for other tools
 * that produce forms. Written to public/schema/form-v1.json by `npm run schema`. Kept out of the
 * engine's index so the browser bundle does not carry zod's JSON Schema converter.
 */
export function formJsonSchema(): Record<string, unknown> {
  return {
    $id: 'form-v1.json',
    title: '项目绩效自评表（表单文件 第 1 版）：苏州市级 suzhou-2017 或中央部门 central-2020',
    ...z.toJSONSchema(formSchema, { unrepresentable: 'any' }),
  } as Record<string, unknown>;
}
