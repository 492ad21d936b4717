/** Sales Tactics: Lint Workspace fills the Problems panel with tactics that are not open. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LintWorkspaceResult } from '../../server/src/protocol';
import { codesOf, waitForDiagnostics } from './helpers/diagnostics';
import { open, revertAndCloseAll, workspaceFolder } from './helpers/documents';

describe('Sales Tactics: Lint Workspace', () => {
  const dir = () => vscode.Uri.joinPath(workspaceFolder(), 'lint-workspace-tmp');
  after(async () => {
    await revertAndCloseAll();
    await vscode.workspace.fs.delete(dir(), { recursive: true, useTrash: false });
  });

  it('lints every tactic in the workspace, closed ones included, and answers with the counts', async () => {
    // a tactic is open, so the extension (and its server) are active
    await open(vscode.Uri.joinPath(workspaceFolder(), 'deal.tactic.yaml'));
    const closed = vscode.Uri.joinPath(dir(), 'closed.tactic.yaml');
    await vscode.workspace.fs.writeFile(closed, new TextEncoder().encode('tactic: Closed\nrisks:\n  - risk: Churn\n'));

    const result = await vscode.commands.executeCommand<LintWorkspaceResult | undefined>('tactic.lintWorkspace');
    assert.ok(result, 'the command answered');
    assert.ok(result.files >= 2, `files: ${result.files}`);
    assert.equal(result.cancelled, false);
    assert.ok(result.warnings >= 10, `warnings: ${result.warnings}`);

    const ds = await waitForDiagnostics(closed, (d) => d.length > 0, 'Lint Workspace findings of a closed tactic');
    assert.ok(codesOf(ds).includes('risk-without-mitigation'), codesOf(ds).join());
    assert.equal(codesOf(ds).filter((c) => c === 'missing-block').length, 8);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()), 'the file was never opened');
  });
});
