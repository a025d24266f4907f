// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// A static site: every page is HTML built ahead of time; calculators are Preact islands.
export default defineConfig({
  site: 'https://example.invalid',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
