/** Definition, references, document highlight and rename (with prepareRename) for ids. */
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { ServerFeature } from '../context';
import { runSafe } from '../runSafe';

export const navigationFeature: ServerFeature = {
  capabilities: () => ({
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: { prepareProvider: true },
  }),
  register({ connection, service, log, parsed }) {
    connection.onDefinition((params, token) => runSafe(log, 'definition', token, () => {
      const p = parsed(params.textDocument.uri);
      return p ? service.definition(p.parsed, params.position).map((range) => ({ uri: params.textDocument.uri, range })) : null;
    }));
    connection.onReferences((params, token) => runSafe(log, 'references', token, () => {
      const p = parsed(params.textDocument.uri);
      if (!p) return null;
      return service.references(p.parsed, params.position, params.context.includeDeclaration).map((range) => ({ uri: params.textDocument.uri, range }));
    }));
    connection.onDocumentHighlight((params, token) => runSafe(log, 'documentHighlight', token, () => {
      const p = parsed(params.textDocument.uri);
      return p ? service.documentHighlights(p.parsed, params.position) : null;
    }));
    // A refusal is an error response: editors show its message to the user.
    connection.onPrepareRename((params, token) => runSafe(log, 'prepareRename', token, () => {
      const p = parsed(params.textDocument.uri);
      if (!p) return null;
      const r = service.prepareRename(p.parsed, params.position);
      if ('error' in r) return refusal(r.error);
      return r;
    }));
    connection.onRenameRequest((params, token) => runSafe(log, 'rename', token, () => {
      const p = parsed(params.textDocument.uri);
      if (!p) return null;
      const r = service.rename(p.parsed, params.position, params.newName);
      if ('error' in r) return refusal(r.error);
      return { changes: { [params.textDocument.uri]: r.edits } };
    }));
  },
};

/** An expected refusal, returned (not thrown) so runSafe passes it on without logging a failure. */
function refusal(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidRequest, message);
}
