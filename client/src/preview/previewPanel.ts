/**
 * One preview panel: shows the sales cycle of one tactic document (the manager moves it to follow
 * the active editor). Redraws after a short debounce from the unsaved text, drops answers for
 * versions that are no longer current, and turns webview messages (checked first) into editor
 * actions.
 */
import * as vscode from 'vscode';
import { basename, pageL10n, webviewOptions } from '../webview/panels';
import { ServerRefresh } from '../webview/serverRefresh';
import { DIAGRAM_METHOD, DiagramKind, DiagramParams, DiagramResult } from '../../../server/src/protocol';
import { isDiagramKind } from '../../../server/src/service/light';
import { HostMessage, ImageFormat, readWebviewMessage, WebviewMessage } from '../../webview/messages';
import { setting } from '../config';
import type { Ctx } from '../ctx';
import { makeNonce, previewHtml } from './html';
import { updateMessage } from './updateMessage';

export const PREVIEW_VIEW_TYPE = 'tacticPreview';
const DEBOUNCE_MS = 150;
const RETRY_MS = 400;
const MAX_RETRIES = 25;
const SVG_TIMEOUT_MS = 10_000;
/** workspaceState key: the view last shown per tactic (uri → kind), so each tactic reopens on it. */
const VIEW_BY_DOCUMENT = 'tactic.preview.viewByDocument';
const MAX_REMEMBERED_VIEWS = 500;

/** The preview panel's title for a tactic file. */
export function previewTitle(fileName: string): string {
  return vscode.l10n.t('Preview {0}', fileName);
}

/** The request for one view of a document's current version, with the preview settings for it. */
export function diagramParams(document: vscode.TextDocument, kind: DiagramKind): DiagramParams {
  return {
    uri: document.uri.toString(),
    kind,
    version: document.version,
    options: {
      showActions: setting(vscode.workspace, 'tactic.preview.showActions', document.uri),
      showObjections: setting(vscode.workspace, 'tactic.preview.showObjections', document.uri),
    },
  };
}

