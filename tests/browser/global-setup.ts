import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, e.g. `http://127.0.0.1:41234` (no trailing slash). */
    baseUrl: string;
  }
}

// SITE_DIST serves another build folder (e.g. one engineer's own build while another rebuilds dist/).
const dist = process.env.SITE_DIST ? `${process.env.SITE_DIST.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../dist/', import.meta.url));

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
