/** textDocument/documentSymbol (the outline) and textDocument/foldingRange. */
import type { ServerFeature } from '../context';
import { runSafe } from '../runSafe';

export const symbolsFeature: ServerFeature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Sales tactic' }, foldingRangeProvider: true }),
  register({ connection, service, log, parsed }) {
    connection.onDocumentSymbol((params, token) => runSafe(log, 'documentSymbol', token, () => {
      const p = parsed(params.textDocument.uri);
      return p ? service.documentSymbols(p.parsed) : null;
    }));
    connection.onFoldingRanges((params, token) => runSafe(log, 'foldingRange', token, () => {
      const p = parsed(params.textDocument.uri);
      return p ? service.foldingRanges(p.parsed) : null;
    }));
  },
};
