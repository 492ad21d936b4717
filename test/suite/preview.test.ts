/** The sales-cycle preview in a real VS Code: it opens beside an example and draws its cycle. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TacticPreview } from '../../client/src/preview/previewPanel';
import type { PreviewManager } from '../../client/src/preview/register';
import { open, repoFile, revertAndCloseAll, workspaceFile } from './helpers/documents';
import { waitFor } from './helpers/events';
import { tacticExtension } from './helpers/extension';

const previewTabs = () => vscode.window.tabGroups.all
  .flatMap((g) => g.tabs)
  .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('tacticPreview'));

/** Waits until the webview reports a good render of the document's current version. */
function rendered(preview: TacticPreview, doc: vscode.TextDocument): Promise<true> {
  const done = () => (preview.lastRender?.uri === doc.uri.toString() && preview.lastRender.version === doc.version && preview.lastRender.ok ? true : undefined);
  return waitFor(preview.onDidRender, done, () => `a rendered diagram of ${doc.uri.toString()} v${doc.version} (last: ${JSON.stringify(preview.lastRender)})`);
}

/** Edits through the text editor, as typing does; the suite never edits files on disk. */
async function typeOver(doc: vscode.TextDocument, search: string, replacement: string): Promise<void> {
  const at = doc.getText().indexOf(search);
  assert.ok(at >= 0, `no "${search}" in ${doc.uri.toString()}`);
  const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  assert.ok(await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + search.length)), replacement)));
}

/** Closes the untitled copies without a save prompt, then everything else. */
async function closeAll(): Promise<void> {
  for (const d of vscode.workspace.textDocuments.filter((t) => t.isUntitled && t.languageId === 'tactic')) {
    await vscode.window.showTextDocument(d);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await revertAndCloseAll();
}

describe('preview', () => {
  let example: vscode.TextDocument;
  let manager: PreviewManager;

  before(async () => {
    example = await open(repoFile('examples', 'regional-retail-erp.tactic.yaml'));
    await tacticExtension().activate();
    manager = (tacticExtension().exports as unknown as { preview: PreviewManager }).preview;
  });
  after(closeAll);

  it('opens with Open Preview to the Side and draws the example’s sales cycle', async () => {
    await vscode.commands.executeCommand('tactic.showPreviewToSide');
    const preview = manager.current;
    assert.ok(preview, 'no preview after tactic.showPreviewToSide');
    // the tab model follows the panel asynchronously
    await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => (previewTabs().length === 1 ? true : undefined),
      () => `one preview tab (tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')})`);
    assert.equal(preview.panel.title, 'Preview regional-retail-erp.tactic.yaml');
    await rendered(preview, example);
    const stages = preview.result!.nodes.filter((n) => n.kind === 'stage').map((n) => n.label);
    assert.deepEqual(stages, ["First call with the CFO's office", 'Discovery workshop', 'Demo on their catalogue',
      'Proposal and payback model', 'Nurture until next budget', 'Contract signed', 'Lost']);
  });

  it('follows the active tactic editor and redraws from its unsaved text', async () => {
    const preview = manager.current!;
    const copy = await vscode.workspace.openTextDocument({ language: 'tactic', content: example.getText() });
    await vscode.window.showTextDocument(copy, vscode.ViewColumn.One);
    await rendered(preview, copy);
    await typeOver(copy, 'name: Discovery workshop\n', 'name: Discovery workshop (two days)\n');
    await rendered(preview, copy);
    assert.ok(preview.result!.nodes.some((n) => n.label === 'Discovery workshop (two days)'));
  });

  it('copies the Mermaid source of the diagram', async () => {
    await vscode.commands.executeCommand('tactic.preview.copyMermaid');
    const text = await vscode.env.clipboard.readText();
    assert.match(text, /^flowchart TD\n/);
    assert.ok(text.includes('n1("Discovery workshop (two days)")'), text);
  });

  it('reports a tactic without a sales cycle as not drawable', async () => {
    const preview = manager.current!;
    const deal = await vscode.workspace.openTextDocument(workspaceFile('deal.tactic.yaml'));
    await vscode.window.showTextDocument(deal, vscode.ViewColumn.One);
    await waitFor(preview.onDidRender, () => (preview.lastRender?.uri === deal.uri.toString() ? true : undefined),
      () => `a render of deal.tactic.yaml (last: ${JSON.stringify(preview.lastRender)})`);
    assert.equal(preview.panel.title, 'Preview deal.tactic.yaml');
    assert.equal(preview.lastRender!.ok, false);
    assert.match(preview.result!.problems[0].message, /no `sales_cycle`/);
  });

  it('switches to the account map and the approval chains, and remembers the view per tactic', async () => {
    const preview = manager.current!;
    await vscode.window.showTextDocument(example, vscode.ViewColumn.One);
    await rendered(preview, example);
    assert.equal(preview.view, 'cycle');

    // A render event after the switch (not the cycle's, already seen) with the map as the result.
    const drawn = (kind: string) => (e: { ok: boolean } | undefined) => (e?.ok && preview.result?.kind === kind ? true : undefined);
    await vscode.commands.executeCommand('tactic.preview.showAccountMap');
    await waitFor(preview.onDidRender, drawn('map'),
      () => `a rendered account map (last: ${JSON.stringify(preview.lastRender)})`);
    const people = preview.result!.nodes.filter((n) => n.kind === 'person').map((n) => n.label.split('\n')[0]);
    assert.deepEqual(people, ['Chief Executive Officer', 'Chief Financial Officer', 'Chief Operating Officer', 'Head of IT', 'Store operations director']);
    await vscode.commands.executeCommand('tactic.preview.copyMermaid');
    assert.match(await vscode.env.clipboard.readText(), /^flowchart TB\n {2}p0\["Chief Executive Officer/);

    preview.showView('chains');
    await waitFor(preview.onDidRender, drawn('chains'),
      () => `rendered approval chains (last: ${JSON.stringify(preview.lastRender)})`);
    assert.ok(preview.result!.nodes.some((n) => n.kind === 'body' && n.label.startsWith('Board of directors')));

    // Another tactic opens on its own view (the cycle); coming back shows the chains again.
    const deal = await vscode.workspace.openTextDocument(workspaceFile('deal.tactic.yaml'));
    await vscode.window.showTextDocument(deal, vscode.ViewColumn.One);
    await waitFor(preview.onDidRender, () => (preview.lastRender?.uri === deal.uri.toString() ? true : undefined), () => 'a render of deal.tactic.yaml');
    assert.equal(preview.view, 'cycle');
    await vscode.window.showTextDocument(example, vscode.ViewColumn.One);
    await waitFor(preview.onDidRender, () => (preview.lastRender?.uri === example.uri.toString() && preview.result?.kind === 'chains' ? true : undefined),
      () => `the chains of the example again (last: ${JSON.stringify(preview.lastRender)})`);
    assert.equal(preview.view, 'chains');
    await vscode.commands.executeCommand('tactic.preview.showSalesCycle');
    assert.equal(preview.view, 'cycle');
  });
});
