/** What every server feature gets: the connection, open documents, the service and shared caches. */
import type { Connection, InitializeParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedTactic, TacticService } from '../service';
import type { ConfigStore } from './config';
import type { DiagnosticsPublisher } from './diagnostics';
import type { ParseCache } from './parseCache';
import type { Logger } from './runSafe';

export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: TacticService;
  readonly cache: ParseCache;
  readonly config: ConfigStore;
  readonly diagnostics: DiagnosticsPublisher;
  readonly log: Logger;
  /** The open document and its (cached) parse, or undefined when the document is not open. */
  parsed(uri: string): { document: TextDocument; parsed: ParsedTactic } | undefined;
}

/**
 * One LSP feature: the capabilities it announces and the handlers it registers. Features live in
 * lsp/features/, one file each, and are listed in server.ts.
 */
export interface ServerFeature {
  capabilities?(params: InitializeParams): Partial<ServerCapabilities>;
  register(ctx: ServerContext): void;
  /**
   * After the client's `initialized` notification (dynamic registrations go here). The server
   * owns the one handler vscode-languageserver allows for it and calls every feature's.
   */
  initialized?(ctx: ServerContext): void;
}
