import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where `npm run build` writes the Pagefind index (`pagefind --site dist`). */
export const BUILT_INDEX = fileURLToPath(new URL('../../dist/pagefind/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Search in `npm run dev`: Pagefind indexes built HTML, which the dev server never writes, so the
 * dev server serves `/pagefind/*` from the index of the last `npm run build` (`dist/pagefind/`).
 * Pages added or changed since that build are found only after the next build; with no build yet,
 * /search/ says so in Chinese (see src/pages/search.astro). Does nothing in `astro build`.
 */
export function devSearch(): AstroIntegration {
  return {
    name: 'szpe-dev-search',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(BUILT_INDEX)) logger.info('开发模式：还没有搜索索引（dist/pagefind/），/search/ 会说明原因；运行一次 npm run build 即可在开发模式中搜索。');
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^([/\\])+/, '');
          const file = join(BUILT_INDEX, path);
          if (!file.startsWith(BUILT_INDEX) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(readFileSync(file));
        });
      },
    },
  };
}
