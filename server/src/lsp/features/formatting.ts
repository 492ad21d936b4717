/** textDocument/formatting: Format Document and format-on-save. */
import type { ServerFeature } from '../context';
import { documentRequest } from '../documentRequest';

export const formattingFeature: ServerFeature = {
  capabilities: () => ({ documentFormattingProvider: true }),
  register(ctx) {
    ctx.connection.onDocumentFormatting(documentRequest(ctx, 'formatting', (p, params) => ctx.service.format(p.parsed, params.options)));
  },
};
