/**
 * Owns the language client: start, stop, restart, and the disposables that live with it. Every
 * other part of the client gets what it needs from here.
 */
import * as vscode from 'vscode';
import type { ErrorHandler, LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { languageClientLibrary } from './loadLanguageClient';
import type { PreviewManager } from './preview/register';
import { initializationFailed, serverErrorHandler } from './serverHealth';

export const LANGUAGE_ID = 'tactic';
/** How long Stop / Restart wait for a start in progress before ending the server anyway. */
const STOP_WAIT_MS = 5_000;
/** How long a command waits for a starting server before saying it is not running. */
export const START_WAIT_MS = 10_000;

/** Waits for `p` to settle, or `ms` at most; never rejects. */
export function settleWithin(p: Promise<unknown> | undefined, ms: number): Promise<void> {
  if (!p) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    p.then(done, done);
  });
}

/**
 * A command: takes the context, and the preview the preview's commands act on, and returns the
 * function VS Code calls. commands.ts maps every command id to its factory.
 */
export type CommandFactory = (ctx: Ctx, preview: PreviewManager) => (...args: unknown[]) => unknown;

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class Ctx implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** The start in progress or done, so callers share one start instead of racing. */
  private starting: Promise<void> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  readonly output: vscode.LogOutputChannel;
  /** One per session, so the restart count and "told the user" survive restarts. */
  private readonly errorHandler: ErrorHandler;
  private readonly configWatcher: vscode.FileSystemWatcher;
  /** Counts stops, so a start that was waiting to load the library knows it was cancelled. */
  private generation = 0;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Sales Tactics', { log: true });
    this.disposables.push(this.output);
    this.errorHandler = serverErrorHandler(this.output);
    // One watcher for the session: a client only hooks listeners to it, so restarts reuse it.
    this.configWatcher = vscode.workspace.createFileSystemWatcher('**/.tactic-lint.{yaml,yml}');
    this.disposables.push(this.configWatcher);
  }

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  /**
   * Starts the client; calls while a start is under way share it. The promise settles when the
   * server has answered `initialize` (or the start failed); after a failed start, the next call
   * tries again with a new client.
   */
  start(): Promise<void> {
    if (!this.starting) {
      const starting = this.launch();
      this.starting = starting;
      starting.catch(() => {
        if (this.starting === starting) this.starting = undefined;
      });
    }
    return this.starting;
  }

  /**
   * The client once it runs, waiting up to `waitMs` for a start in progress; undefined when it
   * is not running (a failed start is reported by the client itself).
   */
  async runningClient(waitMs = START_WAIT_MS): Promise<LanguageClient | undefined> {
    await settleWithin(this.start(), waitMs);
    return this.client?.isRunning() ? this.client : undefined;
  }

  private async launch(): Promise<void> {
    if (!this.client) {
      // Activation returns first; the library loads in the next turn of the event loop, unless
      // the client was stopped in between.
      const generation = this.generation;
      await new Promise((resolve) => setImmediate(resolve));
      if (generation !== this.generation) return;
    }
    const { LanguageClient, State, TransportKind } = languageClientLibrary();
    const existing = this.client;
    if (existing?.state === State.Running) return;
    // The client restarting itself after a crash: wait for that start instead of adding a server.
    if (existing?.state === State.Starting) return existing.start();
    if (existing) await existing.dispose().catch(() => undefined); // what a failed start left
    const module = this.extension.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: [
        { language: LANGUAGE_ID, scheme: 'file' },
        { language: LANGUAGE_ID, scheme: 'untitled' },
        { language: LANGUAGE_ID, scheme: 'vscode-remote' },
      ],
      synchronize: { fileEvents: this.configWatcher },
      outputChannel: this.output,
      // Bounded restarts of a crashed server, and one message to the user (serverHealth.ts).
      errorHandler: this.errorHandler,
      initializationFailedHandler: initializationFailed(this.output),
    };
    this.client = new LanguageClient('tactic', vscode.l10n.t('Sales Tactics Language Server'), serverOptions, clientOptions);
    await this.client.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    const starting = this.starting;
    this.generation++;
    this.client = undefined;
    this.starting = undefined;
    if (!client) return;
    // The client refuses to stop while it is starting (our start, or its own restart after a
    // crash): give that start a bounded time to settle, so a server that never answers
    // `initialize` cannot hang Restart.
    const { State } = languageClientLibrary();
    const settling = client.state === State.Starting ? client.start() : starting;
    await settleWithin(settling, STOP_WAIT_MS);
    if (client.state === State.Running) {
      await client.stop().catch((e: unknown) => this.output.warn(vscode.l10n.t('Stopping the language server failed: {0}', describe(e))));
    } else {
      // Failed or still starting: dispose ends the server process whatever the client's state.
      await client.dispose().catch(() => undefined);
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  push(...d: vscode.Disposable[]): void {
    this.disposables.push(...d);
  }

  dispose(): void {
    void this.stop();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
