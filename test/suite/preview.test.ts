/** The sales-cycle preview in a real VS Code: it opens beside an example and draws its cycle. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PreviewManager } from '../../client/src/preview/register';
import type { TacticPreview } from '../../client/src/preview/previewPanel';
import { open, replaceOnce, repoFile, revertAndCloseAll } from './helpers/documents';
import { waitFor } from './helpers/events';
import { tacticExtension } from './helpers/extension';

const previewTabs = () => vscode.window.tabGroups.all
  .flatMap((g) => g.tabs)
  .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('tacticPreview'));

/** Waits until the webview reports a good render of the document's current version. */
function rendered(preview: TacticPreview, doc: vscode.TextDocument): Promise<true> {
  const done = () => (preview.lastRender?.uri === doc.uri.toString() && preview.lastRender.version === doc.version && preview.lastRender.ok ? true : undefined);
  return waitFor(preview.onDidRender, done, () => `a rendered diagram of version ${doc.version} (last: ${JSON.stringify(preview.lastRender)})`);
}

const ORIGINAL = 'name: Discovery workshop\n';
const EDITED = 'name: Discovery workshop (two days)\n';

describe('preview', () => {
  let doc: vscode.TextDocument;
  let manager: PreviewManager;

  before(async () => {
    doc = await open(repoFile('examples', 'regional-retail-erp.tactic.yaml'));
    await tacticExtension().activate();
    manager = (tacticExtension().exports as unknown as { preview: PreviewManager }).preview;
  });
  after(async () => {
    // undo the edit by hand too, so the example stays as it is even if something saved the document
    if (doc.getText().includes(EDITED)) await replaceOnce(doc, EDITED, ORIGINAL);
    await revertAndCloseAll();
  });

  it('opens with Open Preview and draws the example’s sales cycle', async () => {
    await vscode.commands.executeCommand('tactic.showPreviewToSide');
    const preview = manager.current;
    assert.ok(preview, 'no preview after tactic.showPreviewToSide');
    // the tab model follows the panel asynchronously
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => (previewTabs().length === 1 ? true : undefined),
      () => `one preview tab (tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')})`);
    assert.equal(preview.panel.title, 'Preview regional-retail-erp.tactic.yaml');
    await rendered(preview, doc);
    const stages = preview.result!.nodes.filter((n) => n.kind === 'stage').map((n) => n.label);
    assert.deepEqual(stages, ["First call with the CFO's office", 'Discovery workshop', 'Demo on their catalogue',
      'Proposal and payback model', 'Nurture until next budget', 'Contract signed', 'Lost']);
  });

  it('redraws from the unsaved text', async () => {
    const preview = manager.current!;
    await replaceOnce(doc, ORIGINAL, EDITED);
    await rendered(preview, doc);
    assert.ok(preview.result!.nodes.some((n) => n.label === 'Discovery workshop (two days)'));
  });

  it('copies the Mermaid source of the diagram', async () => {
    await vscode.commands.executeCommand('tactic.preview.copyMermaid');
    const text = await vscode.env.clipboard.readText();
    assert.match(text, /^flowchart TD\n/);
    assert.ok(text.includes('Discovery workshop #40;two days#41;'), text);
  });
});
