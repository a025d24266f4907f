import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * The guidance, written in MDX under the top-level content/docs/ folder. The frontmatter is
 * checked here: a page with a missing or wrong field fails the build, naming the field.
 *
 * `group` places the page in the sidebar, which follows the form's own structure (R1): the
 * overview, the budget tables, the four indicator categories, rules for every row, practice (what
 * to write and what a reviewer checks: the site's advice, marked as such), the readings,
 * worked examples, the central 100-point form (its overview, readings, comparison and example, then
 * one page per C-rule), and the reference pages.
 */
export const GROUPS = ['start', 'budget', 'input', 'output', 'outcome', 'impact', 'common', 'practice', 'readings', 'examples', 'central', 'central-rules', 'reference'] as const;

const docs = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/docs' }),
  schema: z.strictObject({
    /** The page's title (h1 and <title>). */
    title: z.string().min(2),
    /** One or two Chinese sentences for <meta name="description"> and link previews. */
    description: z.string().min(10).max(160),
    /** Shorter label for the sidebar; defaults to the title. */
    nav: z.string().optional(),
    group: z.enum(GROUPS),
    /** Order inside the group. */
    order: z.number().int(),
    /** The rules this page explains: R1–R31 of scoring-decisions.md, C1–C16 of central-2020.md. */
    rules: z.array(z.string().regex(/^(R([1-9]|[12]\d|3[01])|C([1-9]|1[0-6]))$/)).default([]),
    /** For example pages: the form shown, by name (content/examples/<name>.json or tests/cases/<name>.json). */
    form: z.string().optional(),
    /** Show a table of contents (default: when the page has four or more sections). */
    toc: z.boolean().optional(),
  }),
});

export const collections = { docs };
