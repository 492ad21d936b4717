/**
 * Sales Tactics: Lint Workspace. Asks the server to lint every tactic in the workspace folders
 * (tactic/lintWorkspace), shows its per-file progress in a cancellable notification, then a
 * summary with a button to the Problems panel. The command resolves with the server's result once
 * the diagnostics are published (it does not wait for the summary to be dismissed).
 */
import { randomUUID } from 'node:crypto';
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { WorkDoneProgress } from 'vscode-languageclient/node';
import { LINT_WORKSPACE_METHOD, LintWorkspaceParams, LintWorkspaceResult } from '../../server/src/protocol';
import { plural } from '../../server/src/service/light';
import type { CommandFactory } from './ctx';

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

/**
 * The summary notification, in the display language: each count with its noun in the form the
 * language uses for it (plural()), inside whole sentences.
 */
export function summarize(r: LintWorkspaceResult): string {
  if (r.files === 0) return l10n.t('Sales Tactics: no tactic files (*.tactic.yaml, *.tactic.yml) in the workspace.');
  const total = r.errors + r.warnings + r.information + r.hints;
  const unreadable = r.unreadable.length ? unreadableFiles(r.unreadable.length) : '';
  if (total === 0) {
    return r.cancelled
      ? l10n.t('Sales Tactics: cancelled after part of the workspace: no problems{0}.', unreadable)
      : l10n.t({ message: 'Sales Tactics: linted {0}: no problems{1}.', args: [tacticFiles(r.files), unreadable], comment: ['{0}: "3 tactic files"; {1}: "; 1 file could not be read (see Output)" or nothing'] });
  }
  const findings = r.hints
    ? l10n.t({ message: '{0}, {1}, {2}, {3} {4}', args: [errors(r.errors), warnings(r.warnings), information(r.information), hints(r.hints), inFiles(r.filesWithProblems)], comment: ['errors, warnings, information, hints, "in 2 files"'] })
    : l10n.t({ message: '{0}, {1}, {2} {3}', args: [errors(r.errors), warnings(r.warnings), information(r.information), inFiles(r.filesWithProblems)], comment: ['errors, warnings, information, "in 2 files"'] });
  return r.cancelled
    ? l10n.t({ message: 'Sales Tactics: cancelled after part of the workspace: {0}{1}.', args: [findings, unreadable], comment: ['{0}: "1 error, 2 warnings, 0 information in 1 file"'] })
    : l10n.t({ message: 'Sales Tactics: linted {0}: {1}{2}.', args: [tacticFiles(r.files), findings, unreadable], comment: ['{0}: "3 tactic files"; {1}: "1 error, 2 warnings, 0 information in 1 file"'] });
}

const tacticFiles = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} tactic file', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} tactic files', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} tactic files', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} tactic files', args: [n], comment: ['plural: other'] }),
});
const errors = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} error', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} errors', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} errors', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} errors', args: [n], comment: ['plural: other'] }),
});
const warnings = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} warning', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} warnings', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} warnings', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} warnings', args: [n], comment: ['plural: other'] }),
});
const information = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} information', args: [n], comment: ['plural: other'] }),
});
const hints = (n: number) => plural(n, {
  one: () => l10n.t({ message: '{0} hint', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '{0} hints', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '{0} hints', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '{0} hints', args: [n], comment: ['plural: other'] }),
});
const inFiles = (n: number) => plural(n, {
  one: () => l10n.t({ message: 'in {0} file', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: 'in {0} files', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: 'in {0} files', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: 'in {0} files', args: [n], comment: ['plural: other'] }),
});
const unreadableFiles = (n: number) => plural(n, {
  one: () => l10n.t({ message: '; {0} file could not be read (see Output)', args: [n], comment: ['plural: one'] }),
  few: () => l10n.t({ message: '; {0} files could not be read (see Output)', args: [n], comment: ['plural: few'] }),
  many: () => l10n.t({ message: '; {0} files could not be read (see Output)', args: [n], comment: ['plural: many'] }),
  other: () => l10n.t({ message: '; {0} files could not be read (see Output)', args: [n], comment: ['plural: other'] }),
});
