/** textDocument/documentSymbol (the outline) and textDocument/foldingRange. */
import type { ServerFeature } from '../context';
import { documentRequest } from '../documentRequest';

export const symbolsFeature: ServerFeature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Sales tactic' }, foldingRangeProvider: true }),
  register(ctx) {
    ctx.connection.onDocumentSymbol(documentRequest(ctx, 'documentSymbol', (p) => ctx.service.documentSymbols(p.parsed)));
    ctx.connection.onFoldingRanges(documentRequest(ctx, 'foldingRange', (p) => ctx.service.foldingRanges(p.parsed)));
  },
};
