// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { clientDirectives } from './src/client-directives/integration.ts';
import { devSearch } from './src/integrations/dev-search.ts';

// A static site: every page is HTML built ahead of time; calculators are Preact islands.
export default defineConfig({
  site: 'https://example.invalid',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), clientDirectives(), devSearch()],
  // No syntax highlighting: the guide has no code blocks, and Shiki's inline styles would break the
  // strict CSP below (Astro warns about it on every build when Shiki is on, its default).
  markdown: { syntaxHighlight: false },
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Every MDX page makes the bundler say that Astro's own "use astro:head-inject" marker "may not
        // be preserved" (MODULE_LEVEL_DIRECTIVE): a known Astro issue with no effect on the output
        // (the marker is read before bundling). Only that message is dropped; every other one shows.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // A few whole chunks instead of many small ones: gzip does better on one file (issue 5).
              codeSplitting: {
                groups: [
                  { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/, priority: 30 },
                  // The rule set's data: small, and imported by every calculator island (guide pages too).
                  // paste/number.ts (amounts typed with 万 / 万元) is shared by the calculator and the guide's
                  // budget mini-calculator, so it rides here too, not in the calculator's chunk.
                  { name: 'rules', test: /[\\/]src[\\/](engine[\\/](rule-sets[\\/]|field-rules\.ts|types\.ts)|paste[\\/]number\.ts)/, priority: 25 },
                  // The engine and decimal.js, without the form-file schema (zod), which only files and links
                  // need, and without the sentences that explain a score (explain.ts) and the curves: the
                  // calculator loads those when an explanation is opened (Sentences.tsx, issue 13).
                  { name: 'engine', test: /(node_modules[\\/]decimal\.js[\\/]|[\\/]src[\\/]engine[\\/](?!schema\.ts|json-schema\.ts|score-input\.ts|explain\.ts|curves\.ts|index\.ts))/, priority: 20 },
                  { name: 'calculator', test: /[\\/]src[\\/](components[\\/]calculator[\\/](?!ShareDialog|SharedView|PasteNote|ReplacedForms|SavedNotices|MoneyTable|PrintSheet|print-sheet-entry|Sentences))/, priority: 10 },
                ],
              },
            },
          },
        },
      },
    },
  },
  // Content-Security-Policy as a meta tag (static hosting): only this site's own scripts and
  // styles, hashed by Astro where inline; 'wasm-unsafe-eval' lets Pagefind's WebAssembly run.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
