/** textDocument/formatting: Format Document and format-on-save. */
import type { ServerFeature } from '../context';
import { runSafe } from '../runSafe';

export const formattingFeature: ServerFeature = {
  capabilities: () => ({ documentFormattingProvider: true }),
  register({ connection, service, log, parsed }) {
    connection.onDocumentFormatting((params, token) => runSafe(log, 'formatting', token, () => {
      const p = parsed(params.textDocument.uri);
      return p ? service.format(p.parsed, params.options) : null;
    }));
  },
};
