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

  async start(): Promise<void> {
    if (this.client) return;
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
    this.client = undefined;
    if (client && client.state !== State.Stopped) await client.stop();
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
