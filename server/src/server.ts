/**
 * The language server: wires the pure tactic service to LSP. Every handler follows one path:
 * document → cached parse (by uri + version) → service call, inside runSafe (lsp/runSafe.ts).
 */
import { Connection, InitializeParams, InitializeResult, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigStore } from './lsp/config';
import type { ServerContext, ServerFeature } from './lsp/context';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { codeActionsFeature } from './lsp/features/codeActions';
import { completionFeature } from './lsp/features/completion';
import { configFilesFeature } from './lsp/features/configFiles';
import { diagnosticsFeature } from './lsp/features/diagnostics';
import { flowchartFeature } from './lsp/features/flowchart';
import { formattingFeature } from './lsp/features/formatting';
import { hoverFeature } from './lsp/features/hover';
import { lintWorkspaceFeature } from './lsp/features/lintWorkspace';
import { navigationFeature } from './lsp/features/navigation';
import { symbolsFeature } from './lsp/features/symbols';
import { ParseCache } from './lsp/parseCache';
import { runDetached } from './lsp/runSafe';
import { WARM_UP_TEXT, warmUpWhileIdle } from './lsp/warmUp';
import { fitYoungGeneration } from './lsp/youngGeneration';
import { createTacticService } from './service';

export const SERVER_NAME = 'tactic-language-server';

/** Every LSP feature of the server, one module each. */
const FEATURES: ServerFeature[] = [
  flowchartFeature,
  diagnosticsFeature,
  configFilesFeature,
  lintWorkspaceFeature,
  completionFeature,
  hoverFeature,
  symbolsFeature,
  navigationFeature,
  codeActionsFeature,
  formattingFeature,
];

export function startServer(connection: Connection): void {
  const log = { error: (m: string) => connection.console.error(m) };
  const service = createTacticService();
  const documents = new TextDocuments(TextDocument);
  const cache = new ParseCache(service);
  const config = new ConfigStore(connection);
  const diagnostics = new DiagnosticsPublisher(connection, documents, service, cache, config, log);
  const ctx: ServerContext = {
    connection, documents, service, cache, config, diagnostics, log,
    parsed(uri) {
      const document = documents.get(uri);
      return document ? { document, parsed: cache.get(document) } : undefined;
    },
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    config.supportsConfiguration = !!params.capabilities.workspace?.configuration;
    const capabilities = Object.assign(
      { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
      ...FEATURES.map((f) => f.capabilities?.(params) ?? {}),
    );
    // Load the parser, schema and rules before the first document arrives, then keep warming
    // them while the server is idle (lsp/warmUp.ts).
    runDetached(log, 'warm-up', () => service.validate(WARM_UP_TEXT));
    warmUpWhileIdle(service, () => diagnostics.busy, log);
    return { capabilities, serverInfo: { name: SERVER_NAME, version: SERVER_VERSION } };
  });

  for (const feature of FEATURES) feature.register(ctx);
  // Memory policy from the open documents' sizes (lsp/youngGeneration.ts).
  const fitMemory = () => fitYoungGeneration(documents.all().reduce((n, d) => Math.max(n, d.getText().length), 0));
  fitMemory();
  documents.onDidChangeContent(fitMemory);
  documents.onDidClose(fitMemory);
  documents.listen(connection);
  connection.listen();
}

declare const __VERSION__: string | undefined;
/** Replaced at build time by esbuild; falls back for tests run from source. */
export const SERVER_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
