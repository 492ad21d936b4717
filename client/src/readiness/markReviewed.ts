/**
 * Sales Tactics: Mark as Reviewed. Asks the server for the edits that set `reviewed` to today (the
 * user's local date) in the tactic, keeping its layout and comments (the service's markReviewed),
 * and applies them to exactly the version they were computed for. From the command palette, the
 * editor's context menu, the scorecard's button and the Tactics view.
 */
import * as vscode from 'vscode';
import { MARK_REVIEWED_METHOD, MarkReviewedParams, MarkReviewedResult } from '../../../server/src/protocol';
import { type CommandFactory, type Ctx, LANGUAGE_ID } from '../ctx';

/** The local calendar date, YYYY-MM-DD. */
export function localDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The tactic a command acts on: an explicit uri (string or Uri, from a lens, a menu or the view), else the active tactic editor. */
export function commandTarget(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') {
    try {
      return vscode.Uri.parse(arg, true);
    } catch {
      return undefined;
    }
  }
  // A tree item of the Tactics view
  const resource = (arg as { resourceUri?: unknown } | undefined)?.resourceUri;
  if (resource instanceof vscode.Uri) return resource;
  const editor = vscode.window.activeTextEditor;
  return editor?.document.languageId === LANGUAGE_ID ? editor.document.uri : undefined;
}

/** Sets `reviewed` of the document; resolves with whether the text changed. */
export async function markDocumentReviewed(ctx: Ctx, uri: vscode.Uri): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sales Tactics: Mark as Reviewed works on tactic files (*.tactic.yaml).'));
    return false;
  }
  const client = await ctx.runningClient();
  if (!client) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sales Tactics: the language server is not running (see Sales Tactics: Show Output).'));
    return false;
  }
  // The client sends pending changes before a request, so the answer is normally for the current
  // version; if the text moved on meanwhile, ask again rather than apply stale edits.
  for (let attempt = 0; attempt < 3; attempt++) {
    const params: MarkReviewedParams = { uri: document.uri.toString(), date: localDate() };
    const result = await client.sendRequest<MarkReviewedResult | null>(MARK_REVIEWED_METHOD, params);
    if (!result) break;
    if (result.version !== document.version) continue;
    if (!result.edits.length) {
      if (result.message) void vscode.window.showInformationMessage(result.message);
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) {
      edit.replace(document.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
    }
    if (document.version !== result.version) continue;
    return vscode.workspace.applyEdit(edit);
  }
  void vscode.window.showWarningMessage(vscode.l10n.t('Sales Tactics: the tactic changed while it was being marked as reviewed; try again.'));
  return false;
}

export const markReviewed: CommandFactory = (ctx) => async (arg?: unknown) => {
  const uri = commandTarget(arg);
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sales Tactics: open a tactic file (*.tactic.yaml) to mark it as reviewed.'));
    return false;
  }
  return markDocumentReviewed(ctx, uri);
};
