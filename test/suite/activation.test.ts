/** Activation: the extension wakes up for tactic files only. Runs first (see index.ts). */
import * as assert from 'node:assert/strict';
import { hasCode, waitForDiagnostics } from './helpers/diagnostics';
import { open, revertAndCloseAll, workspaceFile } from './helpers/documents';
import { tacticExtension } from './helpers/extension';

describe('activation', () => {
  after(revertAndCloseAll);

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
