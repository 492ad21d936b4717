/** Activation: the extension wakes up for tactic files only. Runs first (see index.ts). */
import * as assert from 'node:assert/strict';
import { hasCode, waitForDiagnostics } from './helpers/diagnostics';
import { open, revertAndCloseAll, workspaceFile } from './helpers/documents';
import { tacticExtension } from './helpers/extension';

describe('activation', () => {
  after(revertAndCloseAll);

  // VS Code offers no event for "activation was considered and skipped", so the manifest check is
  // the deterministic half; the runtime check below catches an activation that has already happened.
  it('declares no activation event that fires without a tactic', () => {
    const events: string[] = tacticExtension().packageJSON.activationEvents ?? [];
    const tooBroad = events.filter((e) => /^(\*|onStartupFinished|workspaceContains:)/.test(e) || (e.startsWith('onLanguage:') && e !== 'onLanguage:tactic'));
    assert.deepEqual(tooBroad, []);
  });

  it('stays inactive when plain YAML is opened', async () => {
    const ext = tacticExtension();
    assert.equal(ext.isActive, false, 'active before any file was opened');
    const doc = await open(workspaceFile('plain.yaml'));
    assert.equal(doc.languageId, 'yaml');
    assert.equal(ext.isActive, false, 'a plain .yaml file activated the extension');
  });

  it('activates on a *.tactic.yaml file, whose findings then arrive', async () => {
    const doc = await open(workspaceFile('deal.tactic.yaml'));
    assert.equal(doc.languageId, 'tactic');
    // the diagnostics can only come from the activated extension's language server
    await waitForDiagnostics(doc.uri, (ds) => hasCode(ds, 'missing-sales-cycle'), 'missing-sales-cycle');
    assert.equal(tacticExtension().isActive, true);
  });
});
