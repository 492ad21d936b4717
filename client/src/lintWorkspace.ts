/**
 * Sales Tactics: Lint Workspace. Asks the server to lint every tactic in the workspace folders
 * (tactic/lintWorkspace), shows its per-file progress in a cancellable notification, then a
 * summary with a button to the Problems panel. The command resolves with the server's result once
 * the diagnostics are published (it does not wait for the summary to be dismissed).
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress } from 'vscode-languageclient/node';
import { LINT_WORKSPACE_METHOD, LintWorkspaceParams, LintWorkspaceResult } from '../../server/src/protocol';
import type { CommandFactory } from './ctx';

export const lintWorkspace: CommandFactory = (ctx) => async (): Promise<LintWorkspaceResult | undefined> => {
  const folders = vscode.workspace.workspaceFolders?.filter((f) => f.uri.scheme === 'file') ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('Sales Tactics: open a folder to lint the tactics in it.');
    return;
  }
  const client = await ctx.runningClient();
  if (!client) {
    void vscode.window.showErrorMessage('Sales Tactics: the language server is not running (see Sales Tactics: Show Output).');
    return;
  }

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Sales Tactics: linting the workspace', cancellable: true },
    async (progress, token) => {
      const workDoneToken = randomUUID();
      let last = 0;
      const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (p) => {
        if (p.kind === 'end') return;
        const pct = p.percentage ?? last;
        progress.report({ message: p.message, increment: Math.max(0, pct - last) });
        last = pct;
      });
      try {
        const params: LintWorkspaceParams = { folders: folders.map((f) => f.uri.toString()), workDoneToken };
        return await client.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_METHOD, params, token);
      } finally {
        sub.dispose();
      }
    },
  ).then((r) => r, (e: unknown) => {
    ctx.output.error(`Lint Workspace failed: ${e instanceof Error ? e.message : String(e)}`);
    void vscode.window.showErrorMessage(`Sales Tactics: Lint Workspace failed (${e instanceof Error ? e.message : String(e)}).`);
    return undefined;
  });
  if (!result) return undefined;

  for (const u of result.unreadable) ctx.output.warn(`Not linted: ${u.message}`);
  const summary = summarize(result);
  const shown = result.errors || result.unreadable.length
    ? vscode.window.showWarningMessage(summary, 'Show Problems')
    : vscode.window.showInformationMessage(summary, ...(result.warnings + result.information + result.hints ? ['Show Problems'] : []));
  void shown.then((action) => action === 'Show Problems' && vscode.commands.executeCommand('workbench.actions.view.problems'));
  return result;
};

export function summarize(r: LintWorkspaceResult): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (r.files === 0) return 'Sales Tactics: no tactic files (*.tactic.yaml, *.tactic.yml) in the workspace.';
  const head = r.cancelled ? 'Sales Tactics: cancelled after part of the workspace' : `Sales Tactics: linted ${n(r.files, 'tactic file')}`;
  const total = r.errors + r.warnings + r.information + r.hints;
  const findings = total === 0
    ? 'no problems'
    : `${n(r.errors, 'error')}, ${n(r.warnings, 'warning')}, ${r.information} information${r.hints ? `, ${n(r.hints, 'hint')}` : ''} in ${n(r.filesWithProblems, 'file')}`;
  const unreadable = r.unreadable.length ? `; ${n(r.unreadable.length, 'file')} could not be read (see Output)` : '';
  return `${head}: ${findings}${unreadable}.`;
}
