/**
 * Authoring in the real editor: New Tactic, completion, hover, definition, rename, quick fixes,
 * Format Document and id word selection, all through VS Code's own command API so the language
 * client, the server and the language configuration are exercised together.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, waitForDiagnostics } from './helpers/diagnostics';
import { revertAndCloseAll } from './helpers/documents';

const TACTIC = `tactic: Suite tactic
decision_makers:
  - id: ops_director
    title: Operations director
positioning:
  - for: ops_directr
    as: process expert
objections:
  - objection: Too busy   # keep me
sales_cycle:
  start: first
  stages:
    - id: first
      name: First call
      outcome: won
`;

async function untitled(content: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language: 'tactic', content });
  await vscode.window.showTextDocument(doc);
  return doc;
}
const posOf = (doc: vscode.TextDocument, needle: string, shift = 0) => doc.positionAt(doc.getText().indexOf(needle) + shift);

/** Closes the untitled tactics a test made without a save prompt, then everything else. */
async function closeUntitled(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.languageId === 'tactic')) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await revertAndCloseAll();
}

describe('authoring', () => {
  afterEach(closeUntitled);

  it('New Tactic opens an untitled tactic from the template', async () => {
    await vscode.commands.executeCommand('tactic.newTactic');
    const doc = vscode.window.activeTextEditor?.document;
    assert.ok(doc, 'an editor is open');
    assert.equal(doc.languageId, 'tactic');
    assert.equal(doc.isUntitled, true);
    const text = doc.getText();
    for (const block of ['decision_makers:', 'identification:', 'risks:', 'sales_cycle:']) assert.ok(text.includes(block), block);
    assert.match(text, /reviewed: \d{4}-\d{2}-\d{2}/);
    assert.ok(!text.includes('${'), 'snippet syntax resolved');
  });

  it('completes ids, hovers references and goes to definitions', async () => {
    const doc = await untitled(TACTIC);
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => codeOf(d) === 'unknown-reference'), 'unknown-reference');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, posOf(doc, 'ops_directr', 0));
    assert.ok(list.items.some((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'ops_director'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, posOf(doc, '- id: ops_director', 8));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Operations director/);
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', doc.uri, posOf(doc, 'start: first', 8));
    const range = 'range' in defs[0] ? defs[0].range : defs[0].targetRange;
    assert.equal(range.start.line, posOf(doc, '- id: first').line);
  });

  it('selects ids with _ and - as one word', async () => {
    const doc = await untitled(TACTIC);
    const word = doc.getWordRangeAtPosition(posOf(doc, 'ops_director', 5));
    assert.equal(word && doc.getText(word), 'ops_director');
  });

  it('renames an id everywhere', async () => {
    const doc = await untitled(TACTIC.replace('ops_directr', 'ops_director'));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, posOf(doc, 'ops_director', 2), 'ops_lead');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(!doc.getText().includes('ops_director'));
    assert.equal(doc.getText().split('ops_lead').length - 1, 2);
  });

  it('offers and applies quick fixes from the light bulb', async () => {
    const doc = await untitled(TACTIC);
    const ds = await waitForDiagnostics(doc.uri, (x) => x.some((d) => codeOf(d) === 'objection-without-response'), 'objection-without-response');
    const objection = ds.find((d) => codeOf(d) === 'objection-without-response')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, objection.range, vscode.CodeActionKind.QuickFix.value);
    const add = actions.find((a) => a.title === 'Add a response to this objection');
    assert.ok(add?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    assert.match(doc.getText(), /Too busy {3}# keep me\n {4}responses:\n {6}- </);
  });

  it('formats the document through the formatting provider', async () => {
    const messy = TACTIC.replace(/^( +)/gm, '$1$1').replace(/^( *)- /gm, '$1-   ');
    const doc = await untitled(messy);
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 2, insertSpaces: true });
    assert.ok(edits.length > 0);
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.getText(), TACTIC);
  });
});
