/**
 * The readiness scorecard beside a tactic: the coverage matrix and the tactic's checklist from
 * `tactic/readiness`, redrawn as you type (debounced; an answer for another version than the
 * document's is dropped and asked again). One panel, which follows the active tactic editor like
 * the preview. Webview messages are checked (scorecardMessages.ts) before they are used, and a
 * click can only select a range the server gave for the tactic shown.
 */
import * as vscode from 'vscode';
import { READINESS_METHOD, ReadinessParams, ReadinessResult } from '../../../server/src/protocol';
import { readScorecardState, readScorecardWebviewMessage, ScorecardHostMessage, ScorecardWebviewMessage } from '../../webview/scorecardMessages';
import { type Ctx, LANGUAGE_ID } from '../ctx';
import { makeNonce } from '../webview/page';
import { basename, pageL10n, webviewOptions } from '../webview/panels';
import { ServerRefresh } from '../webview/serverRefresh';
import { markDocumentReviewed } from '../readiness/markReviewed';
import { scorecardHtml } from './html';
import { scorecardUpdate } from './updateMessage';

export const SCORECARD_VIEW_TYPE = 'tacticScorecard';
const DEBOUNCE_MS = 200;
const RETRY_MS = 400;
const MAX_RETRIES = 25;

/** The scorecard panel's title for a tactic file. */
export function scorecardTitle(fileName: string): string {
  return vscode.l10n.t('Readiness {0}', fileName);
}


export class ScorecardPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly refresher: ServerRefresh<ReadinessResult>;
  private last: ReadinessResult | undefined;
  private disposed = false;
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  private readonly renderEmitter = new vscode.EventEmitter<{ uri: string; version: number }>();
  /** The webview drew an update (tests). */
  readonly onDidRender = this.renderEmitter.event;
  lastRender: { uri: string; version: number } | undefined;

  constructor(private readonly ctx: Ctx, readonly panel: vscode.WebviewPanel, private resourceUri: vscode.Uri) {
    const ext = ctx.extension.extensionUri;
    this.refresher = new ServerRefresh<ReadinessResult>(ctx, {
      name: 'scorecard',
      debounceMs: DEBOUNCE_MS,
      retryMs: RETRY_MS,
      maxRetries: MAX_RETRIES,
      resource: () => this.resourceUri,
      request: (client, document) => client.sendRequest<ReadinessResult | null>(READINESS_METHOD, { uri: document.uri.toString() } satisfies ReadinessParams),
      onResult: (result, uri) => {
        this.last = result;
        this.post(scorecardUpdate(result, basename(uri)));
      },
      notice: (message) => this.post({ type: 'notice', message }),
      notAnswering: () => vscode.l10n.t('The Sales Tactics language server is not answering; the scorecard will update when it does.'),
    });
    panel.webview.options = webviewOptions(ext);
    panel.iconPath = vscode.Uri.joinPath(ext, 'media', 'tactic.svg');
    panel.webview.html = scorecardHtml({
      cspSource: panel.webview.cspSource,
      nonce: makeNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(ext, 'dist', 'webview', 'scorecard.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(ext, 'media', 'scorecard.css')).toString(),
      state: { uri: resourceUri.toString() },
      l10n: pageL10n(),
    });
    this.updateTitle();
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m) => this.onMessage(readScorecardWebviewMessage(m))),
      panel.onDidDispose(() => this.dispose()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.isResource(e.document.uri) && e.contentChanges.length) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tactic.lint', this.resourceUri)) this.schedule(DEBOUNCE_MS * 2);
      }),
    );
    this.schedule(0);
  }

  get resource(): vscode.Uri {
    return this.resourceUri;
  }

  /** The last readiness the server gave for the document shown. */
  get result(): ReadinessResult | undefined {
    return this.last;
  }

  isResource(uri: vscode.Uri): boolean {
    return uri.toString() === this.resourceUri.toString();
  }

  setResource(uri: vscode.Uri): void {
    if (this.isResource(uri)) return;
    this.resourceUri = uri;
    this.last = undefined;
    this.refresher.reset();
    this.updateTitle();
    this.schedule(0);
  }

  schedule(delay = DEBOUNCE_MS): void {
    if (!this.disposed) this.refresher.schedule(delay);
  }

  private async onMessage(msg: ScorecardWebviewMessage | undefined): Promise<void> {
    if (!msg) return; // anything malformed is ignored
    switch (msg.type) {
      case 'ready':
        if (this.last) this.post(scorecardUpdate(this.last, basename(this.resourceUri)));
        this.schedule(0);
        break;
      case 'reveal':
        await this.reveal(msg.item, msg.version);
        break;
      case 'markReviewed':
        await markDocumentReviewed(this.ctx, this.resourceUri);
        break;
      case 'rendered':
        this.lastRender = { uri: this.resourceUri.toString(), version: msg.version };
        this.renderEmitter.fire(this.lastRender);
        break;
    }
  }

  /** Selects the place of an item of the version shown, in the tactic's editor. */
  private async reveal(index: number, version: number): Promise<void> {
    const last = this.last;
    if (!last || last.version !== version) return; // the list moved on; the click meant another item
    const range = last.readiness.items[index]?.range;
    if (!range) return;
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const document = await vscode.workspace.openTextDocument(this.resourceUri);
    const visible = vscode.window.visibleTextEditors.find((e) => this.isResource(e.document.uri));
    const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private post(msg: ScorecardHostMessage): void {
    if (!this.disposed) void this.panel.webview.postMessage(msg);
  }

  private updateTitle(): void {
    this.panel.title = scorecardTitle(basename(this.resourceUri));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.refresher.dispose();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    this.renderEmitter.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

/** The session's scorecard: at most one panel, following the active tactic editor. */
export class ScorecardManager implements vscode.Disposable {
  private panel: ScorecardPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly ctx: Ctx) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(SCORECARD_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state) => {
          const saved = readScorecardState(state);
          let uri: vscode.Uri | undefined;
          try {
            uri = saved ? vscode.Uri.parse(saved.uri, true) : undefined;
          } catch {
            uri = undefined;
          }
          if (!uri || this.panel) panel.dispose();
          else this.adopt(panel, uri);
        },
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.languageId === LANGUAGE_ID) this.panel?.setResource(editor.document.uri);
      }),
    );
  }

  get current(): ScorecardPanel | undefined {
    return this.panel;
  }

  show(uri: vscode.Uri, column: vscode.ViewColumn, preserveFocus = false): ScorecardPanel {
    if (this.panel) {
      this.panel.setResource(uri);
      this.panel.panel.reveal(column, preserveFocus);
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(SCORECARD_VIEW_TYPE, scorecardTitle(basename(uri)), { viewColumn: column, preserveFocus }, {
      ...webviewOptions(this.ctx.extension.extensionUri),
      enableFindWidget: true,
    });
    return this.adopt(panel, uri);
  }

  private adopt(webviewPanel: vscode.WebviewPanel, uri: vscode.Uri): ScorecardPanel {
    const panel = new ScorecardPanel(this.ctx, webviewPanel, uri);
    this.panel = panel;
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    return panel;
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
