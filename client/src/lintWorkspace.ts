/**
 * Sales Tactics: Lint Workspace. Asks the server to lint every tactic in the workspace folders
 * (tactic/lintWorkspace), shows its per-file progress in a cancellable notification, then a
 * summary with a button to the Problems panel. The command resolves with the server's result once
 * the diagnostics are published (it does not wait for the summary to be dismissed).
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { LINT_WORKSPACE_METHOD, LintWorkspaceParams, LintWorkspaceResult } from '../../server/src/protocol';
import type { CommandFactory } from './ctx';
import { summarize } from './lintSummary';
import { languageClientLibrary } from './loadLanguageClient';

export const lintWorkspace: CommandFactory = (ctx) => async (): Promise<LintWorkspaceResult | undefined> => {
  const folders = vscode.workspace.workspaceFolders?.filter((f) => f.uri.scheme === 'file') ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sales Tactics: open a folder to lint the tactics in it.'));
    return;
  }
  const client = await ctx.runningClient();
  if (!client) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sales Tactics: the language server is not running (see Sales Tactics: Show Output).'));
    return;
  }

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Sales Tactics: linting the workspace'), cancellable: true },
    async (progress, token) => {
      const workDoneToken = randomUUID();
      let last = 0;
      const sub = client.onProgress(languageClientLibrary().WorkDoneProgress.type, workDoneToken, (p) => {
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
    const reason = e instanceof Error ? e.message : String(e);
    ctx.output.error(vscode.l10n.t('Lint Workspace failed: {0}', reason));
    void vscode.window.showErrorMessage(vscode.l10n.t('Sales Tactics: Lint Workspace failed ({0}).', reason));
    return undefined;
  });
  if (!result) return undefined;

  for (const u of result.unreadable) ctx.output.warn(vscode.l10n.t('Not linted: {0}', u.message));
  const summary = summarize(result);
  const showProblems = vscode.l10n.t('Show Problems');
  const shown = result.errors || result.unreadable.length
    ? vscode.window.showWarningMessage(summary, showProblems)
    : vscode.window.showInformationMessage(summary, ...(result.warnings + result.information + result.hints ? [showProblems] : []));
  void shown.then((action) => action === showProblems && vscode.commands.executeCommand('workbench.actions.view.problems'));
  return result;
};
