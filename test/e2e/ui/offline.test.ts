/**
 * No request leaves the machine: the workbench (code-server on 127.0.0.1) with the packaged
 * extension opens a tactic, shows its findings and draws the preview, and every request the
 * browser made, pages, workers and the preview's webview included, was answered from 127.0.0.1.
 */
import assert from 'node:assert/strict';
import type { Frame } from 'playwright-core';
import { EXAMPLES } from '../paths';
import { closeWorkbench, explorerRow, openFolder, problemRows, quickOpen, runCommand, screenshotOnFailure, startWorkbench, Workbench } from './workbench';

const TACTIC = 'regional-retail-erp.tactic.yaml';
/** Schemes that never reach a network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'vscode-webview:', 'vscode-file:', 'chrome-extension:']);

function leavesTheMachine(url: string): boolean {
  try {
    const u = new URL(url);
    if (LOCAL_SCHEMES.has(u.protocol)) return false;
    return !['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return true;
  }
}

describe('no network access in the workbench', () => {
  let wb: Workbench | undefined;
  let failed = false;
  const outside: string[] = [];

  before(async () => {
    wb = await startWorkbench();
    const context = wb.page.context();
    // Webview resources are asked for at https://*.vscode-resource.vscode-cdn.net and answered
    // by the webview's service worker from the local server: only answers that did not come from
    // a service worker (or requests that failed trying) count as leaving the machine.
    context.on('response', (r) => {
      if (leavesTheMachine(r.url()) && !r.fromServiceWorker()) outside.push(`${r.request().method()} ${r.url()} (${r.status()})`);
    });
    context.on('requestfailed', (r) => {
      if (leavesTheMachine(r.url())) outside.push(`${r.method()} ${r.url()} (failed: ${r.failure()?.errorText})`);
    });
    wb.page.on('websocket', (ws) => {
      if (leavesTheMachine(ws.url())) outside.push(`websocket ${ws.url()}`);
    });
  });
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    await screenshotOnFailure(wb, this.currentTest.fullTitle());
  });
  after(() => closeWorkbench(wb, failed));

  it('opens a tactic, lints it and draws its preview', async () => {
    const { page } = wb!;
    await openFolder(wb!, EXAMPLES);
    await explorerRow(page, TACTIC).waitFor();
    await quickOpen(page, TACTIC);
    await page.locator('.monaco-editor .view-lines', { hasText: /Regional\sretail/ }).waitFor();
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor();
    await problemRows(page).first().waitFor({ state: 'attached' }).catch(() => undefined); // the example may be clean
    await runCommand(page, 'Sales Tactics: Open Preview to the Side');
    // The preview is a webview: an iframe inside an iframe; wait until one of them holds the SVG.
    const deadline = Date.now() + 60_000;
    let drawn: Frame | undefined;
    while (!drawn && Date.now() < deadline) {
      for (const f of page.frames()) {
        if (await f.$('#diagram svg').catch(() => null)) drawn = f;
      }
      if (!drawn) await page.waitForEvent('framenavigated', { timeout: 1000 }).catch(() => undefined);
    }
    assert.ok(drawn, 'the preview drew the sales cycle');
    await drawn.locator('#diagram g.node', { hasText: 'Contract signed' }).waitFor();
  });

  it('made no request answered from outside 127.0.0.1', () => {
    assert.deepEqual(outside, []);
  });
});
