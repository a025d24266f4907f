import * as z from 'zod/mini';
import { formSchema } from './schema.ts';

/**
 * The JSON Schema (draft 2020-12) of the form file, version 1 (form-format.md), for other tools
 * that produce forms. Written to public/schema/form-v1.json by `npm run schema`. Kept out of the
 * engine's index so the browser bundle does not carry zod's JSON Schema converter.
 */
export function formJsonSchema(): Record<string, unknown> {
  return {
    $id: 'form-v1.json',
    title: '苏州市级财政支出项目绩效自评表（表单文件 第 1 版）',
    ...z.toJSONSchema(formSchema, { unrepresentable: 'any' }),
  } as Record<string, unknown>;
}
