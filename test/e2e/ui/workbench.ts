/**
 * The VS Code workbench in Chromium, driven like a person would: a code-server with the packaged
 * .vsix installed into a fresh profile, a folder opened through the URL, keyboard and mouse.
 * Every step waits for a UI element, never for a fixed time.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../helpers/chromium';
import { installExtension, RunningCodeServer, startCodeServer } from '../codeServer';
import { VSIX } from '../paths';
import { createProfile, Profile } from '../profile';
import { printFailureEvidence } from '../report';

export interface Workbench {
  page: Page;
  profile: Profile;
  server: RunningCodeServer;
  browser: Browser;
}

export interface WorkbenchOptions {
  /** The display language (`--locale`); VS Code takes it only with a language pack for it among `extensions`. */
  locale?: string;
  /** More .vsix files to install beside the extension. */
  extensions?: readonly string[];
  /** The extension's .vsix (default: the one `npm run package` writes). */
  vsix?: string;
}

export async function startWorkbench(opts: WorkbenchOptions = {}): Promise<Workbench> {
  const profile = createProfile(undefined, 'tactic-e2e-ui-');
  installExtension(profile, opts.vsix ?? VSIX);
  for (const vsix of opts.extensions ?? []) installExtension(profile, vsix);
  if (opts.locale) registerLanguagePacks(profile);
  const server = await startCodeServer(profile, { args: opts.locale ? ['--locale', opts.locale] : [] });
  try {
    const browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(60_000);
    return { page, profile, server, browser };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

/**
 * Writes the user-data dir's languagepacks.json for the language packs installed in the profile,
 * as VS Code's language pack cache does when it installs one itself (code-server's
 * `--install-extension` leaves it out): the server reads it to take `--locale`.
 */
function registerLanguagePacks(profile: Profile): void {
  type Pack = { hash: string; extensions: Array<{ extensionIdentifier: { id: string }; version: string }>; translations: Record<string, string>; label: string };
  const packs: Record<string, Pack> = {};
  for (const dir of readdirSync(profile.extensionsDir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const root = join(profile.extensionsDir, dir.name);
    let manifest;
    try {
      manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    for (const loc of manifest.contributes?.localizations ?? []) {
      const pack = (packs[loc.languageId] ??= { hash: '', extensions: [], translations: {}, label: loc.localizedLanguageName ?? loc.languageName });
      pack.extensions.push({ extensionIdentifier: { id: `${manifest.publisher}.${manifest.name}`.toLowerCase() }, version: manifest.version });
      for (const t of loc.translations) pack.translations[t.id] = join(root, t.path);
    }
  }
  for (const pack of Object.values(packs)) {
    const hash = createHash('md5');
    for (const e of pack.extensions) hash.update(e.extensionIdentifier.id).update(e.version);
    pack.hash = hash.digest('hex');
  }
  writeFileSync(join(profile.userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}

export async function openFolder(wb: Workbench, folder: string): Promise<void> {
  await wb.page.goto(`${wb.server.origin}/?folder=${encodeURIComponent(folder)}`);
  await wb.page.locator('.monaco-workbench').waitFor();
}

export const explorerRow = (page: Page, name: string): Locator =>
  page.locator('.explorer-folders-view .monaco-list-row', { hasText: name });

/** Opens a file through Quick Open (Ctrl+P) and waits for its editor tab. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
}

/** Runs a command by its palette title (Ctrl+Shift+P). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

export const problemRows = (page: Page, hasText?: string | RegExp): Locator =>
  page.locator('.markers-panel .monaco-list-row', hasText ? { hasText } : {});

/** Selects the first match of `text` in the active editor with the find widget, then closes it. */
export async function selectInEditor(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+F');
  const find = page.locator('.editor-widget.find-widget.visible');
  await find.waitFor();
  await page.keyboard.type(text);
  await find.locator('.matchesCount', { hasText: /^1 of \d+$/ }).waitFor();
  await page.keyboard.press('Escape');
  await find.waitFor({ state: 'hidden' });
}

/** Keeps a screenshot of a failure and says where it is. */
export async function screenshotOnFailure(wb: Workbench | undefined, testTitle: string): Promise<void> {
  if (!wb) return;
  const path = join(wb.profile.dir, `${testTitle.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
  await wb.page.screenshot({ path }).then(() => console.log(`    screenshot: ${path}`), () => undefined);
}

export async function closeWorkbench(wb: Workbench | undefined, failed: boolean): Promise<void> {
  if (!wb) return;
  await wb.browser.close();
  await wb.server.stop();
  if (failed) printFailureEvidence('e2e ui', wb.server.log(), wb.server.logPath);
  else rmSync(wb.profile.dir, { recursive: true, force: true }); // evidence is kept only for failures
}
