/**
 * Owns the language client: start, stop, restart, and the disposables that live with it. Every
 * other part of the client gets what it needs from here.
 */
import * as vscode from 'vscode';
import { ErrorHandler, LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { initializationFailed, serverErrorHandler } from './serverHealth';

export const LANGUAGE_ID = 'tactic';

export class Ctx implements vscode.Disposable {
  private client: LanguageClient | undefined;
  /** The start in progress or done, so callers share one start instead of racing. */
  private starting: Promise<void> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  readonly output: vscode.LogOutputChannel;
  /** One per session, so the restart count and "told the user" survive restarts. */
  private readonly errorHandler: ErrorHandler;

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Sales Tactics', { log: true });
    this.disposables.push(this.output);
    this.errorHandler = serverErrorHandler(this.output);
  }

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  /** Starts the client once; later calls get the same promise (it settles when the server answered `initialize`). */
  start(): Promise<void> {
    this.starting ??= this.launch();
    return this.starting;
  }

  private async launch(): Promise<void> {
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
      synchronize: {
        fileEvents: vscode.workspace.createFileSystemWatcher('**/.tactic-lint.{yaml,yml}'),
      },
      outputChannel: this.output,
      // Bounded restarts of a crashed server, and one message to the user (serverHealth.ts).
      errorHandler: this.errorHandler,
      initializationFailedHandler: initializationFailed(this.output),
    };
    this.client = new LanguageClient('tactic', 'Sales Tactics Language Server', serverOptions, clientOptions);
    await this.client.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    const starting = this.starting;
    this.client = undefined;
    this.starting = undefined;
    if (!client) return;
    // The client refuses to stop while it is starting: let the start settle first.
    await starting?.catch(() => undefined);
    if (client.state !== State.Stopped) await client.stop();
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
