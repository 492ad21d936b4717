/** Where the end-to-end harness finds the repository, code-server, the suite and its fixtures. */
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
/** Git-ignored home of everything the e2e layer installs or builds. */
export const E2E_DIR = join(ROOT, '.e2e');
export const CODE_SERVER_DIR = process.env.CS_DIR ?? join(E2E_DIR, 'code-server');
export const CODE_SERVER_BIN = process.env.CODE_SERVER ?? join(CODE_SERVER_DIR, 'node_modules/.bin/code-server');
export const SETUP_SCRIPT = join(ROOT, 'test/e2e/setup-code-server.sh');

/** The packaged extension, as `npm run package` writes it. */
export const VSIX = join(ROOT, 'dist/sales-tactics.vsix');
export const EXTENSION_ID = 'sales-tactics.sales-tactics';

/** The extension-host suite: TypeScript sources and their compiled bundles. */
export const SUITE_SRC = join(ROOT, 'test/suite');
export const SUITE_OUT = join(ROOT, 'out/test/suite');
export const SUITE_INDEX = join(SUITE_OUT, 'index.js');
/** The folder the extension-host suite opens: a plain YAML file and a tactic. */
export const SUITE_WORKSPACE = join(ROOT, 'test/fixtures/e2e-workspace');

export const EXAMPLES = join(ROOT, 'examples');
