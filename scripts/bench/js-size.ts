/**
 * What JavaScript each built page ships, gzip-compressed, in three parts:
 * - on load: the module scripts and inline scripts in its HTML, and every island hydrated without
 *   the user (client:load, client:visible…) with everything it imports statically;
 * - on first use: islands that wake on the user's first interaction (`client:intent`) with their
 *   static imports — together with on load, everything the page runs to be used (`inAll`);
 * - lazy: what dynamic `import()`s bring when a feature is used (search, QR code, CSV, paste…).
 * Used by the budget tests and by `npm run bench`.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One page's JavaScript, in bytes after gzip (level 9). */
export interface PageJs {
  /** Site path, e.g. `/calculator/`. */
  page: string;
  /** Files loaded on load (site paths), with their gzip sizes. */
  files: { file: string; gzip: number }[];
  /** Inline <script> bytes after gzip. */
  inline: number;
  /** Total on load: files + inline. */
  total: number;
  /** Files of islands that hydrate on the first interaction (client:intent), not already loaded. */
  onUse: { file: string; gzip: number }[];
  /** Everything the page runs once used: on load plus `onUse`. */
  inAll: number;
  /** Files reachable only through dynamic import(), loaded when a feature is used. */
  lazy: number;
}

const gz = (buf: Buffer | string): number => gzipSync(buf, { level: 9 }).length;

/** Every built HTML page under `dist`, as site paths (`/`, `/calculator/`, …). */
export function builtPages(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name === 'index.html') {
        out.push(`/${relative(dist, dir).split('\\').join('/')}${relative(dist, dir) ? '/' : ''}`);
      }
    }
  };
  walk(dist);
  return out.sort();
}

function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) out.push(m[1]!);
  for (const m of code.matchAll(/export\s*[\w*${}\s,]*from\s*["']([^"']+)["']/g)) out.push(m[1]!);
  return out;
}

function dynamicImports(code: string): string[] {
  return [...code.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!);
}

/** The JavaScript one built page ships (see {@link PageJs}). */
export function pageJs(dist: string, page: string): PageJs {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const entry = new Set<string>();
  const onIntent = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) entry.add(m[1]!);
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    const urls = [...m[0].matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)].map((u) => u[1]!);
    for (const url of urls) (/\bclient="intent"/.test(m[0]) ? onIntent : entry).add(url);
  }
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) entry.add(m[1]!);
  let inline = '';
  for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) inline += m[1];

  const seen = new Set<string>();
  const lazy = new Set<string>();
  const visit = (sitePath: string, eager: boolean) => {
    if (!sitePath.startsWith('/')) return;
    if (eager ? seen.has(sitePath) : lazy.has(sitePath) || seen.has(sitePath)) return;
    (eager ? seen : lazy).add(sitePath);
    let code: string;
    try {
      code = readFileSync(join(dist, sitePath), 'utf8');
    } catch {
      return;
    }
    const base = dirname(sitePath);
    for (const spec of staticImports(code)) if (spec.startsWith('.') || spec.startsWith('/')) visit(resolve(base, spec), eager);
    for (const spec of dynamicImports(code)) if (spec.startsWith('.') || spec.startsWith('/')) visit(resolve(base, spec), false);
  };
  for (const e of entry) visit(e, true);
  const loaded = new Set(seen);
  for (const e of onIntent) visit(e, true);
  for (const m of inline.matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) visit(resolve('/', m[1]!), false);
  for (const s of seen) lazy.delete(s);

  const sized = (list: Iterable<string>) => [...list].map((file) => ({ file, gzip: gz(readFileSync(join(dist, file))) })).sort((a, b) => b.gzip - a.gzip);
  const files = sized(loaded);
  const onUse = sized([...seen].filter((f) => !loaded.has(f)));
  const inlineGz = inline.trim() ? gz(inline) : 0;
  const lazyBytes = [...lazy].reduce((s, f) => {
    try {
      return s + gz(readFileSync(join(dist, f)));
    } catch {
      return s;
    }
  }, 0);
  const total = files.reduce((s, f) => s + f.gzip, 0) + inlineGz;
  return { page, files, inline: inlineGz, total, onUse, inAll: total + onUse.reduce((s, f) => s + f.gzip, 0), lazy: lazyBytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  for (const page of builtPages(dist)) {
    const r = pageJs(dist, page);
    console.log(`${page.padEnd(40)} ${String(r.total).padStart(7)} B on load (${r.files.length} files, inline ${r.inline} B), ${r.inAll} B in all once used, lazy ${r.lazy} B`);
  }
}
