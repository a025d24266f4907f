import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { dist } from './site.ts';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, e.g. `http://127.0.0.1:41234` (no trailing slash). */
    baseUrl: string;
  }
}


/**
 * Serves the built site for the browser tests. `dist/` must exist: `npm test` and
 * `npm run test:browser` build it first.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${dist}index.html`)) {
    throw new Error('dist/index.html 不存在：浏览器测试需要先构建站点（npm run build，或直接用 npm test）。');
  }
  const server = await startStaticServer(dist);
  project.provide('baseUrl', server.url);
  return server.close;
}
