/**
 * Activation in the extension host of a real VS Code, as VS Code itself reports it: code-server
 * with the packaged .vsix in a fresh profile (test/e2e/ui/workbench.ts), the examples folder open
 * in headless Chromium. Once the workbench has settled (its own extensions activate at start-up and
 * would share the extension host's time), a tactic is opened, which activates the extension, and
 * the figure is read from Developer: Show Running Extensions ("Activation: N ms": loading the
 * extension's code, calling activate() and waiting for what it returns). A fresh code-server each time.
 */
import { existsSync } from 'node:fs';
import { CODE_SERVER_BIN, EXAMPLES } from '../test/e2e/paths';
import { closeWorkbench, openFolder, quickOpen, runCommand, startWorkbench } from '../test/e2e/ui/workbench';
import { median } from './stats';

/** Long enough for the start-up activations of code-server's built-in extensions to be over. */
const SETTLE_MS = 3_000;
const TACTIC = 'regional-retail-erp.tactic.yaml';

export interface HostActivation {
  activationMs?: number;
  samples?: number[];
  note?: string;
}

export async function benchHostActivation(vsix: string | undefined, reps: number): Promise<HostActivation> {
  if (!vsix) return { note: 'no .vsix built (--no-package), so no real VS Code run' };
  if (!existsSync(CODE_SERVER_BIN)) return { note: 'code-server is not installed; `npm run test:e2e` sets it up' };
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const wb = await startWorkbench({ vsix });
    try {
      await openFolder(wb, EXAMPLES);
      await wb.page.locator('.explorer-folders-view .monaco-list-row', { hasText: TACTIC }).waitFor();
      await wb.page.waitForTimeout(SETTLE_MS);
      await quickOpen(wb.page, TACTIC);
      await wb.page.locator('.monaco-editor .view-lines', { hasText: /Regional/ }).waitFor();
      await runCommand(wb.page, 'Developer: Show Running Extensions');
      const row = wb.page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Sales Tactics' });
      const text = await row.locator('text=/Activation: \\d+ms/').first().innerText();
      samples.push(Number(/(\d+)ms/.exec(text)![1]));
    } catch (e) {
      return { note: `real VS Code run failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, samples };
    } finally {
      await closeWorkbench(wb, false);
    }
  }
  return { activationMs: median(samples), samples };
}