export class TacticPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly refresher: ServerRefresh<DiagramResult>;
  private last: DiagramResult | undefined;
  /** The view shown (remembered per tactic). */
  private kind: DiagramKind;
  private highlighted: string | null = null;
  private nextSvgRequest = 0;
  private readonly svgRequests = new Map<number, (svg: string | null) => void>();
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  private readonly renderEmitter = new vscode.EventEmitter<{ version: number; ok: boolean }>();
  /** The webview finished drawing an update (ok: a diagram of that version is on screen). */
  readonly onDidRender = this.renderEmitter.event;
  /** What the webview reported last, for the same reason as onDidRender (tests, status). */
  lastRender: { uri: string; version: number; ok: boolean } | undefined;
  private disposed = false;

  constructor(
    private readonly ctx: Ctx,
    readonly panel: vscode.WebviewPanel,
    private resourceUri: vscode.Uri,
  ) {
    const ext = ctx.extension.extensionUri;
    this.kind = this.rememberedView(resourceUri);
    this.refresher = new ServerRefresh<DiagramResult>(ctx, {
      name: 'preview',
      debounceMs: DEBOUNCE_MS,
      retryMs: RETRY_MS,
      maxRetries: MAX_RETRIES,
      resource: () => this.resourceUri,
      request: (client, document) => client.sendRequest<DiagramResult | null>(DIAGRAM_METHOD, diagramParams(document, this.kind)),
      onResult: (result, uri) => this.show(result, uri),
      notice: (message) => this.post({ type: 'notice', message }),
      notAnswering: () => vscode.l10n.t('The Sales Tactics language server is not answering; the preview will update when it does.'),
    });
    panel.webview.options = webviewOptions(ext);
    panel.iconPath = vscode.Uri.joinPath(ext, 'media', 'tactic.svg');
    panel.webview.html = previewHtml({
      cspSource: panel.webview.cspSource,
      nonce: makeNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(ext, 'dist', 'webview', 'preview.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(ext, 'media', 'preview.css')).toString(),
      state: { uri: resourceUri.toString() },
      l10n: pageL10n(),
    });
    this.updateTitle();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m) => this.onMessage(readWebviewMessage(m))),
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isResource(e.document.uri) && e.contentChanges.length) this.schedule();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.isResource(e.textEditor.document.uri)) this.highlightAt(e.selections[0]?.active);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tactic.preview', this.resourceUri)) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  get resource(): vscode.Uri {
    return this.resourceUri;
  }

  /** The last diagram the server drew for the current document. */
  get result(): DiagramResult | undefined {
    return this.last;
  }

  isResource(uri: vscode.Uri): boolean {
    return uri.toString() === this.resourceUri.toString();
  }

  /** The view shown: sales cycle, account map or approval chains. */
  get view(): DiagramKind {
    return this.kind;
  }

  /** Shows another view of the same tactic and remembers it for this tactic. */
  showView(kind: DiagramKind): void {
    if (kind === this.kind) return;
    this.kind = kind;
    this.last = undefined;
    this.highlighted = null;
    this.refresher.reset();
    const views = { ...this.ctx.extension.workspaceState.get<Record<string, DiagramKind>>(VIEW_BY_DOCUMENT, {}) };
    delete views[this.resourceUri.toString()];
    views[this.resourceUri.toString()] = kind;
    const keys = Object.keys(views);
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_REMEMBERED_VIEWS))) delete views[old];
    void this.ctx.extension.workspaceState.update(VIEW_BY_DOCUMENT, views);
    this.schedule(0);
  }

  private rememberedView(uri: vscode.Uri): DiagramKind {
    const kind = this.ctx.extension.workspaceState.get<Record<string, unknown>>(VIEW_BY_DOCUMENT, {})[uri.toString()];
    return isDiagramKind(kind) ? kind : 'cycle';
  }

  /** Points the preview at another document (the active editor changed). */
  setResource(uri: vscode.Uri): void {
    if (this.isResource(uri)) return;
    this.resourceUri = uri;
    this.kind = this.rememberedView(uri);
    this.last = undefined;
    this.highlighted = null;
    this.refresher.reset();
    this.updateTitle();
    this.schedule(0);
  }

  /**
   * Asks the webview for the diagram as a standalone SVG, or as a PNG at twice its size (base64);
   * null when nothing is drawn yet.
   */
  requestImage(format: ImageFormat = 'svg'): Promise<string | null> {
    const requestId = ++this.nextSvgRequest;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.svgRequests.delete(requestId);
        reject(new Error(vscode.l10n.t('The preview did not answer.')));
      }, SVG_TIMEOUT_MS);
      this.svgRequests.set(requestId, (svg) => {
        clearTimeout(timer);
        resolve(svg);
      });
      this.post({ type: 'requestSvg', requestId, format });
    });
  }

  schedule(delay = DEBOUNCE_MS): void {
    if (!this.disposed) this.refresher.schedule(delay);
  }

  /** A diagram of the document's current version: draw it, and outline the node under the cursor. */
  private show(result: DiagramResult, uri: vscode.Uri): void {
    this.last = result;
    this.post(updateMessage(result, basename(uri)));
    const editor = vscode.window.visibleTextEditors.find((e) => this.isResource(e.document.uri));
    this.highlighted = null;
    if (editor) this.highlightAt(editor.selection.active);
  }

  private highlightAt(position: vscode.Position | undefined): void {
    const nodes = this.last?.nodes ?? [];
    let best: { id: string; size: number } | undefined;
    if (position) {
      for (const n of nodes) {
        if (!n.range || n.kind === 'missing') continue;
        const range = toRange(n.range);
        if (!range.contains(position)) continue;
        const size = (range.end.line - range.start.line) * 10_000 + (range.end.character - range.start.character);
        if (!best || size < best.size) best = { id: n.mermaidId, size };
      }
    }
    const id = best?.id ?? null;
    if (id === this.highlighted) return;
    this.highlighted = id;
    this.post({ type: 'highlight', mermaidId: id });
  }

  private async onMessage(msg: WebviewMessage | undefined): Promise<void> {
    if (!msg) return; // anything malformed is ignored
    switch (msg.type) {
      case 'ready':
        // A (re)loaded webview: give it the diagram we have at once, then a fresh one.
        if (this.last) this.post(updateMessage(this.last, basename(this.resourceUri)));
        if (this.highlighted) this.post({ type: 'highlight', mermaidId: this.highlighted });
        this.schedule(0);
        break;
      case 'selectView':
        this.showView(msg.kind);
        break;
      case 'reveal':
        await this.reveal(msg.mermaidId);
        break;
      case 'svg':
      case 'png':
        this.svgRequests.get(msg.requestId)?.(msg.type === 'svg' ? msg.svg : msg.png);
        this.svgRequests.delete(msg.requestId);
        break;
      case 'rendered':
        this.lastRender = { uri: this.resourceUri.toString(), version: msg.version, ok: msg.ok };
        this.renderEmitter.fire({ version: msg.version, ok: msg.ok });
        break;
    }
  }

  /** Selects the clicked node's stage (or action, objection, missing reference) in the editor. */
  private async reveal(mermaidId: string): Promise<void> {
    const node = this.last?.nodes.find((n) => n.mermaidId === mermaidId);
    if (!node?.selectionRange) return;
    const selection = toRange(node.selectionRange);
    const document = await vscode.workspace.openTextDocument(this.resourceUri);
    const visible = vscode.window.visibleTextEditors.find((e) => this.isResource(e.document.uri));
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(msg: HostMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(msg);
  }

  private updateTitle(): void {
    this.panel.title = previewTitle(basename(this.resourceUri));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.refresher.dispose();
    for (const resolve of this.svgRequests.values()) resolve(null);
    this.svgRequests.clear();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    this.renderEmitter.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

function toRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}
