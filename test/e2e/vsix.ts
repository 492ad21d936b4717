/** The packaged extension: build the .vsix once, then find where a VS Code CLI installed it. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_ID, ROOT, VSIX } from './paths';

/** `npm run package`: minified bundles + vsce → dist/sales-tactics.vsix. */
export function packageExtension(): string {
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return VSIX;
}

/**
 * The folder a VS Code CLI unpacked the .vsix into (`<publisher>.<name>-<version>`), so the
 * extension-host suite runs the shipped files (.vscodeignore applied), not the working tree.
 */
export function installedExtensionFolder(extensionsDir: string): string {
  const name = readdirSync(extensionsDir).find((d) => d.toLowerCase().startsWith(`${EXTENSION_ID}-`));
  if (!name) throw new Error(`${EXTENSION_ID} is not installed in ${extensionsDir}`);
  return join(extensionsDir, name);
}
