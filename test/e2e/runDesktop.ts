/**
 * `npm run test:desktop`: the same extension-host suite in desktop VS Code via @vscode/test-electron.
 * VS Code comes from `--code <path>` or $VSCODE_EXECUTABLE_PATH, else it is downloaded (needs
 * internet) into .e2e/vscode-test, $VSCODE_VERSION (default: latest stable).
 * Linux without a display: run under `xvfb-run -a`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { buildSuite } from './buildSuite';
import { E2E_DIR, SUITE_INDEX, SUITE_WORKSPACE } from './paths';
import { createProfile } from './profile';
import { SuiteOutcome, summaryLine } from './report';
import { installedExtensionFolder, packageExtension } from './vsix';
import { RESULT_FILE_ENV } from '../suite/result';

function givenExecutable(): string | undefined {
  const at = process.argv.indexOf('--code');
  if (at >= 0 && !process.argv[at + 1]) throw new Error('--code needs the path of a VS Code executable');
  const path = at >= 0 ? process.argv[at + 1] : process.env.VSCODE_EXECUTABLE_PATH;
  if (path !== undefined && !existsSync(path)) throw new Error(`no VS Code executable at ${path}`);
  return path;
}

async function main(): Promise<SuiteOutcome> {
  const executable = givenExecutable() ?? await downloadAndUnzipVSCode({
    version: process.env.VSCODE_VERSION ?? 'stable',
    cachePath: join(E2E_DIR, 'vscode-test'),
  }).catch((e: unknown) => {
    throw new Error(`could not download VS Code (${e instanceof Error ? e.message : e}); offline, give one with --code <path> or VSCODE_EXECUTABLE_PATH`);
  });
  const vsix = packageExtension();
  await buildSuite();
  const profile = createProfile(undefined, 'tactic-e2e-desktop-');
  // install the .vsix with VS Code's own CLI into a staging dir, and run the suite on those files
  const staging = join(profile.dir, 'staged-extension');
  const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable, { reuseMachineInstall: true });
  const install = spawnSync(cli!, [...cliArgs, `--user-data-dir=${profile.userDataDir}`, `--extensions-dir=${staging}`, '--install-extension', vsix],
    { env: profile.env, stdio: 'inherit', shell: process.platform === 'win32' });
  if (install.status !== 0) throw new Error(`installing ${vsix} failed`);
  const resultFile = join(profile.dir, 'result.json');
  Object.assign(process.env, { HOME: profile.home, XDG_CONFIG_HOME: profile.env.XDG_CONFIG_HOME, XDG_DATA_HOME: profile.env.XDG_DATA_HOME });
  const code = await runTests({
    vscodeExecutablePath: executable,
    extensionDevelopmentPath: installedExtensionFolder(staging),
    extensionTestsPath: SUITE_INDEX,
    extensionTestsEnv: { [RESULT_FILE_ENV]: resultFile },
    launchArgs: [SUITE_WORKSPACE, `--user-data-dir=${profile.userDataDir}`, `--extensions-dir=${profile.extensionsDir}`, '--disable-telemetry'],
  }).catch((e: unknown) => (console.error(e), 1));
  const counts = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) as { passed: number; failed: number } : undefined;
  return { name: 'desktop', passed: counts?.passed ?? 0, failed: counts?.failed ?? (code === 0 ? 0 : 1), error: code === 0 ? undefined : `VS Code exited with ${code}` };
}

main().then(
  (o) => {
    console.log(summaryLine(o));
    process.exit(o.failed === 0 && o.passed > 0 && !o.error ? 0 : 1);
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    console.log(summaryLine({ name: 'desktop', passed: 0, failed: 1, error: 'could not run' }));
    process.exit(1);
  },
);
