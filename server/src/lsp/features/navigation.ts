/** Definition, references, document highlight and rename (with prepareRename) for ids. */
import { ErrorCodes, Range, ResponseError } from 'vscode-languageserver/node';
import type { ServerFeature } from '../context';
import { documentRequest } from '../documentRequest';

export const navigationFeature: ServerFeature = {
  capabilities: () => ({
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
  }),
  register(ctx) {
    const { connection, service } = ctx;
    const locations = (uri: string, ranges: Range[]) => ranges.map((range) => ({ uri, range }));
    connection.onDefinition(documentRequest(ctx, 'definition', (p, params) =>
      locations(params.textDocument.uri, service.definition(p.parsed, params.position))));
    connection.onReferences(documentRequest(ctx, 'references', (p, params) =>
      locations(params.textDocument.uri, service.references(p.parsed, params.position, params.context.includeDeclaration))));
    connection.onDocumentHighlight(documentRequest(ctx, 'documentHighlight', (p, params) => service.documentHighlights(p.parsed, params.position)));
    // A refusal is an error response: editors show its message to the user.
    connection.onPrepareRename(documentRequest(ctx, 'prepareRename', (p, params) => {
      const r = service.prepareRename(p.parsed, params.position);
      return 'error' in r ? refusal(r.error) : r;
    }));
    connection.onRenameRequest(documentRequest(ctx, 'rename', (p, params) => {
      const r = service.rename(p.parsed, params.position, params.newName);
      return 'error' in r ? refusal(r.error) : { changes: { [params.textDocument.uri]: r.edits } };
    }));
  },
};

/** An expected refusal, returned (not thrown) so runSafe passes it on without logging a failure. */
function refusal(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, message);
}
