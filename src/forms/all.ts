import { centralLayout } from './central-2020/layout.ts';
import { registerLayout } from './index.ts';
import { suzhouLayout } from './suzhou-2017/layout.ts';

/**
 * Registers every form's layout at once, for code that may meet any form and is not part of the
 * calculator's first load: the shared report, CSV, paste, the command line and tests. Import it for
 * its effect: `import '../forms/all.ts'`.
 */
export const allLayouts = [suzhouLayout, centralLayout];
for (const layout of allLayouts) registerLayout(layout);
