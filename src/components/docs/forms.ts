import type { Form } from '../../engine/index.ts';

/**
 * The forms the example pages show, by name: content/examples/<name>.json (a form file) and the
 * golden cases tests/cases/<name>.json (their `form`), whose expected results the engine tests pin.
 */
const content = import.meta.glob<Form>('/content/examples/*.json', { eager: true, import: 'default' });
const cases = import.meta.glob<{ form: Form; description: string }>('/tests/cases/*.json', { eager: true, import: 'default' });

const name = (path: string) => path.split('/').pop()!.replace(/\.json$/, '');

export function exampleForm(formName: string): Form {
  for (const [path, form] of Object.entries(content)) if (name(path) === formName) return form;
  for (const [path, c] of Object.entries(cases)) if (name(path) === formName) return c.form;
  throw new Error(`示例表单“${formName}”不存在：应在 content/examples/ 或 tests/cases/ 下`);
}
