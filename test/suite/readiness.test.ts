/** Readiness in a real VS Code: the scorecard beside the example, Mark as Reviewed on an untitled copy, the Tactics view's list. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ScorecardManager, ScorecardPanel } from '../../client/src/scorecard/panel';
import type { TacticsView } from '../../client/src/tacticsView';
import { open, repoFile, revertAndCloseAll } from './helpers/documents';
import { waitFor } from './helpers/events';
import { tacticExtension } from './helpers/extension';

/** Waits until the scorecard's webview has drawn the document's current version. */
function rendered(panel: ScorecardPanel, doc: vscode.TextDocument): Promise<true> {
  const done = () => (panel.lastRender?.uri === doc.uri.toString() && panel.lastRender.version === doc.version && panel.result?.version === doc.version ? true : undefined);
  return waitFor(panel.onDidRender, done, () => `a scorecard of ${doc.uri.toString()} v${doc.version} (last: ${JSON.stringify(panel.lastRender)})`);
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('readiness', () => {
  let example: vscode.TextDocument;
  let exports: { scorecard: ScorecardManager; tactics: TacticsView };

  before(async () => {
    example = await open(repoFile('examples', 'regional-retail-erp.tactic.yaml'));
    await tacticExtension().activate();
    exports = tacticExtension().exports as unknown as typeof exports;
  });
  after(async () => {
    for (const d of vscode.workspace.textDocuments.filter((t) => t.isUntitled && t.languageId === 'tactic')) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await revertAndCloseAll();
  });

  it('Show Readiness Scorecard opens beside the example and draws its checklist', async () => {
    await vscode.commands.executeCommand('tactic.showScorecard');
    const panel = exports.scorecard.current;
    assert.ok(panel, 'no scorecard after tactic.showScorecard');
    assert.equal(panel.panel.title, 'Readiness regional-retail-erp.tactic.yaml');
    await rendered(panel, example);
    const r = panel.result!.readiness;
    assert.equal(typeof r.score, 'number');
    assert.ok(r.decisionMakers.some((d) => d.id === 'cfo'));
    assert.equal(r.items.length, r.total);
  });

  it('Mark as Reviewed sets today on an untitled copy, keeping everything else, and the scorecard follows', async () => {
    const original = example.getText().replace(/^reviewed: .*$/m, 'reviewed: 2020-01-01 # last QBR');
    const copy = await vscode.workspace.openTextDocument({ language: 'tactic', content: original });
    await vscode.window.showTextDocument(copy, vscode.ViewColumn.One);
    const panel = exports.scorecard.current!;
    await rendered(panel, copy);
    assert.equal(panel.result!.readiness.items.find((i) => i.id === 'review-recent')!.passed, false);

    assert.equal(await vscode.commands.executeCommand('tactic.markReviewed'), true);
    assert.equal(copy.getText(), original.replace('reviewed: 2020-01-01 # last QBR', `reviewed: ${today()} # last QBR`));
    await rendered(panel, copy);
    assert.equal(panel.result!.readiness.items.find((i) => i.id === 'review-recent')!.passed, true);
    // nothing left to do: the command says so and changes nothing
    const version = copy.version;
    assert.equal(await vscode.commands.executeCommand('tactic.markReviewed'), false);
    assert.equal(copy.version, version);
  });

  it('the Tactics view lists the workspace\'s tactics with a score', async () => {
    await vscode.commands.executeCommand('tactic.refreshTactics');
    const list = exports.tactics.tactics;
    assert.ok(list, 'no list after tactic.refreshTactics');
    const deal = list.tactics.find((t) => t.uri.endsWith('/deal.tactic.yaml'));
    assert.ok(deal, JSON.stringify(list));
    assert.ok(deal.score === null || (deal.score >= 0 && deal.score <= 100));
  });
});
