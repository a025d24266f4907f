/**
 * Entry of `npm run -s score -- FILE.json`. Turns on Node's compile cache before the engine and
 * zod load, so that a reviewer scoring a folder of forms pays little beyond Node's own start.
 */
import module from 'node:module';

module.enableCompileCache?.();
await import('./score-main.ts');
