import { fileURLToPath } from 'node:url';

/**
 * The built site the browser tests serve: `dist/`, or the folder named by SITE_DIST (e.g. one
 * engineer's own build while another rebuilds dist/). Always ends with a slash.
 */
export const dist = process.env.SITE_DIST ? `${process.env.SITE_DIST.replace(/\/$/, '')}/` : fileURLToPath(new URL('../../dist/', import.meta.url));
