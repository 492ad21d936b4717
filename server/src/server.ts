/**
 * The language server: wires the pure tactic service to LSP. Every handler follows one path:
 * document → cached parse (by uri + version) → service call, inside runSafe (lsp/runSafe.ts).
 */
import { Connection, InitializeParams, InitializeResult, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { ConfigStore } from './lsp/config';
import type { ServerContext, ServerFeature } from './lsp/context';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { codeActionsFeature } from './lsp/features/codeActions';
import { completionFeature } from './lsp/features/completion';
import { configFilesFeature } from './lsp/features/configFiles';
import { diagnosticsFeature } from './lsp/features/diagnostics';
import { diagramFeature } from './lsp/features/diagram';
import { formattingFeature } from './lsp/features/formatting';
import { hoverFeature } from './lsp/features/hover';
import { lintWorkspaceFeature } from './lsp/features/lintWorkspace';
import { navigationFeature } from './lsp/features/navigation';
import { playbookFeature } from './lsp/features/playbook';
import { readinessFeature } from './lsp/features/readiness';
import { workspaceTacticsFeature } from './lsp/features/workspaceTactics';
import { symbolsFeature } from './lsp/features/symbols';
import { ParseCache } from './lsp/parseCache';
import { PieceTextDocument } from './lsp/pieceTextDocument';
import { runDetached } from './lsp/runSafe';
import { fitYoungGeneration } from './lsp/youngGeneration';
import { createTacticService, tacticTemplate } from './service';
import { speakLocale } from './node/l10nBundle';

export const SERVER_NAME = 'tactic-language-server';

/** Every LSP feature of the server, one module each. */
const FEATURES: ServerFeature[] = [
  diagramFeature,
  playbookFeature,
  diagnosticsFeature,
  configFilesFeature,
  lintWorkspaceFeature,
  completionFeature,
  hoverFeature,
  symbolsFeature,
  navigationFeature,
  codeActionsFeature,
  formattingFeature,
  readinessFeature,
  workspaceTacticsFeature,
];

export function startServer(connection: Connection): void {
  const log = { error: (m: string) => connection.console.error(m) };
  const service = createTacticService();
  const documents = new TextDocuments(PieceTextDocument);
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
    // The client's display language (`locale`, e.g. VS Code's `vscode.env.language`), before
    // anything is answered: every message from here on is in it (English when we lack it).
    const spoken = speakLocale(params.locale);
    if (spoken.problem) connection.console.warn(spoken.problem);
    config.supportsConfiguration = !!params.capabilities.workspace?.configuration;
    const capabilities = Object.assign(
      { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
      ...FEATURES.map((f) => f.capabilities?.(params) ?? {}),
    );
    // Load and warm what the first document runs, before it arrives: the New Tactic template has
    // every block, so its validation runs the parser, the schema and every rule (realistic open →
    // diagnostics ~22 → ~9 ms, README Performance). This runs inside `initialize`; warm-ups in
    // the background were measured to delay the first document instead.
    runDetached(log, 'warm-up', () => service.validate(tacticTemplate(new Date())));
    return { capabilities, serverInfo: { name: SERVER_NAME, version: SERVER_VERSION } };
  });

  for (const feature of FEATURES) feature.register(ctx);
  connection.onInitialized(() => {
    for (const feature of FEATURES) runDetached(log, 'initialized', () => feature.initialized?.(ctx));
  });
  // Memory policy from the open documents' sizes (lsp/youngGeneration.ts).
  const fitMemory = () => fitYoungGeneration(documents.all().reduce((n, d) => Math.max(n, d.length), 0));
  fitMemory();
  documents.onDidChangeContent(fitMemory);
  documents.onDidClose(fitMemory);
  documents.listen(connection);
  connection.listen();
}

declare const __VERSION__: string | undefined;
/** Replaced at build time by esbuild; falls back for tests run from source. */
export const SERVER_VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
