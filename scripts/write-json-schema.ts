/**
 * Writes the form file's JSON Schema to public/schema/form-v1.json (npm run schema), so other
 * tools can produce forms. The test suite checks the committed file is up to date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { formJsonSchema } from '../src/engine/json-schema.ts';

const out = new URL('../public/schema/form-v1.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(formJsonSchema(), null, 2)}\n`);
console.log(`已写入 ${out.pathname}`);
