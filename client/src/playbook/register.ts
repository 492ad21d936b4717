/**
 * Sales Tactics: Export Playbook… (HTML or Markdown through a save dialog, written atomically) and
 * Preview Playbook (the HTML in a webview beside the tactic, redrawn as the tactic changes).
 */
import * as vscode from 'vscode';
import { PLAYBOOK_METHOD, PlaybookParams, PlaybookResponse } from '../../../server/src/protocol';
import { currentLanguage, type PlaybookFormat } from '../../../server/src/service/light';
import { LANGUAGE_ID, type CommandFactory, type Ctx } from '../ctx';
import type { PreviewManager } from '../preview/register';
import { commandTarget } from '../readiness/markReviewed';
import { basename, webviewOptions } from '../webview/panels';
import { makeNonce } from '../webview/page';
import { playbookPageHtml } from './html';

export const PLAYBOOK_VIEW_TYPE = 'tacticPlaybook';
const REFRESH_DELAY_MS = 400;

/** The tactic a playbook command is for: its argument, the active tactic editor, or the preview's tactic. */
function target(arg: unknown, preview: PreviewManager): vscode.Uri | undefined {
  return commandTarget(arg) ?? preview.current?.resource ?? PlaybookPreview.active?.resource;
}

/** Asks the server for the playbook of a document (opened for it if needed); undefined after telling the user why not. */
async function playbookOf(ctx: Ctx, uri: vscode.Uri, format: PlaybookFormat, bodyOnly = false): Promise<Extract<PlaybookResponse, { ok: true }> | undefined> {
  const document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sales Tactics: playbooks are made from tactic files (*.tactic.yaml).'));
    return undefined;
  }
  const client = await ctx.runningClient();
  if (!client) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sales Tactics: the language server is not running (see Sales Tactics: Show Output).'));
    return undefined;
  }
  const params: PlaybookParams = { uri: document.uri.toString(), format, bodyOnly };
  const result = await client.sendRequest<PlaybookResponse | null>(PLAYBOOK_METHOD, params);
  if (!result) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sales Tactics: the language server has no playbook for {0}.', basename(uri)));
    return undefined;
  }
  if (!result.ok) {
    void vscode.window.showErrorMessage(result.message);
    return undefined;
  }
  return result;
}

/**
 * `arg`: the tactic (default: the active one); `to`: where to write, skipping the save dialog (for
 * keybindings, tasks and tests). Resolves with the file written.
 */
export const exportPlaybook: CommandFactory = (ctx, preview) => async (arg?: unknown, to?: unknown) => {
  const uri = target(arg, preview);
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sales Tactics: open a tactic file (*.tactic.yaml) to export its playbook.'));
    return undefined;
  }
  const name = basename(uri).replace(/\.tactic\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
  const html = vscode.l10n.t('Playbook (HTML)');
  const markdown = vscode.l10n.t('Playbook (Markdown)');
  const chosen = to instanceof vscode.Uri ? to : await vscode.window.showSaveDialog({
    defaultUri: uri.scheme === 'file' ? vscode.Uri.joinPath(uri, '..', `${name}.playbook.html`) : undefined,
    filters: { [html]: ['html', 'htm'], [markdown]: ['md', 'markdown'] },
    saveLabel: vscode.l10n.t('Export Playbook'),
    title: vscode.l10n.t('Export the playbook of {0}', basename(uri)),
  });
  if (!chosen) return undefined;
  const format: PlaybookFormat = /\.(md|markdown)$/i.test(chosen.path) ? 'markdown' : 'html';
  const result = await playbookOf(ctx, uri, format);
  if (!result) return undefined;
  try {
    await writeAtomically(chosen, result.text);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sales Tactics: the playbook could not be written to {0}: {1}', chosen.fsPath || chosen.toString(), e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  const open = vscode.l10n.t('Open');
  const message = result.errors
    ? vscode.l10n.t('Sales Tactics: playbook exported to {0}. The tactic has errors; the playbook shows what could be read.', vscode.workspace.asRelativePath(chosen))
    : vscode.l10n.t('Sales Tactics: playbook exported to {0}.', vscode.workspace.asRelativePath(chosen));
  void vscode.window.showInformationMessage(message, open).then((pick) => {
    if (pick !== open) return;
    if (format === 'html') void vscode.env.openExternal(chosen);
    else void vscode.window.showTextDocument(chosen);
  });
  return chosen;
};

/** Writes the text beside the target and renames it over the target: never a half-written file. */
async function writeAtomically(target: vscode.Uri, text: string): Promise<void> {
  const temp = target.with({ path: `${target.path}.${Date.now().toString(36)}.tmp` });
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
    throw e;
  }
}

/** One Preview Playbook panel per tactic, redrawn (debounced) when its text changes. */
class PlaybookPreview implements vscode.Disposable {
  private static readonly open = new Map<string, PlaybookPreview>();
  /** The panel last focused, the tactic Export Playbook… exports from the panel's title bar. */
  static active: PlaybookPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  static show(ctx: Ctx, resource: vscode.Uri): PlaybookPreview {
    const existing = PlaybookPreview.open.get(resource.toString());
    if (existing) {
      existing.panel.reveal(undefined, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(PLAYBOOK_VIEW_TYPE, vscode.l10n.t('Playbook: {0}', basename(resource)), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(ctx.extension.extensionUri));
    const preview = new PlaybookPreview(ctx, resource, panel);
    PlaybookPreview.open.set(resource.toString(), preview);
    return preview;
  }

  private constructor(private readonly ctx: Ctx, readonly resource: vscode.Uri, readonly panel: vscode.WebviewPanel) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.active) PlaybookPreview.active = this;
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.uri.toString() === resource.toString() && e.contentChanges.length) this.schedule();
      }),
    );
    PlaybookPreview.active = this;
    void this.refresh();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  /** Asks for the body and replaces the page (its script draws the diagrams again). */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const result = await playbookOf(this.ctx, this.resource, 'html', true);
    if (!result || generation !== this.generation || !PlaybookPreview.open.has(this.resource.toString())) return;
    const webview = this.panel.webview;
    webview.html = playbookPageHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.ctx.extension.extensionUri, 'dist', 'webview', 'playbook.js')).toString(),
      title: vscode.l10n.t('Playbook: {0}', basename(this.resource)),
      body: result.text,
      lang: currentLanguage(),
    });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    PlaybookPreview.open.delete(this.resource.toString());
    if (PlaybookPreview.active === this) PlaybookPreview.active = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

export const previewPlaybook: CommandFactory = (ctx, preview) => (arg?: unknown) => {
  const uri = target(arg, preview);
  if (!uri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sales Tactics: open a tactic file (*.tactic.yaml) to preview its playbook.'));
    return undefined;
  }
  return PlaybookPreview.show(ctx, uri);
};
