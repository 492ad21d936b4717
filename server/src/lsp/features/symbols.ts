/** textDocument/documentSymbol (the outline) and textDocument/foldingRange. */
import * as l10n from '@vscode/l10n';
import type { ServerFeature } from '../context';
import { documentRequest } from '../documentRequest';

export const symbolsFeature: ServerFeature = {
  capabilities: () => ({ documentSymbolProvider: { label: l10n.t('Sales tactic') }, foldingRangeProvider: true }),
  register(ctx) {
    ctx.connection.onDocumentSymbol(documentRequest(ctx, 'documentSymbol', (p) => ctx.service.documentSymbols(p.parsed)));
    ctx.connection.onFoldingRanges(documentRequest(ctx, 'foldingRange', (p) => ctx.service.foldingRanges(p.parsed)));
  },
};
