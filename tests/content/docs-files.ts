import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The guide's MDX files, with their route, frontmatter (flat keys) and body. */
export const DOCS_DIR = fileURLToPath(new URL('../../content/docs/', import.meta.url));

export interface DocFile {
  path: string;
  route: string;
  data: Record<string, string>;
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.mdx') ? [p] : [];
  });
}

export function docFiles(): DocFile[] {
  return walk(DOCS_DIR).map((path) => {
    const text = readFileSync(path, 'utf8');
    const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (!m) throw new Error(`${path}: no frontmatter`);
    const data: Record<string, string> = {};
    for (const line of m[1]!.split('\n')) {
      const kv = /^(\w+):\s*(.*)$/.exec(line);
      if (kv) data[kv[1]!] = kv[2]!;
    }
    // A folder's index.mdx is served at the folder (central/index.mdx → /central/), as Astro's glob loader ids it.
    return { path, route: `/${relative(DOCS_DIR, path).replace(/\.mdx$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/\/$/, '/'), data, body: m[2]! };
  });
}

/** Every `<Name a="x" b={…} />` in a body, with its string props and raw JS props (JSON-ish). */
export function components(body: string, name: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const re = new RegExp(`<${name}\\s([\\s\\S]*?)\\/>`, 'g');
  for (const m of body.matchAll(re)) {
    const props: Record<string, unknown> = {};
    const src = m[1]!;
    for (const p of src.matchAll(/(\w+)="([^"]*)"/g)) props[p[1]!] = p[2];
    for (const p of src.matchAll(/(\w+)=\{([\s\S]*?)\}(?=\s+\w+=|\s*$)/g)) {
      // JS object/array literals with single-quoted strings and bare keys → evaluate as JS.
      try {
        props[p[1]!] = new Function(`return (${p[2]});`)();
      } catch {
        props[p[1]!] = undefined; // a variable of the page (e.g. curve={curve}), not a literal
      }
    }
    for (const p of src.matchAll(/(?:^|\s)(\w+)(?=\s|$)/g)) if (!(p[1]! in props)) props[p[1]!] = true;
    out.push(props);
  }
  return out;
}
