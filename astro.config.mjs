// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { clientDirectives } from './src/client-directives/integration.ts';
import { devSearch } from './src/integrations/dev-search.ts';
import { decimalPrune } from './src/integrations/decimal-prune.ts';

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
    // Only the part of decimal.js the site uses (issue 13): src/integrations/decimal-prune.ts. It prunes
    // decimal.js wherever Vite processes it: the client build, the build-time rendering of the pages
    // (prerender, below) and `npm run dev`, which would otherwise serve a pre-bundled, whole copy.
    plugins: [decimalPrune()],
    optimizeDeps: { exclude: ['decimal.js'] },
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
      // The pages are rendered at build time by the prerender environment, which would otherwise load
      // decimal.js from node_modules as it is: bundle it, so the pruned library renders them too.
      prerender: { resolve: { noExternal: ['decimal.js'] } },
      ssr: { resolve: { noExternal: ['decimal.js'] } },
      client: {
        build: {
          rolldownOptions: {
            output: {
              // A few whole chunks instead of many small ones: gzip does better on one file (issue 5).
              // A group takes the modules its test names with everything they import that no group of
              // higher priority has taken (rolldown's default), so the groups run from the bottom of the
              // import graph up: the framework, the shared rules, the engine, then each form's parts.
              // Issue 10: a page loads only the code of the form in use. /calculator/ loads the Suzhou
              // groups, /calculator/central/ the central one, and the other form's arrive when a form of
              // its kind is opened (components/calculator/forms/). A third form adds its groups here.
              codeSplitting: {
                groups: [
                  { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/, priority: 30 },
                  // The Suzhou rule set's data alone: the guide's mini-calculators show it on load, before
                  // they load the engine.
                  { name: 'suzhou-2017-rules', test: /[\\/]src[\\/]engine[\\/]rule-sets[\\/]suzhou-2017\.ts/, priority: 28 },
                  // The engine and decimal.js, with what every calculator island shares (the guide's
                  // mini-calculators too): the field rules, the engine's types and its registries of rule
                  // sets and mechanisms (no rule set: each comes with its form; kit-messages.ts is the table
                  // the kits fill with their forms' own check messages), and paste/number.ts (amounts typed
                  // with 万 / 万元, which the guide's budget mini-calculator gets with the engine). One file:
                  // every island that scores loads all of it, and each file costs its own imports and
                  // exports (issue 13). Not here: the form-file schema (zod), which only files and links
                  // need; the sentences that explain a score (explain.ts) and the curves (the calculator
                  // loads those when an explanation is opened: Sentences.tsx, issue 13); any form's rule set
                  // and the mechanisms only it uses (the groups below). The guide's islands import nothing
                  // of this on load (components/docs/engine-lazy.ts), so they load none of it until used.
                  { name: 'engine', test: /[\\/]src[\\/](engine[\\/](rule-sets[\\/](index|kit|rule-set)\.ts|mechanisms[\\/]registry\.ts|checks[\\/]kit-messages\.ts|field-rules\.ts|types\.ts)|paste[\\/]number\.ts)|node_modules[\\/]decimal\.js[\\/]|[\\/]src[\\/]engine[\\/](?!schema\.ts|json-schema\.ts|score-input\.ts|explain\.ts|curves\.ts|index\.ts|rule-sets[\\/]|mechanisms[\\/](band-score|execution-score|tier-band|proportional-score)\.ts|checks[\\/](budget|suzhou-2017-messages|central-2020-messages)\.ts)/, priority: 29 },
                  // The Suzhou form's mechanisms: band rules (R10–R14) and the budget identities (R18–R21),
                  // the messages of the checks only its rules raise (R2, R5), with its kit (the mini-calculators score with them too, so no calculator UI here).
                  { name: 'suzhou-2017-kit', test: /[\\/]src[\\/]engine[\\/](rule-sets[\\/]suzhou-2017\.kit\.ts|mechanisms[\\/]band-score\.ts|checks[\\/](budget|suzhou-2017-messages)\.ts)/, priority: 26 },
                  // The calculator's generic interface (every form's), without what loads on demand.
                  { name: 'calculator', test: /[\\/]src[\\/](components[\\/]calculator[\\/](?!ShareDialog|SharedView|PasteNote|ReplacedForms|SavedNotices|paste-into|form-files|replace-actions|MoneyTable|TierPick|MoneyBlock|MoneyCell|SubprojectTable|forms[\\/](?!registry)|PrintSheet|print-sheet-entry|Sentences))/, priority: 25 },
                  // The central form whole (it has no mini-calculator): rule set, kit, proportional scoring
                  // (C7, C8), tiers (C11) with the 完成等级 picker, the execution row (C5, C6), the messages of the checks only its
                  // rules raise (C2, C3, C9, C11, C12, C16), its layout and its 项目资金 table.
                  { name: 'central-2020-form', test: /[\\/]src[\\/](engine[\\/](rule-sets[\\/]central-2020(\.kit)?\.ts|mechanisms[\\/](execution-score|tier-band|proportional-score)\.ts|checks[\\/]central-2020-messages\.ts)|forms[\\/]central-2020[\\/]|components[\\/]calculator[\\/](MoneyTable\.tsx|TierPick\.tsx|forms[\\/]central-2020\.ts))/, priority: 24 },
                  // The Suzhou form's calculator parts: its layout and its blocks (金额块 with its amount cells, 项目资金构成).
                  { name: 'suzhou-2017-form', test: /[\\/]src[\\/](forms[\\/]suzhou-2017[\\/]|components[\\/]calculator[\\/](MoneyBlock\.tsx|MoneyCell\.tsx|SubprojectTable\.tsx|forms[\\/]suzhou-2017\.ts))/, priority: 23 },
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
