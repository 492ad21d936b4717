/**
 * A real LSP client for tests: starts the built `dist/server.js --stdio` and speaks JSON-RPC to it
 * with vscode-languageserver-protocol, the library VS Code's own client uses.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  Diagnostic,
  InitializeRequest,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  PublishDiagnosticsParams,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { ROOT } from './service';

export const SERVER_JS = join(ROOT, 'dist', 'server.js');

export interface TestServer {
  connection: ProtocolConnection;
  process: ChildProcess;
  stderr: () => string;
  /** Resolves with the next diagnostics for `uri` that satisfy `accept` (default: any). */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number, since?: number): Promise<Diagnostic[]>;
  /** How many diagnostics notifications arrived so far; pass it as `since` to wait for newer ones. */
  mark(): number;
  /** The server's configuration answers (section → value) for workspace/configuration. */
  settings: Record<string, unknown>;
  /** The methods the server registered dynamically (client/registerCapability), in order. */
  registered: string[];
  open(uri: string, text: string, version?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  configuration?: boolean;
  nodeArgs?: string[];
  /** The `locale` of the initialize request (the client's display language); none by default. */
  locale?: string;
  /** Another build of the server to start (default: dist/server.js). */
  serverJs?: string;
}

export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), opts.serverJs ?? SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<() => void> = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    for (const w of waiters.splice(0)) w();
  });
  const settings: Record<string, unknown> = {};
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
    params.items.map((i) => settings[i.section ?? ''] ?? null));
  const registered: string[] = [];
  connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string }> }) => {
    registered.push(...params.registrations.map((r) => r.method));
    return null;
  });
  connection.onNotification('window/logMessage', () => undefined);
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    ...(opts.locale !== undefined ? { locale: opts.locale } : {}),
    capabilities: {
      workspace: {
        configuration: opts.configuration ?? true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
      },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    },
    workspaceFolders: null,
  });
  connection.sendNotification('initialized', {});

  const server: TestServer = {
    connection,
    process: child,
    stderr: () => err,
    settings,
    registered,
    mark: () => published.length,
    diagnostics(uri, accept = () => true, timeoutMs = 10000, since = 0) {
      return new Promise((resolve, reject) => {
        let seen = since;
        const check = () => {
          for (; seen < published.length; seen++) {
            const p = published[seen];
            if (p.uri === uri && accept(p)) {
              clearTimeout(timer);
              resolve(p.diagnostics);
              return;
            }
          }
          waiters.push(check);
        };
        const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; stderr: ${err}`)), timeoutMs);
        check();
      });
    },
    async open(uri, text, version = 1) {
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'tactic', version, text } });
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      connection.dispose();
      if (child.exitCode === null) child.kill();
    },
  };
  return server;
}
