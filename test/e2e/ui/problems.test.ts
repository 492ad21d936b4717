/**
 * A user's first minutes: open the examples folder in VS Code with the packaged extension
 * installed, open a tactic, read its findings in the Problems panel, fix one by typing.
 */
import { EXAMPLES } from '../paths';
import {
  closeWorkbench, explorerRow, openFolder, problemRows, quickOpen, screenshotOnFailure, selectInEditor, startWorkbench, Workbench,
} from './workbench';

const TACTIC = 'typical-findings.tactic.yaml';

describe('workbench with the installed .vsix', () => {
  let wb: Workbench | undefined;
  let failed = false;

  before(async () => {
    wb = await startWorkbench();
  });
  afterEach(async function () {
    if (this.currentTest?.state !== 'failed') return;
    failed = true;
    await screenshotOnFailure(wb, this.currentTest.fullTitle());
  });
  after(() => closeWorkbench(wb, failed));

  it('opens the examples folder', async () => {
    await openFolder(wb!, EXAMPLES);
    await explorerRow(wb!.page, TACTIC).waitFor();
  });

  it('shows the tactic’s lint findings in the Problems panel', async () => {
    const { page } = wb!;
    await quickOpen(page, TACTIC);
    await page.locator('.monaco-editor .view-lines', { hasText: /Hospital\sgroup/ }).waitFor();
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor();
    // errors sort first: both unknown references, each with its rule ID
    await problemRows(page, /medical_directr.*unknown-reference/).waitFor();
    await problemRows(page, /`trial`.*unknown-reference/).waitFor();
  });

  it('drops a finding once the user types the fix', async () => {
    const { page } = wb!;
    await page.locator('.monaco-editor .view-lines').first().click();
    await selectInEditor(page, 'medical_directr');
    await page.keyboard.type('medical_director');
    await page.locator('.monaco-editor .view-lines', { hasText: /finds:\s\[medical_director\]/ }).waitFor();
    await problemRows(page, 'medical_directr').waitFor({ state: 'detached' });
    await problemRows(page, /`trial`.*unknown-reference/).waitFor(); // the other finding stays
  });
});
