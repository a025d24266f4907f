/** Lets `.astro` pages write `client:intent` (see ./intent.ts). */
declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrate on the user's first intent; the value is a localStorage key whose presence hydrates at once. */
    'client:intent'?: string | boolean;
  }
}
export {};
