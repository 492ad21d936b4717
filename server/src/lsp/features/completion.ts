/** textDocument/completion: keys, values, ids and snippets from the tactic service. */
import type { ServerFeature } from '../context';
import { documentRequest } from '../documentRequest';

export const completionFeature: ServerFeature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: [' ', '[', ',', '{'], resolveProvider: false } }),
  register(ctx) {
    ctx.connection.onCompletion(documentRequest(ctx, 'completion', (p, params) => ctx.service.complete(p.parsed, params.position)));
  },
};
