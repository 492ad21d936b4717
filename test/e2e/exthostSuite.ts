/**
 * Runs the extension-host suite (test/suite) inside code-server's Node extension host, the way
 * VS Code's own web tests do: the workbench reads `extensionDevelopmentPath` and
 * `extensionTestsPath` from the `payload` URL parameter and reports the end through
 * `window.codeAutomationExit`, which Playwright exposes to the page.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { parseSuiteResult, SUITE_START_LINE } from '../suite/result';
import { launchChromium } from '../helpers/chromium';
import { installExtension, startCodeServer } from './codeServer';
import { SUITE_INDEX, SUITE_WORKSPACE, VSIX } from './paths';
import { createProfile } from './profile';
import { printFailureEvidence, SuiteOutcome } from './report';
import { installedExtensionFolder } from './vsix';

const SUITE_DEADLINE_MS = 10 * 60_000;

export async function runExthostSuite(): Promise<SuiteOutcome> {
  const profile = createProfile(undefined, 'tactic-e2e-exthost-');
  // the suite runs the shipped files: the .vsix unpacked by code-server's installer, outside the profile
  const staging = join(profile.dir, 'staged-extension');
  installExtension(profile, VSIX, staging);
  const extensionPath = installedExtensionFolder(staging);
  const server = await startCodeServer(profile);
  const outcome: SuiteOutcome = { name: 'exthost', passed: 0, failed: 0 };
  const screenshot = join(profile.dir, 'exthost-failure.png');
  let browser: Browser | undefined;
  let page: Page | undefined;
  let started = false;
  const startup: string[] = [];
  try {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let exit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    // the workbench's start-up chatter is kept for a failure report; the suite's output is shown live
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      const line = format(...args);
      const result = parseSuiteResult(line);
      if (result) Object.assign(outcome, result);
      else if (line === SUITE_START_LINE) started = true;
      else if (started) console.log(line);
      else startup.push(line);
    });
    const remote = (path: string) => `vscode-remote://${new URL(server.origin).host}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(SUITE_INDEX)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(SUITE_WORKSPACE)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([exitCode, new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), SUITE_DEADLINE_MS)))]);
    clearTimeout(timer);
    if (code !== 0) {
      outcome.error = code === 'timeout' ? `did not finish within ${SUITE_DEADLINE_MS / 1000} s` : `extension host exited with ${code}`;
      if (outcome.failed === 0) outcome.failed = 1; // it failed before mocha could count
    }
  } catch (e) {
    outcome.error = e instanceof Error ? e.message : String(e);
    outcome.failed = Math.max(outcome.failed, 1);
  } finally {
    const failed = outcome.failed > 0;
    if (failed && page) await page.screenshot({ path: screenshot }).catch(() => undefined);
    await browser?.close();
    await server.stop();
    if (failed && !started) console.log(`--- workbench console before the suite started ---\n${startup.join('\n')}`);
    if (failed) printFailureEvidence('e2e exthost', server.log(), server.logPath, page ? screenshot : undefined);
    else rmSync(profile.dir, { recursive: true, force: true }); // evidence is kept only for failures
  }
  return outcome;
}
