/**
 * Tests see every form, as Node, the command line and the build do: every rule set's kit and every
 * layout installed (the calculator installs only the form in use). A test of what happens before a
 * form is installed imports fresh modules (tests/engine/rule-set-kits.test.ts, `vi.resetModules`).
 */
import '../src/engine/rule-sets/all.ts';
import '../src/forms/all.ts';
