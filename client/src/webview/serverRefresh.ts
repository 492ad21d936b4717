/**
 * The refresh loop of a panel that shows what the language server says about one document (the
 * preview, the scorecard): debounced, one request at a time winning (a newer refresh drops an older
 * answer), and an answer drawn from another version than the document's asked again shortly, at
 * most `maxRetries` times, then a notice. The panel supplies the request and what to do with an answer.
 */
import * as vscode from 'vscode';
import type { Ctx } from '../ctx';

export interface ServerRefreshOptions<R extends { version: number }> {
  /** Which panel, in the output channel's warnings ("preview", "scorecard"). */
  name: string;
  debounceMs: number;
  retryMs: number;
  maxRetries: number;
  /** The document the panel shows now. */
  resource(): vscode.Uri;
  /** Asks the server about `document`; the answer must be drawn from its current version. */
  request(client: NonNullable<Awaited<ReturnType<Ctx['runningClient']>>>, document: vscode.TextDocument): Promise<R | null>;
  /** An answer for the document's current version. */
  onResult(result: R, uri: vscode.Uri): void;
  /** Something to tell the user in the panel (the document cannot be opened, the server does not answer). */
  notice(message: string): void;
  /** The notice when the server has not answered after every retry, naming the panel. */
  notAnswering(): string;
}

export class ServerRefresh<R extends { version: number }> implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private retries = 0;
  private disposed = false;

  constructor(private readonly ctx: Ctx, private readonly o: ServerRefreshOptions<R>) {}

  /** Refreshes after `delay` ms (the debounce by default); a later call replaces an earlier one. */
  schedule(delay = this.o.debounceMs): void {
    if (this.disposed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, delay);
  }

  /** A new document or view: its retries start from zero. */
  reset(): void {
    this.retries = 0;
  }

  private async refresh(): Promise<void> {
    const seq = ++this.seq;
    const uri = this.o.resource();
    let document: vscode.TextDocument;
    try {
      // Opening syncs the text to the language server when no editor has it open.
      document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
    } catch (e) {
      this.o.notice(vscode.l10n.t('Cannot open {0}: {1}', vscode.workspace.asRelativePath(uri), e instanceof Error ? e.message : String(e)));
      return;
    }
    const version = document.version;
    let result: R | null | undefined;
    try {
      // The server may still be starting (or have failed to): wait a little, then the retries below
      // take over, so the panel says so instead of waiting in silence.
      const client = await this.ctx.runningClient(this.o.retryMs);
      result = client ? await this.o.request(client, document) : undefined;
    } catch (e) {
      this.ctx.output.warn(`${this.o.name}: ${e instanceof Error ? e.message : String(e)}`);
      result = undefined;
    }
    if (seq !== this.seq || this.disposed || this.o.resource().toString() !== uri.toString()) return; // a newer refresh owns the panel
    // Not answered (server starting) or drawn from another version than we asked: try again shortly.
    if (!result || result.version !== version || document.version !== version) {
      if (this.retries++ < this.o.maxRetries) this.schedule(this.o.retryMs);
      else this.o.notice(this.o.notAnswering());
      return;
    }
    this.retries = 0;
    this.o.onResult(result, uri);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
