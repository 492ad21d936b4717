/**
 * One language server process driven over stdio by a real LSP client (vscode-languageserver-protocol,
 * the library VS Code's own client is built on), with arrival times of every published diagnostic
 * recorded as they come in, so waiting for a result never adds to the time measured.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  ClientCapabilities,
  createProtocolConnection,
  Diagnostic,
  InitializeRequest,
  ProtocolConnection,
  PublishDiagnosticsNotification,
  ServerCapabilities,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export interface ServerSpec {
  /** Label in the table. */
  name: string;
  /** Script run with this Node.js, and its arguments. */
  script: string;
  args: string[];
  /** Extra Node.js options, e.g. --cpu-prof. */
  nodeArgs?: string[];
  languageId: string;
  /** Answers to workspace/configuration, by section (unknown sections get null). */
  settings: Record<string, unknown>;
}

export interface Published {
  at: number;
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/** What a VS Code client announces for the features the bench uses. */
const CLIENT_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: false },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { versionSupport: true, relatedInformation: true },
    completion: {
      completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: true },
      contextSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

export class LspSession {
  readonly published: Published[] = [];
  capabilities: ServerCapabilities = {};
  private readonly waiters = new Set<() => void>();
  private stderr = '';

  private constructor(readonly spec: ServerSpec, readonly child: ChildProcess, readonly connection: ProtocolConnection) {}

  /** Spawns the server and initializes it; `startMs` is spawn → initialize response. */
  static async start(spec: ServerSpec): Promise<{ session: LspSession; startMs: number }> {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...(spec.nodeArgs ?? []), spec.script, ...spec.args], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(spec, child, connection);
    child.stderr!.on('data', (d) => (session.stderr += d));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      session.published.push({ at: performance.now(), uri: p.uri, version: p.version, diagnostics: p.diagnostics });
      for (const w of [...session.waiters]) w();
    });
    connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
      params.items.map((i) => spec.settings[i.section ?? ''] ?? null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    for (const method of ['workspace/codeLens/refresh', 'workspace/semanticTokens/refresh', 'workspace/diagnostic/refresh', 'workspace/inlayHint/refresh']) {
      connection.onRequest(method, () => null);
    }
    for (const method of ['window/logMessage', 'window/showMessage', 'telemetry/event', '$/progress', '$/logTrace']) {
      connection.onNotification(method, () => undefined);
    }
    connection.listen();
    const result = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: CLIENT_CAPABILITIES,
    });
    const startMs = performance.now() - t0;
    session.capabilities = result.capabilities;
    await connection.sendNotification('initialized', {});
    // Both servers read their settings when told they changed (yaml-language-server only then).
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: spec.settings });
    return { session, startMs };
  }

  get pid(): number {
    return this.child.pid!;
  }

  async open(uri: string, text: string, version = 1): Promise<number> {
    const at = performance.now();
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: this.spec.languageId, version, text },
    });
    return at;
  }

  /** Sends one didChange; resolves with the time just before it was sent (the keystroke). */
  async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const at = performance.now();
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return at;
  }

  /** Sends a request and resolves with its result and round-trip time. */
  async timed<R>(method: string, params: unknown): Promise<{ ms: number; result: R }> {
    const t0 = performance.now();
    const result = (await this.connection.sendRequest(method, params)) as R;
    return { ms: performance.now() - t0, result };
  }

  /** The first diagnostics for `uri` published after `since` that `accept` takes. */
  diagnostics(uri: string, since: number, accept: (p: Published) => boolean = () => true, timeoutMs = 60_000): Promise<Published> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.published.find((p) => p.uri === uri && p.at >= since && accept(p));
        if (!hit) return false;
        clearTimeout(timer);
        this.waiters.delete(onPublish);
        resolve(hit);
        return true;
      };
      const onPublish = () => void check();
      const timer = setTimeout(() => {
        this.waiters.delete(onPublish);
        reject(new Error(`${this.spec.name}: no matching diagnostics for ${uri} within ${timeoutMs} ms. stderr: ${this.stderr.slice(-2000)}`));
      }, timeoutMs);
      if (!check()) this.waiters.add(onPublish);
    });
  }

  /** Peak resident set size (VmHWM) of the server process so far, in MB. */
  peakRssMb(): number | undefined {
    try {
      const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : undefined;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await this.connection.sendNotification('exit');
    } catch {
      /* already gone */
    }
    await new Promise((r) => setTimeout(r, 50));
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
