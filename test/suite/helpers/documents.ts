/** The suite's files and edits: the e2e workspace fixture, the examples, and WorkspaceEdits. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** The folder both runners open: test/fixtures/e2e-workspace. */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs test/fixtures/e2e-workspace open as the workspace');
  return folder.uri;
}

export const workspaceFile = (name: string): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), name);

/** A file of the repository, found relative to the workspace fixture (works for file and remote URIs). */
export const repoFile = (...segments: string[]): vscode.Uri => vscode.Uri.joinPath(workspaceFolder(), '..', '..', '..', ...segments);

export async function open(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** Replaces the only occurrence of `search` (asserted unique) through a WorkspaceEdit, unsaved. */
export async function replaceOnce(doc: vscode.TextDocument, search: string, replacement: string): Promise<void> {
  const text = doc.getText();
  const at = text.indexOf(search);
  assert.ok(at >= 0 && text.indexOf(search, at + 1) < 0, `expected exactly one "${search}" in ${doc.uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + search.length)), replacement);
  assert.ok(await vscode.workspace.applyEdit(edit), `edit of ${doc.uri.path} was refused`);
}

/** Discards the suite's unsaved edits and closes all editors, so files on disk never change. */
export async function revertAndCloseAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
