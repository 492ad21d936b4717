/**
 * The extension in a VS Code whose display language is Russian: the command palette lists its
 * commands by their Russian titles (package.nls.ru.json), a command opens a panel with a Russian
 * title and page (l10n/bundle.l10n.ru.json, through vscode.l10n and the page's bundle), and the
 * Problems panel shows the server's findings in Russian with their rule IDs unchanged.
 *
 * VS Code switches its display language only to one with an installed language pack, and
 * code-server here is offline: the test installs a minimal Russian pack (test/fixtures/
 * ru-language-pack, which translates nothing of VS Code itself) and starts with `--locale ru`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { EXAMPLES, ROOT } from '../paths';
import { closeWorkbench, explorerRow, openFolder, problemRows, quickOpen, runCommand, screenshotOnFailure, startWorkbench, Workbench } from './workbench';

const TACTIC = 'typical-findings.tactic.yaml';
const PACK_DIR = join(ROOT, 'test/fixtures/ru-language-pack');
const CYRILLIC = /[а-яё]/i;

/** The language pack as a .vsix (vsce, offline), in `dir`. */
function packLanguagePack(dir: string): string {
  const vsix = join(dir, 'ru-language-pack.vsix');
  execFileSync(process.execPath, [join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '-o', vsix], {
    cwd: PACK_DIR, stdio: ['ignore', 'ignore', 'inherit'],
  });
  return vsix;
}

/** The webview frame that holds `selector` (a webview is an iframe inside an iframe). */
async function webviewFrame(page: Page, selector: string): Promise<Frame> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const f of page.frames()) {
      if (await f.$(selector).catch(() => null)) return f;
    }
    await page.waitForEvent('framenavigated', { timeout: 1000 }).catch(() => undefined);
  }
  throw new Error(`no webview with ${selector}`);
}

describe('the extension in Russian', () => {
  let wb: Workbench | undefined;
  let failed = false;
  let packDir: string | undefined;

  before(async () => {
    packDir = mkdtempSync(join(tmpdir(), 'tactic-e2e-ru-pack-'));
    wb = await startWorkbench({ locale: 'ru', extensions: [packLanguagePack(packDir)] });
  });
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    await screenshotOnFailure(wb, this.currentTest.fullTitle());
  });
  after(async () => {
    await closeWorkbench(wb, failed);
    if (packDir) rmSync(packDir, { recursive: true, force: true });
  });

  it('opens the workbench in Russian', async () => {
    const { page } = wb!;
    await openFolder(wb!, EXAMPLES);
    await explorerRow(page, TACTIC).waitFor();
    assert.equal(await page.evaluate(() => (globalThis as { _VSCODE_NLS_LANGUAGE?: string })._VSCODE_NLS_LANGUAGE), 'ru');
  });

  it('lists the commands by their Russian titles and opens the scorecard in Russian', async () => {
    const { page } = wb!;
    await quickOpen(page, TACTIC);
    await page.locator('.monaco-editor .view-lines', { hasText: /Hospital\sgroup/ }).waitFor();
    // package.nls.ru.json: the category stays the product's name, the title is Russian
    await runCommand(page, 'Sales Tactics: Показать оценку готовности');
    // the panel's title comes from vscode.l10n.t in the client
    await page.locator('.tabs-container .tab', { hasText: `Готовность ${TACTIC}` }).waitFor();
    // the page: static text written by the extension, dynamic text by the page's script with the bundle it was handed
    const frame = await webviewFrame(page, '#coverage-title');
    await frame.locator('#coverage-title', { hasText: 'ЛПР' }).waitFor();
    await frame.locator('#score', { hasText: /^Готовность/ }).waitFor();
    const review = await frame.locator('#review').textContent();
    assert.match(review ?? '', CYRILLIC, `review line: ${review}`);
  });

  it('shows the server\'s findings in Russian, rule IDs unchanged', async () => {
    // The server takes its language from the LSP initialize request's locale, which the client sends.
    const { page } = wb!;
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor();
    const row = problemRows(page, /unknown-reference/).first();
    await row.waitFor();
    const text = await row.textContent() ?? '';
    assert.match(text, CYRILLIC, `finding: ${text}`);
    // the English message of that finding must not be shown
    assert.doesNotMatch(text, /is defined in|Did you mean/, `finding: ${text}`);
  });
});
