/**
 * Playbook export in a real VS Code: Export Playbook… writes the example's playbook (HTML or
 * Markdown by the target's extension) to a file given as the command's second argument, from the
 * editor's text, leaving nothing else behind; Preview Playbook opens its webview tab.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { open, replaceOnce, repoFile, revertAndCloseAll } from './helpers/documents';
import { waitFor } from './helpers/events';
import { tacticExtension } from './helpers/extension';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`);

const playbookTabs = () => vscode.window.tabGroups.all
  .flatMap((g) => g.tabs)
  .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('tacticPlaybook'));

describe('playbook export', () => {
  let example: vscode.TextDocument;
  let title: string;
  let dir: string;

  before(async () => {
    example = await open(repoFile('examples', 'regional-retail-erp.tactic.yaml'));
    await tacticExtension().activate();
    const m = /^tactic: (.+)$/m.exec(example.getText());
    assert.ok(m, 'the example has a title');
    title = m[1].trim();
    dir = mkdtempSync(join(tmpdir(), 'tactic-playbook-'));
  });
  after(async () => {
    await revertAndCloseAll();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('Export Playbook… to an .html target writes the HTML playbook and resolves with the file', async () => {
    const target = vscode.Uri.file(join(dir, 'retail.playbook.html'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('tactic.exportPlaybook', example.uri, target);
    assert.ok(written, 'the command resolved with the file written');
    assert.equal(written.toString(), target.toString());
    assert.ok(existsSync(target.fsPath), `${target.fsPath} exists`);
    const html = readFileSync(target.fsPath, 'utf8');
    assert.ok(html.startsWith('<!DOCTYPE html>'), html.slice(0, 80));
    assert.ok(html.includes(`<h1>${escapeHtml(title)}</h1>`), `the title ${title}`);
    assert.ok(html.includes(`<title>${escapeHtml(title)}</title>`));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="[^"]*sha256-/);
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'the renderer, inlined');
    assert.deepEqual(readdirSync(dir), ['retail.playbook.html'], 'no temporary file left behind');
  });

  it('a .md target gives the Markdown playbook', async () => {
    const target = vscode.Uri.file(join(dir, 'retail.playbook.md'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('tactic.exportPlaybook', example.uri, target);
    assert.equal(written?.toString(), target.toString());
    const md = readFileSync(target.fsPath, 'utf8');
    assert.ok(md.startsWith(`# ${title}\n`), md.slice(0, 80));
    assert.match(md, /^```mermaid$/m);
    assert.doesNotMatch(md, /<!DOCTYPE|<script/i);
    assert.deepEqual(readdirSync(dir).sort(), ['retail.playbook.html', 'retail.playbook.md']);
  });

  it('exports the editor\'s unsaved text (an untitled copy) and overwrites an existing file', async () => {
    // An untitled copy, never the example itself: code-server saves edited files after a delay
    // (files.autoSave defaults to afterDelay in VS Code for the Web), which would change the repository.
    const copy = await vscode.workspace.openTextDocument({ language: 'tactic', content: example.getText() });
    await vscode.window.showTextDocument(copy);
    await replaceOnce(copy, `tactic: ${title}\n`, 'tactic: Unsaved <b>edit</b>\n');
    const target = vscode.Uri.file(join(dir, 'retail.playbook.html'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('tactic.exportPlaybook', copy.uri, target);
    assert.equal(written?.toString(), target.toString());
    const html = readFileSync(target.fsPath, 'utf8');
    assert.ok(html.includes('<h1>Unsaved &#60;b&#62;edit&#60;/b&#62;</h1>'), html.slice(0, 600));
    assert.ok(!html.includes(`<h1>${escapeHtml(title)}</h1>`), 'not the text on disk');
    assert.deepEqual(readdirSync(dir).sort(), ['retail.playbook.html', 'retail.playbook.md']);
    await vscode.window.showTextDocument(copy);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('Preview Playbook opens a webview tab of the playbook view type', async () => {
    await vscode.window.showTextDocument(example);
    await vscode.commands.executeCommand('tactic.previewPlaybook', example.uri);
    const tabs = await waitFor(vscode.window.tabGroups.onDidChangeTabs, () => (playbookTabs().length === 1 ? playbookTabs() : undefined),
      () => `one playbook tab (tabs: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => `${t.label} ${(t.input as { viewType?: string })?.viewType ?? ''}`).join(', ')})`);
    assert.ok((tabs[0].input as vscode.TabInputWebview).viewType.endsWith('tacticPlaybook'));
    assert.equal(tabs[0].label, 'Playbook: regional-retail-erp.tactic.yaml');
    // a second call reveals the same panel instead of opening another
    await vscode.commands.executeCommand('tactic.previewPlaybook', example.uri);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(playbookTabs().length, 1);
  });
});
