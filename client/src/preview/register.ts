/**
 * The sales-cycle preview in VS Code: one preview that follows the active tactic editor (like the
 * Markdown preview), its commands, the "open automatically" setting, and the serializer that
 * restores the panel after a reload.
 */
import * as vscode from 'vscode';
import type { DiagramKind } from '../../../server/src/service/light';
import { DIAGRAM_METHOD, DiagramResult } from '../../../server/src/protocol';
import { type ImageFormat, readPreviewState } from '../../webview/messages';
import { setting } from '../config';
import { type CommandFactory, Ctx, LANGUAGE_ID } from '../ctx';
import { basename, webviewOptions } from '../webview/panels';
import { diagramParams, PREVIEW_VIEW_TYPE, previewTitle, TacticPreview } from './previewPanel';
import { markdownBlock } from './updateMessage';

const isTactic = (editor: vscode.TextEditor | undefined): editor is vscode.TextEditor => editor?.document.languageId === LANGUAGE_ID;

export class PreviewManager implements vscode.Disposable {
  private preview: TacticPreview | undefined;
  /** Documents whose preview the user closed: "open automatically" leaves them alone. */
  private readonly closedByUser = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly ctx: Ctx) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state) => this.restore(panel, state),
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.onActiveEditor(editor)),
    );
    void this.onActiveEditor(vscode.window.activeTextEditor);
  }

  get current(): TacticPreview | undefined {
    return this.preview;
  }

  /** Opens (or moves and reveals) the preview for a tactic document. */
  show(uri: vscode.Uri, column: vscode.ViewColumn, preserveFocus = false): TacticPreview {
    this.closedByUser.delete(uri.toString());
    if (this.preview) {
      this.preview.setResource(uri);
      this.preview.panel.reveal(column, preserveFocus);
      return this.preview;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, previewTitle(basename(uri)), { viewColumn: column, preserveFocus }, {
      ...webviewOptions(this.ctx.extension.extensionUri),
      enableFindWidget: false,
    });
    return this.adopt(panel, uri);
  }

  private adopt(panel: vscode.WebviewPanel, uri: vscode.Uri): TacticPreview {
    const preview = new TacticPreview(this.ctx, panel, uri);
    this.preview = preview;
    void vscode.commands.executeCommand('setContext', 'tactic.previewOpen', true);
    preview.onDidDispose(() => {
      if (this.preview !== preview) return;
      this.preview = undefined;
      this.closedByUser.add(preview.resource.toString());
      void vscode.commands.executeCommand('setContext', 'tactic.previewOpen', false);
    });
    return preview;
  }

  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = readPreviewState(state);
    let uri: vscode.Uri | undefined;
    try {
      uri = saved ? vscode.Uri.parse(saved.uri, true) : undefined;
    } catch {
      uri = undefined;
    }
    if (!uri || this.preview) {
      panel.dispose(); // nothing to show, or a preview already exists
      return;
    }
    this.adopt(panel, uri);
  }

  private async onActiveEditor(editor: vscode.TextEditor | undefined): Promise<void> {
    if (!isTactic(editor)) return;
    if (this.preview) {
      this.preview.setResource(editor.document.uri);
      return;
    }
    const auto = setting(vscode.workspace, 'tactic.preview.openAutomatically', editor.document.uri);
    if (auto && !this.closedByUser.has(editor.document.uri.toString())) this.show(editor.document.uri, vscode.ViewColumn.Beside, true);
  }

  /** The diagram for the commands: the preview's, or the active tactic editor's from the server. */
  async source(): Promise<{ result: DiagramResult; name: string } | undefined> {
    const p = this.preview;
    if (p?.result) return { result: p.result, name: basename(p.resource) };
    const editor = vscode.window.activeTextEditor;
    if (!isTactic(editor)) return undefined;
    const client = await this.ctx.runningClient();
    if (!client) return undefined;
    const result = await client.sendRequest<DiagramResult | null>(DIAGRAM_METHOD, diagramParams(editor.document, 'cycle'));
    return result ? { result, name: basename(editor.document.uri) } : undefined;
  }

  dispose(): void {
    this.preview?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** The document a preview command acts on: an explicit uri (editor-title button), else the active editor. */
function targetUri(manager: PreviewManager, arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const editor = vscode.window.activeTextEditor;
  if (isTactic(editor)) return editor.document.uri;
  return manager.current?.resource;
}

const noTactic = () => void vscode.window.showInformationMessage(vscode.l10n.t('Open a tactic file (*.tactic.yaml) to preview its sales cycle.'));
const open = (manager: PreviewManager, column: () => vscode.ViewColumn) => (arg?: unknown) => {
  const uri = targetUri(manager, arg);
  if (!uri) return noTactic();
  manager.show(uri, column());
};
const noDiagram = () => void vscode.window.showWarningMessage(vscode.l10n.t('There is no diagram yet: open a tactic whose view can be drawn, and its preview.'));

// The preview's commands; commands.ts registers them with the others.
export const showPreview: CommandFactory = (_ctx, manager) => open(manager, () => vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
export const showPreviewToSide: CommandFactory = (_ctx, manager) => open(manager, () => vscode.ViewColumn.Beside);
/** Opens the preview (beside the tactic, or where it already is) on one view. */
const showView = (kind: DiagramKind): CommandFactory => (_ctx, manager) => (arg?: unknown) => {
  const uri = targetUri(manager, arg);
  if (!uri) return noTactic();
  manager.show(uri, manager.current?.panel.viewColumn ?? vscode.ViewColumn.Beside, true).showView(kind);
};
export const showSalesCycle = showView('cycle');
export const showAccountMap = showView('map');
export const showApprovalChains = showView('chains');
/** Export SVG… / Export Diagram as PNG…: the view shown in the preview, through a save dialog. */
const exportImage = (format: ImageFormat): CommandFactory => (_ctx, manager) => async () => {
  const preview = manager.current;
  const image = preview ? await preview.requestImage(format) : null;
  if (!preview || !image) return noDiagram();
  const name = basename(preview.resource).replace(/\.tactic\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
  const defaultUri = preview.resource.scheme === 'file' ? vscode.Uri.joinPath(preview.resource, '..', `${name}.${format}`) : undefined;
  const target = await vscode.window.showSaveDialog(format === 'png'
    ? { defaultUri, filters: { [vscode.l10n.t('PNG image')]: ['png'] }, saveLabel: vscode.l10n.t('Export PNG') }
    : { defaultUri, filters: { [vscode.l10n.t('SVG image')]: ['svg'] }, saveLabel: vscode.l10n.t('Export SVG') });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, format === 'png' ? Buffer.from(image, 'base64') : new TextEncoder().encode(image));
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Sales Tactics: diagram saved to {0}', vscode.workspace.asRelativePath(target)), 4000);
};
export const exportSvg = exportImage('svg');
export const exportPng = exportImage('png');
export const copyMermaid: CommandFactory = (_ctx, manager) => async () => {
  const src = await manager.source();
  if (!src) return noDiagram();
  await vscode.env.clipboard.writeText(src.result.mermaid);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Sales Tactics: Mermaid source copied'), 3000);
};
export const copyMarkdown: CommandFactory = (_ctx, manager) => async () => {
  const src = await manager.source();
  if (!src) return noDiagram();
  await vscode.env.clipboard.writeText(markdownBlock(src.result.mermaid));
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Sales Tactics: Markdown block copied'), 3000);
};

/** The session's preview: created at activation so its serializer and editor tracking are live. */
export function registerPreview(ctx: Ctx): PreviewManager {
  const manager = new PreviewManager(ctx);
  ctx.push(manager);
  return manager;
}
