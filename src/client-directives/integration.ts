import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Registers this site's own client directives with Astro: `client:intent` (./intent.ts), which
 * hydrates an island on the user's first interaction instead of on load.
 */
export function clientDirectives(): AstroIntegration {
  return {
    name: 'szpe-client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'intent', entrypoint: fileURLToPath(new URL('./intent.ts', import.meta.url)) });
      },
    },
  };
}
